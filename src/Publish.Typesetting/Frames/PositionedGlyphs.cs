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
/// A recorded run's glyphs may still be bytes (<see cref="DeferredGlyphs"/>): <see cref="Span"/> decodes them, while
/// <see cref="Uses"/> and <see cref="WriteDigest"/> do not need to.
/// </summary>
[CollectionBuilder(typeof(PositionedGlyphs), nameof(Create))]
public readonly struct PositionedGlyphs : IReadOnlyList<PositionedGlyph>, IEquatable<PositionedGlyphs>
{
    private readonly PositionedGlyph[]? _array;
    private readonly int _start;
    private readonly DeferredGlyphs? _deferred;

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

    /// <param name="deferred">A recorded run's glyphs, decoded when first needed.</param>
    public PositionedGlyphs(DeferredGlyphs deferred)
    {
        ArgumentNullException.ThrowIfNull(deferred);
        _deferred = deferred;
        Length = deferred.Length;
    }

    public int Length { get; }

    /// <summary>False while a recorded run's glyphs are still bytes (see <see cref="DeferredGlyphs"/>).</summary>
    public bool IsDecoded => _deferred?.IsDecoded ?? true;

    /// <summary>Each (glyph, text) pair of the run at least once, in the order they first occur; recorded glyphs are not decoded for it.</summary>
    public GlyphUses Uses => _deferred?.Uses ?? new GlyphUses(_array, _start, Length);

    public int Count => Length;

    public bool IsEmpty => Length == 0;

    public ReadOnlySpan<PositionedGlyph> Span => _deferred is null ? _array.AsSpan(_start, Length) : _deferred.Glyphs;

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

    /// <summary>Writes the glyphs' SHA-256 (see <see cref="DeferredGlyphs.ComputeDigest"/>) to <paramref name="destination"/>; a recorded run's is read off its record.</summary>
    public void WriteDigest(Span<byte> destination)
    {
        if (_deferred is not null)
        {
            _deferred.Digest.CopyTo(destination);
        }
        else
        {
            DeferredGlyphs.ComputeDigest(Span, destination);
        }
    }

    IEnumerator<PositionedGlyph> IEnumerable<PositionedGlyph>.GetEnumerator()
    {
        var (array, start) = _deferred is null ? (_array, _start) : (_deferred.Glyphs, 0);
        for (var i = 0; i < Length; i++)
        {
            yield return array![start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<PositionedGlyph>)this).GetEnumerator();

    /// <summary>Identity, as for <see cref="ImmutableArray{T}"/>: the same glyphs of the same array.</summary>
    public bool Equals(PositionedGlyphs other) => ReferenceEquals(_array, other._array) && ReferenceEquals(_deferred, other._deferred) && _start == other._start && Length == other.Length;

    public override bool Equals(object? obj) => obj is PositionedGlyphs other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_array, _deferred, _start, Length);
}
