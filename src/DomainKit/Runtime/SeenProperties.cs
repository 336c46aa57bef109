// Infrastructure for generated code: documented at the type level; members are self-describing.
#pragma warning disable CS1591

using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DomainKit.Runtime;

/// <summary>
/// Which properties of the object being read were seen: in place for up to 64 properties, on the heap beyond. A local of
/// this type rather than a <c>stackalloc</c> lets the runtime compile a generated reader in tiers, with profile-guided
/// optimization: a method that allocates on the stack is compiled once, without a profile.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct SeenProperties
{
    private const int InPlace = 64;

    private SixtyFourFlags _flags;

    /// <summary>One flag per property, all false.</summary>
    [UnscopedRef]
    public Span<bool> For(int count) => count <= InPlace ? ((Span<bool>)_flags).Slice(0, count) : new bool[count];

    [InlineArray(InPlace)]
    private struct SixtyFourFlags
    {
        private bool _flag;
    }
}
