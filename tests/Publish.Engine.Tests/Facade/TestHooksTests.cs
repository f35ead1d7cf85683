using Publish.Engine.Budget;

namespace Publish.Engine.Tests.Facade;

/// <summary>The one test-hook variable: what a test sets is what the process reads, and a misspelt hook is refused, not ignored.</summary>
public sealed class TestHooksTests
{
    [Fact]
    public void Every_hook_survives_the_environment_value()
    {
        var hooks = new TestHooks(BuildStage.Typesetting, "a.md", 150, "/tmp/signals");

        Assert.Equal(hooks, TestHooks.Parse(hooks.ToEnvironmentValue()));
    }

    [Fact]
    public void No_variable_means_no_hook()
    {
        Assert.Equal(TestHooks.None, TestHooks.Parse(null));
        Assert.Equal(TestHooks.None, TestHooks.Parse(string.Empty));
    }

    [Theory]
    [InlineData("slow-write=150")]
    [InlineData("hang-in-stage=typesetting")]
    [InlineData("slow-write-ms=-1")]
    [InlineData("internal-error-in")]
    public void A_hook_it_cannot_read_is_refused(string value)
    {
        Assert.Throws<FormatException>(() => TestHooks.Parse(value));
    }
}
