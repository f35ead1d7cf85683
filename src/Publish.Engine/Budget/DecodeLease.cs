namespace Publish.Engine.Budget;

/// <summary>A decode's reservation in <see cref="DecodeAdmission"/>, given back once when disposed.</summary>
internal sealed class DecodeLease(long bytes) : IDisposable
{
    public static readonly IDisposable None = new DecodeLease(0);

    private long _bytes = bytes;

    public void Dispose()
    {
        var bytes = Interlocked.Exchange(ref _bytes, 0);
        if (bytes > 0)
        {
            DecodeAdmission.Release(bytes);
        }
    }
}
