// The timing tests measure this process's processor time: other tests of the assembly must not run beside them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
