using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Publish.Typesetting.Frames;

/// <summary>
/// The glyphs of a run: the first <see cref="Length"/> entries of an array that is never written again.
/// The array may hold more: a line's last run keeps the invisible word space that ends a tagged line right
/// after its glyphs (see <c>TypesetLine</c>), so the run with and without it share one array. A long book has a
/// million glyphs, and copying the last run of every line to add the space doubled the layout's garbage.
/// </summary>
[CollectionBuilder(typeof(PositionedGlyphs), nameof(Create))]
public readonly struct PositionedGlyphs : IReadOnlyList<PositionedGlyph>, IEquatable<PositionedGlyphs>
{
    private readonly PositionedGlyph[]? _array;
    private readonly int _start;

    /// <param name="array">Not written after this call.</param>
    /// <param name="length">How many of its first entries are the run's.</param>
    public PositionedGlyphs(PositionedGlyph[] array, int length)
        : this(array, 0, length)
    {
    }

    /// <param name="array">Not written after this call (in the range given).</param>
    /// <param name="start">Where the run's glyphs begin in it.</param>
    /// <param name="length">How many there are.</param>
    public PositionedGlyphs(PositionedGlyph[] array, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, array.Length - start);
        _array = array;
        _start = start;
        Length = length;
    }

    public int Length { get; }

    public int Count => Length;

    public bool IsEmpty => Length == 0;

    public ReadOnlySpan<PositionedGlyph> Span => _array.AsSpan(_start, Length);

    public PositionedGlyph this[int index] => Span[index];

    public static PositionedGlyphs Create(ReadOnlySpan<PositionedGlyph> glyphs) => new(glyphs.ToArray(), glyphs.Length);

    /// <summary>Wraps the array behind <paramref name="glyphs"/> without copying it.</summary>
    public static PositionedGlyphs From(ImmutableArray<PositionedGlyph> glyphs) =>
        glyphs.IsDefault ? default : new(ImmutableCollectionsMarshal.AsArray(glyphs)!, glyphs.Length);

#pragma warning disable CA2225 // From() is the named alternate.
    public static implicit operator PositionedGlyphs(ImmutableArray<PositionedGlyph> glyphs) => From(glyphs);
#pragma warning restore CA2225

    public static bool operator ==(PositionedGlyphs left, PositionedGlyphs right) => left.Equals(right);

    public static bool operator !=(PositionedGlyphs left, PositionedGlyphs right) => !left.Equals(right);

    public ReadOnlySpan<PositionedGlyph>.Enumerator GetEnumerator() => Span.GetEnumerator();

    IEnumerator<PositionedGlyph> IEnumerable<PositionedGlyph>.GetEnumerator()
    {
        for (var i = 0; i < Length; i++)
        {
            yield return _array![_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<PositionedGlyph>)this).GetEnumerator();

    /// <summary>Identity, as for <see cref="ImmutableArray{T}"/>: the same glyphs of the same array.</summary>
    public bool Equals(PositionedGlyphs other) => ReferenceEquals(_array, other._array) && _start == other._start && Length == other.Length;

    public override bool Equals(object? obj) => obj is PositionedGlyphs other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_array, _start, Length);
}
