namespace Publish.Typesetting.Bidi;

/// <summary>
/// The Bidi_Class property values of UAX #9, table 4 (the order is the generator's: the generated tables store these
/// numbers, see gen/generate_bidi_data.py).
/// </summary>
internal enum BidiClass : byte
{
    /// <summary>Left_To_Right (strong).</summary>
    L,

    /// <summary>Right_To_Left (strong).</summary>
    R,

    /// <summary>Arabic_Letter (strong).</summary>
    AL,

    /// <summary>European_Number (weak).</summary>
    EN,

    /// <summary>European_Separator (weak).</summary>
    ES,

    /// <summary>European_Terminator (weak).</summary>
    ET,

    /// <summary>Arabic_Number (weak).</summary>
    AN,

    /// <summary>Common_Separator (weak).</summary>
    CS,

    /// <summary>Nonspacing_Mark (weak).</summary>
    NSM,

    /// <summary>Boundary_Neutral (weak; removed by X9).</summary>
    BN,

    /// <summary>Paragraph_Separator (neutral).</summary>
    B,

    /// <summary>Segment_Separator (neutral).</summary>
    S,

    /// <summary>White_Space (neutral).</summary>
    WS,

    /// <summary>Other_Neutral (neutral).</summary>
    ON,

    /// <summary>Left_To_Right_Embedding (explicit).</summary>
    LRE,

    /// <summary>Left_To_Right_Override (explicit).</summary>
    LRO,

    /// <summary>Right_To_Left_Embedding (explicit).</summary>
    RLE,

    /// <summary>Right_To_Left_Override (explicit).</summary>
    RLO,

    /// <summary>Pop_Directional_Format (explicit).</summary>
    PDF,

    /// <summary>Left_To_Right_Isolate (explicit).</summary>
    LRI,

    /// <summary>Right_To_Left_Isolate (explicit).</summary>
    RLI,

    /// <summary>First_Strong_Isolate (explicit).</summary>
    FSI,

    /// <summary>Pop_Directional_Isolate (explicit).</summary>
    PDI,
}
