namespace Publish.Engine.Caching;

/// <summary>
/// What the cache's hand-written records have in common (<see cref="DocumentCodec"/>, <see cref="CacheEntryCodec"/>): an
/// input's record, written and read the same way in both, and an enumeration value that must be one the type defines.
/// </summary>
internal static class RecordFields
{
    public static void Write(BinaryWriter writer, InputRecord input)
    {
        writer.Write(input.Path);
        writer.Write(input.IsListing);
        writer.Write(input.Bytes);
        writer.Write(input.ModifiedTicks);
        writer.Write(input.Sha256);
    }

    public static InputRecord ReadInput(BinaryReader reader) =>
        new(reader.ReadString(), reader.ReadBoolean(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadString());

    /// <exception cref="InvalidDataException"><paramref name="value"/> is none of <typeparamref name="T"/>'s values: the record is damaged or of another version.</exception>
    public static T Known<T>(int value)
        where T : struct, Enum =>
        Enum.IsDefined(typeof(T), value) ? (T)(object)value : throw new InvalidDataException($"an unknown {typeof(T).Name} {value}");
}
