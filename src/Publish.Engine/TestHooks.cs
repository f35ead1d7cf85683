using System.Globalization;
using System.Text;
using Publish.Engine.Budget;

namespace Publish.Engine;

/// <summary>
/// Faults a test injects into a real build, all in one place: <see cref="HangInStage"/> blocks for good on entering
/// that stage (as a stage that never reaches a check point would, for the watchdog tests), <see cref="InternalErrorIn"/>
/// makes the manuscript of that file name throw as a bug would, <see cref="SlowWriteMilliseconds"/> writes editions in
/// 16 KiB pieces with that pause after each (to kill the process mid-write), and <see cref="SlowWriteSignalFolder"/>
/// receives an empty file named like each edition at its first pause (the point to kill at, without guessing).
/// <para>
/// Test-only. Tests in the test assembly pass hooks in directly (<see cref="Publisher.Create(Styles.HouseStyle, TestHooks?)"/>);
/// a test that must run the real <c>publish</c> process (to kill it, or see its watchdog end it) sets the one
/// variable <see cref="Variable"/>, which only <see cref="FromEnvironment"/> reads, and only the engine's public entry
/// point (<see cref="Publisher.For(BuildRequest, Model.Diagnostics.DiagnosticBag)"/>) calls it; everything below receives the hooks as a value. Never set it in production.
/// </para>
/// </summary>
internal sealed record TestHooks(BuildStage? HangInStage = null, string? InternalErrorIn = null, int SlowWriteMilliseconds = 0, string? SlowWriteSignalFolder = null)
{
    /// <summary>The one environment variable: <c>key=value</c> pairs separated by <c>;</c> (see <see cref="ToEnvironmentValue"/>).</summary>
    public const string Variable = "PUBLISH_TEST_HOOKS";

    private const string HangKey = "hang-in-stage";
    private const string InternalErrorKey = "internal-error-in";
    private const string SlowWriteKey = "slow-write-ms";
    private const string SignalKey = "slow-write-signal";

    /// <summary>No fault: what every production build gets.</summary>
    public static TestHooks None { get; } = new();

    /// <summary>The hooks <see cref="Variable"/> asks for; <see cref="None"/> when it is not set.</summary>
    public static TestHooks FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>
    /// Reads <see cref="ToEnvironmentValue"/>'s form. A key it does not know, or a value it cannot read, throws: a
    /// misspelt hook would otherwise leave a test passing for the wrong reason.
    /// </summary>
    public static TestHooks Parse(string? text)
    {
        var hooks = None;
        foreach (var pair in (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = equals < 0 ? (pair, string.Empty) : (pair[..equals], pair[(equals + 1)..]);
            hooks = key switch
            {
                HangKey when Enum.TryParse<BuildStage>(value, ignoreCase: false, out var stage) => hooks with { HangInStage = stage },
                InternalErrorKey when value.Length > 0 => hooks with { InternalErrorIn = value },
                SlowWriteKey when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0 => hooks with { SlowWriteMilliseconds = ms },
                SignalKey when value.Length > 0 => hooks with { SlowWriteSignalFolder = value },
                _ => throw new FormatException($"{Variable}: '{pair}' is not a test hook"),
            };
        }

        return hooks;
    }

    /// <summary>The value of <see cref="Variable"/> that asks a <c>publish</c> process for these hooks (no value may hold a <c>;</c>).</summary>
    public string ToEnvironmentValue()
    {
        var text = new StringBuilder();
        if (HangInStage is { } stage)
        {
            text.Append(HangKey).Append('=').Append(stage.ToString()).Append(';');
        }

        if (InternalErrorIn is { } failing)
        {
            text.Append(InternalErrorKey).Append('=').Append(failing).Append(';');
        }

        if (SlowWriteMilliseconds > 0)
        {
            text.Append(SlowWriteKey).Append('=').Append(SlowWriteMilliseconds.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        if (SlowWriteSignalFolder is { } folder)
        {
            text.Append(SignalKey).Append('=').Append(folder).Append(';');
        }

        return text.ToString();
    }
}
