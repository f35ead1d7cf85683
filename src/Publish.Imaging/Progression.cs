using Publish.Model.Memory;

namespace Publish.Imaging;

/// <summary>
/// What the scans of a progressive JPEG have sent so far, per frame component: the point transform each
/// coefficient was last sent at (to refuse a scan that refines bits not yet sent, as libjpeg warns "bogus
/// progression" and then decodes garbage), and for each block which coefficients are already nonzero, which an
/// AC refinement scan's bit layout depends on (one correction bit per nonzero coefficient it passes). The latter is
/// one 64-bit mask per block, 8 bytes where a decoder holds 128, reserved against the decode budget.
/// </summary>
internal sealed class Progression(Frame frame, string name) : IDisposable
{
    /// <summary>The Al of the last scan that sent each coefficient of each component; −1 before any.</summary>
    private readonly sbyte[][] sent = [.. frame.Components.Select(_ => Enumerable.Repeat((sbyte)-1, 64).ToArray())];

    private readonly ulong[]?[] nonzero = new ulong[]?[frame.Components.Length];

    private readonly List<IDisposable> leases = [];

    /// <summary>
    /// Records that a scan sends coefficients <paramref name="ss"/>–<paramref name="se"/> of a component from bit
    /// <paramref name="ah"/> down to <paramref name="al"/>; false when it does not continue what was sent (ITU T.81
    /// G.1.1.1.2: a refinement follows the scan that sent the bit above it, an AC band follows the DC one).
    /// </summary>
    public bool Admit(int component, int ss, int se, int ah, int al)
    {
        var bits = sent[component];
        if (ss > 0 && bits[0] < 0)
        {
            return false;
        }

        for (var k = ss; k <= se; k++)
        {
            if (ah != Math.Max((int)bits[k], 0))
            {
                return false;
            }

            bits[k] = (sbyte)al;
        }

        return true;
    }

    /// <summary>Whether every coefficient of every component has been sent down to its last bit.</summary>
    public bool Complete => sent.All(bits => bits.All(al => al == 0));

    /// <summary>The nonzero masks of a component's blocks, in the order a scan of that component alone visits them.</summary>
    public ulong[] Nonzero(int component)
    {
        if (nonzero[component] is { } masks)
        {
            return masks;
        }

        var k = frame.Components[component];
        var blocks = (long)frame.BlocksWide(k) * frame.BlocksHigh(k);
        leases.Add(DecodeMemory.Reserve(blocks * sizeof(ulong), name));
        return nonzero[component] = new ulong[blocks];
    }

    public void Dispose()
    {
        foreach (var lease in leases)
        {
            lease.Dispose();
        }
    }
}
