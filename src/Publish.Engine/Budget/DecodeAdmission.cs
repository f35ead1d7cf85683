namespace Publish.Engine.Budget;

/// <summary>
/// The process's image decodes in flight, admitted one by one against the memory limit before their pixels are
/// allocated: a decode fits when the resident memory, the other decodes' reservations and its own pixels stay
/// under the limit. One that does not fit waits while others are in flight (they free their pixels when done), and
/// is refused only when it would not fit alone, after a full collection. Decodes in flight together keep a tenth of
/// the limit free for the rest of the build. Measured check points alone come too
/// late: a dozen small files that each decode to hundreds of megabytes were allocated in parallel between two
/// of them (2.1× the limit).
/// </summary>
internal static class DecodeAdmission
{
    /// <summary>How often a waiting decode looks at its own clock (the time limit still applies while it waits).</summary>
    private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(200);

    // An object, not a Lock: waiting for a release needs Monitor.Wait.
    private static readonly object Gate = new();
    private static long _inFlight;

    /// <summary>Admits <paramref name="bytes"/> under <paramref name="limit"/>, or returns the resident memory it would have needed.</summary>
    /// <param name="whileWaiting">Called between waits; throws to give up (the manuscript's time limit).</param>
    public static long? Admit(long bytes, long limit, Action whileWaiting)
    {
        // Decodes share the limit with what runs beside them (the other writer's pages, a codec's own buffers, garbage
        // not yet collected): together they are admitted up to 90 % of it; one alone, up to all of it.
        var shared = limit - (limit / 10);
        lock (Gate)
        {
            while (true)
            {
                if (ProcessMemory.Current + _inFlight + bytes <= shared)
                {
                    _inFlight += bytes;
                    return null;
                }

                if (_inFlight == 0)
                {
                    break;
                }

                Monitor.Wait(Gate, WaitSlice);
                whileWaiting();
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var resident = ProcessMemory.Current;
            if (resident + bytes <= limit)
            {
                _inFlight += bytes;
                return null;
            }

            return resident + bytes;
        }
    }

    public static void Release(long bytes)
    {
        lock (Gate)
        {
            _inFlight -= bytes;
            Monitor.PulseAll(Gate);
        }
    }
}
