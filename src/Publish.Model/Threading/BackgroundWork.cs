namespace Publish.Model.Threading;

/// <summary>
/// Starts work that runs beside its caller for tens to hundreds of milliseconds (hashing the photos, drawing the
/// cover) on a thread of its own rather than the thread pool. On a two-core machine the pool has two threads:
/// occupied by such work, they leave the helpers of a parallel loop queued, and <c>Parallel.For</c> waits for every
/// helper it queued — started or not — so the loop would stall until the background work was done (measured:
/// 60 photo checks of 3 ms took 200 ms behind a cover being drawn).
/// </summary>
public static class BackgroundWork
{
    public static Task<T> Start<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
