#!/usr/bin/env bash
# Runs e2e.lua in headless Neovim against a server command, on a fresh copy of the example schemas.
# Usage: editors/neovim/e2e.sh <domainkit command...>   (e.g. artifacts/tool/domainkit)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
project=$(mktemp -d)
trap 'rm -rf "$project"' EXIT
mkdir -p "$project/schema"
cp "$repo"/schema/*.yaml "$project/schema/"
printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><RootNamespace>Diplomacy</RootNamespace></PropertyGroup></Project>\n' > "$project/Diplomacy.csproj"
DOMAINKIT_LSP_CMD="$*" DOMAINKIT_E2E_PROJECT="$project" timeout 300 nvim --headless --clean -c "luafile $here/e2e.lua"
