#!/usr/bin/env bash
# Whole `dotnet build` of a consumer of N synthetic types (default 1,000 in 100 files): DomainKit schemas
# against equal hand-written records with a System.Text.Json source-generated context. Each consumer is
# restored first, then built cold once with --no-incremental, in Debug (as developers mostly build) and in
# Release; prints both times and the ratio for each configuration. The generator itself is a Release build in
# both, as the package ships it.
#   benchmarks/build-time.sh [types] [work folder] [domainkit]
# With "domainkit" as the third argument only the DomainKit consumer is built (at 10,000 types the
# System.Text.Json consumer's single compilation needs more than 18 GB and half an hour here).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
types=${1:-1000}
work=${2:-$(mktemp -d)}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build generators/DomainKit.Generators -c Release -v q -nologo >/dev/null
dotnet build src/DomainKit -c Release -v q -nologo >/dev/null
dotnet build benchmarks/DomainKit.Benchmarks -c Release -v q -nologo >/dev/null
yaml=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')yamldotnet/18.1.0/lib/netstandard2.0/YamlDotNet.dll
dotnet run --project benchmarks/DomainKit.Benchmarks -c Release --no-build -- consumers "$work" "$types" "$yaml"

time_build() {
  dotnet restore "$1" -v q -nologo >/dev/null
  dotnet build-server shutdown >/dev/null 2>&1 || true
  local start end
  start=$(date +%s.%N)
  dotnet build "$1" -c "$2" --no-restore --no-incremental -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk "BEGIN { print $end - $start }"
}

for configuration in Debug Release; do
  if [ "${3:-}" = domainkit ]; then
    printf 'types: %s, %s\nDomainKit consumer: %.1f s\n' "$types" "$configuration" "$(time_build "$work/DomainKitConsumer" "$configuration")"
    continue
  fi
  stj=$(time_build "$work/StjConsumer" "$configuration")
  dk=$(time_build "$work/DomainKitConsumer" "$configuration")
  printf 'types: %s, %s\nSystem.Text.Json consumer: %.1f s\nDomainKit consumer:        %.1f s\nratio (DomainKit / STJ):   %.2fx\n' \
    "$types" "$configuration" "$stj" "$dk" "$(awk "BEGIN { print $dk / $stj }")"
done
