#!/usr/bin/env python3
"""Deterministic generator of long manuscripts for the Publish benchmark.

    python3 bench/gen/gen.py --sections 200 --out bench/work/200

writes bench/work/200/book.md (the canonical Markdown dialect: YAML front matter, `#` sections of about
480 words with Turkish proper names, two `[^label]` notes per section -- every third note several sentences
long --, a figure every fifth section, with --tables a 10-row captioned pipe table in every section, then
`# Bibliography`) and, unless told otherwise, the figures' 1600x1000 JPEGs in images/ (made by the SkiaSharp tool in bench/gen/ImageGen, since Python's standard
library has no JPEG encoder).

Same arguments -> same bytes: the text comes from a fixed PRNG (SplitMix64, not `random`, whose algorithms
may change between Python versions), nothing depends on time, locale, hash order or the platform.

Structure: `build_book` makes a format-neutral `Book`; a writer renders it. Peers' formats (Typst, HTML,
Pandoc Markdown) are added as more functions in WRITERS, each seeing the same Book.
"""

from __future__ import annotations

import argparse
import html
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

WORDS_PER_SECTION = 480
FIGURE_EVERY = 5
NOTES_PER_SECTION = 2
LONG_NOTE_EVERY = 3
IMAGE_WIDTH, IMAGE_HEIGHT = 1600, 1000
TABLE_ROWS = 10
# The tables draw from their own generator (seed mixed with this constant), so a book with tables has exactly the
# text of the book without them: the difference a benchmark measures is the tables alone.
TABLE_SEED_MIX = 0x7461626C6573  # "tables"


class SplitMix64:
    """A tiny PRNG with a fixed, documented algorithm, so a seed gives the same book on any Python."""

    MASK = (1 << 64) - 1

    def __init__(self, seed: int) -> None:
        self.state = seed & self.MASK

    def next(self) -> int:
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n: int) -> int:
        """Uniform in [0, n); the modulo bias over 2**64 is negligible for the small n used here."""
        return self.next() % n

    def between(self, low: int, high: int) -> int:
        """Uniform in [low, high], both included."""
        return low + self.below(high - low + 1)

    def pick(self, items):
        return items[self.below(len(items))]

    def chance(self, one_in: int) -> bool:
        return self.below(one_in) == 0


# Vocabulary. Proper names carry Turkish letters (İ ı Ş ş Ğ ğ Ç ç Ö ö Ü ü) so shaping, hyphenation and
# font coverage are exercised on every page.
PLACES = ["İstanbul", "Şanlıurfa", "Ankara", "İzmir", "Diyarbakır", "Eskişehir", "Muğla", "Çanakkale", "Kütahya",
          "Gümüşhane", "Iğdır", "Ağrı", "Kırşehir", "Düzce", "Bağcılar", "Üsküdar", "Beşiktaş", "Çankaya"]
PEOPLE = ["Çağrı Gündoğdu", "Şebnem Işık", "Gülşen Öztürk", "İlkay Çelik", "Ömer Şahin", "Ayşegül Yıldırım",
          "Barış Güneş", "Özge Kılıç", "Tuğçe Erdoğan", "Doğan Aydın", "Ümit Karaağaç", "Nükhet Çakır"]
INSTITUTIONS = ["Hacettepe Üniversitesi", "Boğaziçi Üniversitesi", "İnsani Yardım Vakfı", "Türk Tarih Kurumu",
                "Orta Doğu Teknik Üniversitesi", "Avrasya İncelemeleri Merkezi"]
NOUNS = ["archive", "commission", "report", "treaty", "settlement", "border", "witness", "ministry", "province",
         "delegation", "survey", "record", "conference", "memorandum", "population", "railway", "harbour", "market",
         "council", "census", "correspondence", "testimony", "agreement", "district", "assembly", "newspaper"]
VERBS = ["examined", "described", "recorded", "challenged", "confirmed", "questioned", "published", "revised",
         "documented", "negotiated", "summarised", "reconsidered", "compared", "catalogued", "translated"]
ADJECTIVES = ["regional", "official", "contemporary", "unpublished", "detailed", "comparative", "provincial",
              "forgotten", "extensive", "preliminary", "careful", "international", "local", "decisive"]
FILLERS = ["the", "the", "a", "of", "in", "and", "that", "with", "for", "by", "which", "from", "its", "their",
           "between", "during", "after", "before", "among", "through"]
CONNECTIVES = ["However", "Moreover", "In contrast", "At the same time", "As a result", "Later", "Meanwhile",
               "In particular", "Nevertheless", "According to the record"]
TITLE_WORDS = ["Borders", "Memory", "Archives", "Witnesses", "Provinces", "Treaties", "Migration", "Records",
               "Diplomacy", "Rivers", "Railways", "Markets"]


@dataclass
class Note:
    label: str
    text: str


@dataclass
class Paragraph:
    """Markdown-neutral text: note references are {label} placeholders the writer renders."""

    text: str


@dataclass
class Figure:
    caption: str
    image: str  # relative to the book's folder


@dataclass
class Table:
    """A captioned table: a header row, body rows of cell text, and each column's alignment (left/right)."""

    caption: str
    header: list[str]
    rows: list[list[str]]
    align: list[str]


@dataclass
class Section:
    heading: str
    blocks: list  # Paragraph | Figure | Table, in reading order
    notes: list[Note]


@dataclass
class Book:
    title: str
    author: str
    lang: str
    date: str
    publisher: str
    sections: list[Section]
    bibliography: list[str]
    figures: list[Figure] = field(default_factory=list)


class TextMaker:
    """Sentences and paragraphs of plausible scholarly prose."""

    def __init__(self, rng: SplitMix64) -> None:
        self.rng = rng

    def sentence(self) -> str:
        r = self.rng
        parts = [r.pick(CONNECTIVES) + ","] if r.chance(4) else []
        parts.append(r.pick(PEOPLE) if r.chance(3) else "the " + r.pick(ADJECTIVES) + " " + r.pick(NOUNS))
        parts.append(r.pick(VERBS))
        for _ in range(r.between(5, 16)):
            roll = r.below(12)
            if roll == 0:
                parts.append("in " + r.pick(PLACES))
            elif roll == 1:
                parts.append(r.pick(ADJECTIVES))
            elif roll < 5:
                parts.append(r.pick(NOUNS))
            else:
                parts.append(r.pick(FILLERS))
        # Typographic material the smart-punctuation rules must convert: straight quotes, --, ---, ...
        roll = r.below(14)
        if roll == 0:
            parts.append('"' + r.pick(NOUNS) + " " + r.pick(FILLERS) + " " + r.pick(PLACES) + '"')
        elif roll == 1:
            parts.append("-- " + r.pick(FILLERS) + " " + r.pick(NOUNS) + " --")
        elif roll == 2:
            parts.append("in " + str(r.between(1878, 2019)) + "--" + str(r.between(2020, 2025)))
        elif roll == 3:
            parts[-1] += "..."
        elif roll == 4:
            parts.append("--- as " + r.pick(PEOPLE) + "'s " + r.pick(NOUNS) + " shows ---")
        text = " ".join(parts)
        text = text[0].upper() + text[1:]
        return text if text.endswith("...") else text + "."

    def words(self, count: int) -> list[str]:
        """Sentences until at least `count` words."""
        sentences, total = [], 0
        while total < count:
            s = self.sentence()
            sentences.append(s)
            total += len(s.split())
        return sentences

    def citation(self) -> str:
        r = self.rng
        person = r.pick(PEOPLE).split(" ")
        return (f"{person[-1]}, {' '.join(person[:-1])} ({r.between(1965, 2024)}): "
                f"{r.pick(TITLE_WORDS)} and {r.pick(TITLE_WORDS)} in {r.pick(PLACES)}. "
                f"{r.pick(INSTITUTIONS)}. {r.pick(PLACES)}. pp. {r.between(3, 420)}.")


TABLE_KINDS = ["Population", "Correspondence", "Delegations"]


def make_table(rng: SplitMix64, number: int) -> Table:
    """One of three realistic 5-column tables (census figures, archive holdings, delegations), TABLE_ROWS body rows."""
    kind = TABLE_KINDS[number % len(TABLE_KINDS)]
    places = [PLACES[(rng.below(len(PLACES)) + i * 7) % len(PLACES)] for i in range(TABLE_ROWS)]
    if kind == "Population":
        first, last = rng.between(1881, 1927), rng.between(1950, 2020)
        rows = []
        for place in places:
            before = rng.between(8_000, 900_000)
            after = before + rng.between(-before // 3, before * 4)
            change = (after - before) * 100 / before
            rows.append([place, f"{before:,}", f"{after:,}", f"{change:+.1f}", rng.pick(INSTITUTIONS)])
        return Table(f"Population of the provinces in the census of {first} and {last}",
                     ["Province", str(first), str(last), "Change (%)", "Source"], rows,
                     ["left", "right", "right", "right", "left"])
    if kind == "Correspondence":
        rows = [[place, rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS), str(rng.between(1878, 2019)),
                 str(rng.between(3, 2_400)), rng.pick(PEOPLE)] for place in places]
        return Table(f"Holdings of the {rng.pick(ADJECTIVES)} archive by province",
                     ["Province", "Series", "Year", "Folders", "Catalogued by"], rows,
                     ["left", "left", "right", "right", "left"])
    rows = [[rng.pick(PEOPLE), place, f"{rng.between(1, 28):02d}.{rng.between(1, 12):02d}.{rng.between(1919, 2019)}",
             str(rng.between(2, 40)), rng.pick(VERBS)] for place in places]
    return Table(f"Delegations received in {rng.pick(PLACES)} and what they {rng.pick(VERBS)}",
                 ["Head of delegation", "From", "Date", "Members", "Outcome"], rows,
                 ["left", "left", "right", "right", "left"])


def build_book(seed: int, section_count: int, figures: bool, tables: bool = False) -> Book:
    rng = SplitMix64(seed)
    table_rng = SplitMix64(seed ^ TABLE_SEED_MIX)
    maker = TextMaker(rng)
    sections: list[Section] = []
    all_figures: list[Figure] = []
    note_number = 0
    for s in range(1, section_count + 1):
        sentences = maker.words(WORDS_PER_SECTION)
        # Paragraphs of 3-6 sentences.
        paragraphs: list[list[str]] = []
        i = 0
        while i < len(sentences):
            n = rng.between(3, 6)
            paragraphs.append(sentences[i:i + n])
            i += n
        notes = []
        for k in range(NOTES_PER_SECTION):
            note_number += 1
            label = f"n{note_number}"
            long = note_number % LONG_NOTE_EVERY == 0
            text = " ".join([maker.citation()] + (maker.words(rng.between(40, 80)) if long else []))
            notes.append(Note(label, text))
            # First note in the first paragraph, second in the last, each glued after a sentence's period.
            para = paragraphs[0] if k == 0 else paragraphs[-1]
            at = rng.below(len(para))
            para[at] = para[at] + "{" + label + "}"
        blocks: list = [Paragraph(" ".join(p)) for p in paragraphs]
        if figures and s % FIGURE_EVERY == 0:
            figure = Figure(
                caption=f"{rng.pick(PLACES)}, {rng.between(1890, 2020)}: the {rng.pick(ADJECTIVES)} {rng.pick(NOUNS)} "
                        f"(photograph: {rng.pick(PEOPLE)})",
                image=f"images/photo{len(all_figures) + 1:03d}.jpg")
            all_figures.append(figure)
            blocks.insert(min(2, len(blocks)), figure)
        if tables:
            # After the first paragraph, so a figure (after the second) and a table never stand side by side.
            blocks.insert(1, make_table(table_rng, s))
        heading = f"{s}. The {rng.pick(ADJECTIVES).capitalize()} {rng.pick(TITLE_WORDS)} of {rng.pick(PLACES)}"
        sections.append(Section(heading, blocks, notes))
    bibliography = sorted({maker.citation() for _ in range(max(5, section_count // 2))}, key=turkish_sort_key)
    return Book(
        title=f"{rng.pick(TITLE_WORDS)} and {rng.pick(TITLE_WORDS)}: A Benchmark Manuscript of {section_count} Sections",
        author=rng.pick(PEOPLE),
        lang="en",
        date="2026-01-15",
        publisher="Center for Eurasian Studies (AVİM)",
        sections=sections,
        bibliography=bibliography,
        figures=all_figures)


TURKISH_ALPHABET = "aAbBcCçÇdDeEfFgGğĞhHıIiİjJkKlLmMnNoOöÖpPqQrRsSşŞtTuUüÜvVwWxXyYzZ"


def turkish_sort_key(text: str) -> list[tuple[int, int]]:
    """Turkish alphabetical order (Ç after C, İ after I, …), case as a tie-break; other characters after letters."""
    order = []
    for ch in text:
        i = TURKISH_ALPHABET.find(ch)
        order.append((i // 2, i % 2) if i >= 0 else (len(TURKISH_ALPHABET) + ord(ch), 0))
    return order


def yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_markdown(book: Book) -> str:
    """The canonical dialect (see /work/shared/DESIGN.md, "The manuscript dialects")."""
    out = ["---",
           f"title: {yaml_quote(book.title)}",
           f"author: {yaml_quote(book.author)}",
           f"lang: {book.lang}",
           f"date: {book.date}",
           f"publisher: {yaml_quote(book.publisher)}",
           "---", ""]
    for section in book.sections:
        out += [f"# {section.heading}", ""]
        for block in section.blocks:
            if isinstance(block, Figure):
                out += [f"![{block.caption}]({block.image})", ""]
            elif isinstance(block, Table):
                out += markdown_table(block)
            else:
                text = block.text
                for note in section.notes:
                    text = text.replace("{" + note.label + "}", f"[^{note.label}]")
                out += [text, ""]
        for note in section.notes:
            out += [f"[^{note.label}]: {note.text}", ""]
    out += ["# Bibliography", ""]
    for entry in book.bibliography:
        out += [entry, ""]
    return "\n".join(out)


def markdown_table(table: Table) -> list[str]:
    """A pipe table (Pandoc's pipe_tables, GitHub's tables) with its caption after it (Pandoc's `Table: …`)."""
    widths = [max(3, len(table.header[i]), *(len(row[i]) for row in table.rows)) for i in range(len(table.header))]
    def row(cells: list[str]) -> str:
        return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)) + " |"
    rule = "|" + "|".join(("-" * (w + 1) + ":") if a == "right" else (":" + "-" * (w + 1))
                          for w, a in zip(widths, table.align)) + "|"
    return [row(table.header), rule, *(row(r) for r in table.rows), "", f"Table: {table.caption}", ""]


# The peers' common page (issue 8): A4, 25 mm margins, 12 pt serif justified and hyphenated, 10 pt notes,
# a three-line footer with the page number. Publish gets the same through styles/bench.yaml.
FOOTER_LINES = ["Center for Eurasian Studies (AVİM) · Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA",
                "Tel: +90 (312) 438 50 23-24 · E-Mail: info@avim.org.tr · http://avim.org.tr"]


def with_notes(text: str, notes: list, render) -> str:
    for note in notes:
        text = text.replace("{" + note.label + "}", render(note))
    return text


def typst_escape(text: str) -> str:
    out = []
    for ch in text:
        out.append("\\" + ch if ch in "\\#$*_`<>@[]=~\"" else ch)
    return "".join(out)


def write_typst(book: Book) -> str:
    footer = " \\ ".join(typst_escape(line) for line in FOOTER_LINES)
    out = [f'#set document(title: "{book.title}", author: "{book.author}")',
           '#set page(paper: "a4", margin: 25mm, footer: context [#set text(font: "Noto Sans", size: 7.5pt); '
           f'{footer} \\ #counter(page).display("1 / 1", both: true)])',
           f'#set text(font: "Noto Serif", size: 12pt, lang: "{book.lang}", hyphenate: true)',
           "#set par(justify: true, first-line-indent: 1em)",
           "#show footnote.entry: set text(size: 10pt)",
           f"#align(center, text(size: 20pt, weight: \"bold\")[{typst_escape(book.title)}])",
           f"#align(center, emph[{typst_escape(book.author)}])", ""]
    for section in book.sections:
        out += [f"= {typst_escape(section.heading)}", ""]
        for block in section.blocks:
            if isinstance(block, Figure):
                out += [f'#figure(image("{block.image}", width: 100%), caption: [{typst_escape(block.caption)}])', ""]
            elif isinstance(block, Table):
                align = ", ".join(block.align)
                out += [f"#figure(table(columns: {len(block.header)}, align: ({align}), table.header(repeat: true, "
                        + ", ".join(f"[*{typst_escape(c)}*]" for c in block.header) + "), "
                        + ", ".join(f"[{typst_escape(c)}]" for r in block.rows for c in r)
                        + f"), caption: [{typst_escape(block.caption)}], kind: table)", ""]
            else:
                out += [with_notes(typst_escape(block.text), section.notes,
                                   lambda n: f"#footnote[{typst_escape(n.text)}]"), ""]
    out += ["= Bibliography", ""]
    out += [typst_escape(entry) + "\n" for entry in book.bibliography]
    return "\n".join(out)


def write_html(book: Book) -> str:
    """HTML + CSS paged media for WeasyPrint (footnotes with float: footnote)."""
    footer = " \\A ".join(line.replace('"', "'") for line in FOOTER_LINES)
    css = ("@page { size: A4; margin: 25mm; @footnote { border-top: 0.5pt solid black; } "
           f'@bottom-left {{ content: "{footer} \\A " counter(page) " / " counter(pages); white-space: pre; '
           "font-family: 'Noto Sans'; font-size: 7.5pt; } } "
           "body { font-family: 'Noto Serif'; font-size: 12pt; line-height: 1.3; text-align: justify; hyphens: auto; } "
           "p { margin: 0; text-indent: 1em; } .fn { float: footnote; font-size: 10pt; text-indent: 0; } "
           "img { width: 100%; } figure { margin: 1em 0; break-inside: avoid; } figcaption { text-align: center; font-size: 10pt; }")
    out = ["<!DOCTYPE html>", f'<html lang="{book.lang}"><head><meta charset="utf-8"><title>{html.escape(book.title)}</title>',
           f"<style>{css}</style></head><body>",
           f"<h1>{html.escape(book.title)}</h1><p><em>{html.escape(book.author)}</em></p>"]
    for section in book.sections:
        out.append(f"<h2>{html.escape(section.heading)}</h2>")
        for block in section.blocks:
            if isinstance(block, Figure):
                out.append(f'<figure><img src="{block.image}" alt=""><figcaption>{html.escape(block.caption)}</figcaption></figure>')
            elif isinstance(block, Table):
                head = "".join(f"<th>{html.escape(c)}</th>" for c in block.header)
                body = "".join("<tr>" + "".join(f'<td style="text-align: {a}">{html.escape(c)}</td>'
                                                for c, a in zip(r, block.align)) + "</tr>" for r in block.rows)
                out.append(f"<table><caption>{html.escape(block.caption)}</caption><thead><tr>{head}</tr></thead>"
                           f"<tbody>{body}</tbody></table>")
            else:
                out.append("<p>" + with_notes(html.escape(block.text), section.notes,
                                               lambda n: f'<span class="fn">{html.escape(n.text)}</span>') + "</p>")
    out.append("<h2>Bibliography</h2>")
    out += [f"<p>{html.escape(entry)}</p>" for entry in book.bibliography]
    out.append("</body></html>")
    return "\n".join(out)


def write_pandoc(book: Book) -> str:
    """Pandoc Markdown: same notes and figures; the page set up for XeLaTeX in the metadata."""
    footer = r" \\ ".join(line.replace("&", r"\&").replace("#", r"\#") for line in FOOTER_LINES)
    header = ["---", f"title: {yaml_quote(book.title)}", f"author: {yaml_quote(book.author)}", f"lang: {book.lang}",
              "mainfont: Noto Serif", "sansfont: Noto Sans", "fontsize: 12pt",
              "geometry: [a4paper, margin=25mm, footskip=12mm]", "header-includes: |",
              r"  \usepackage{fancyhdr}\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
              r"  \usepackage{lastpage}\fancyfoot[L]{\sffamily\tiny " + footer + r" \\ \thepage{} / \pageref{LastPage}}",
              r"  \renewcommand{\footnotesize}{\fontsize{10pt}{12pt}\selectfont}",
              "---", ""]
    body = write_markdown(book).split("---\n", 2)[2]
    return "\n".join(header) + body


# Format name -> (file name, writer). Each renders the same Book.
WRITERS = {
    "markdown": ("book.md", write_markdown),
    "typst": ("book.typ", write_typst),
    "html": ("book.html", write_html),
    "pandoc": ("book.pandoc.md", write_pandoc),
}


def image_tool() -> Path:
    """The built ImageGen executable, building it first when it is missing or older than its sources.

    Running the built file rather than `dotnet run` saves the several seconds of build check per call."""
    project = Path(__file__).resolve().parent / "ImageGen"
    exe = project / "bin" / "Release" / "net10.0" / "linux-x64" / "ImageGen"
    sources = [p for p in project.iterdir() if p.suffix in (".cs", ".csproj")]
    if not exe.exists() or max(p.stat().st_mtime for p in sources) > exe.stat().st_mtime:
        dotnet = shutil.which("dotnet")
        if dotnet is None:
            sys.exit("gen.py: dotnet not found; it builds the images (bench/gen/ImageGen). Use --images skip or none.")
        subprocess.run([dotnet, "build", str(project), "-c", "Release", "--nologo", "-v", "quiet"],
                       check=True, stdout=subprocess.DEVNULL)
    return exe


def make_images(book: Book, out: Path) -> None:
    """Runs bench/gen/ImageGen (SkiaSharp) to write each figure's deterministic 1600x1000 gradient JPEG."""
    if not book.figures:
        return
    images = out / "images"
    images.mkdir(parents=True, exist_ok=True)
    names = [Path(f.image).name for f in book.figures]
    subprocess.run([str(image_tool()), str(images), str(IMAGE_WIDTH), str(IMAGE_HEIGHT), *names],
                   check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", type=int, help="number of # sections (>= 1); with --articles, per article (default 8)")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=1, help="PRNG seed; same seed and sections -> same bytes")
    parser.add_argument("--format", choices=sorted(WRITERS), action="append",
                        help="output format (repeatable); default markdown")
    parser.add_argument("--images", choices=["make", "skip", "none"], default="make",
                        help="make: write the figures' JPEGs with ImageGen (needs dotnet); "
                             "skip: reference figures but write no image files; none: no figures at all")
    parser.add_argument("--tables", action="store_true",
                        help="a 10-row captioned pipe table (5 columns) after each section's first paragraph; "
                             "the text is the same as without")
    parser.add_argument("--articles", type=int, default=0,
                        help="make a journal issue instead (issue 20): N Markdown articles of --sections sections each "
                             "(default 8) in OUT/articles/, and OUT/publish.yaml with one book of them all")
    args = parser.parse_args(argv)
    if args.articles:
        return write_issue(args)
    if args.sections is None or args.sections < 1:
        parser.error("--sections must be at least 1")

    book = build_book(args.seed, args.sections, figures=args.images != "none", tables=args.tables)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.format or ["markdown"]:
        file_name, writer = WRITERS[name]
        # newline="\n" and UTF-8 explicitly: the same bytes on every platform and locale.
        with open(args.out / file_name, "w", encoding="utf-8", newline="\n") as f:
            f.write(writer(book))
    if args.images == "make":
        make_images(book, args.out)
    words = sum(len(b.text.split()) for s in book.sections for b in s.blocks if isinstance(b, Paragraph))
    print(f"{args.out}: {len(book.sections)} sections, {words} body words, "
          f"{sum(len(s.notes) for s in book.sections)} notes, {len(book.figures)} figures, "
          f"{sum(isinstance(b, Table) for s in book.sections for b in s.blocks)} tables, "
          f"{len(book.bibliography)} bibliography entries", file=sys.stderr)
    return 0


def write_issue(args) -> int:
    """
    A journal issue of `--articles` manuscripts (issue 20): OUT/articles/article-NN.md, each its own book of `--sections`
    sections from its own seed (so one can be changed without moving the others), their figures in OUT/articles/images/
    under names of their own, and OUT/publish.yaml with one book (`issue`, alone: false) listing them in order.
    """
    count, sections = args.articles, args.sections or 8
    if count < 1 or sections < 1:
        raise SystemExit("--articles and --sections must be at least 1")
    folder = args.out / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    parts, figures = [], []
    for i in range(1, count + 1):
        book = build_book(args.seed * 1000 + i, sections, figures=args.images != "none", tables=args.tables)
        book.title = f"Article {i}: " + book.title.replace(f"A Benchmark Manuscript of {sections} Sections", "a Study")
        for figure in book.figures:
            figure.image = figure.image.replace("images/photo", f"images/a{i:03d}-photo")
        name = f"article-{i:03d}.md"
        with open(folder / name, "w", encoding="utf-8", newline="\n") as f:
            f.write(write_markdown(book))
        figures += book.figures
        parts.append(f"      - articles/{name}")
    if args.images == "make" and figures:
        # One run of the image tool for the whole issue: starting it per article costs a second each.
        make_images(Book("", "", "", "", "", [], [], figures), folder)
    manifest = ["# A generated journal issue (bench/gen --articles): one book of every article.",
                "output: output", "books:", "  - name: issue", "    title: Review of Generated Studies",
                f"    subtitle: An issue of {count} articles", "    editors: [Bench Editor]",
                "    identifier: \"ISSN 2146-5665\"", "    alone: false", "    parts:", *parts, ""]
    with open(args.out / "publish.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest))
    print(f"{args.out}: an issue of {count} articles of {sections} sections each", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
