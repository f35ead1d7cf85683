using Publish.Styles;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// Opens a ruled box (a note or warning div) across <see cref="Left"/>…<see cref="Left"/> + <see cref="Width"/>: its
/// first line draws a rule <see cref="Padding"/> above itself and its last line one as far below, so each rule stays on
/// the page of the text it bounds (a box split by a page break is open at the break). Closed by
/// <see cref="RealizedBoxClose"/>; the realizer leaves room for the rules in the space around the box.
/// </summary>
internal sealed record RealizedBoxOpen(double Left, double Width, double Thickness, StyleColor Color, double Padding) : RealizedBlock;
