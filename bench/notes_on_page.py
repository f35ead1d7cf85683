#!/usr/bin/env python3
"""Counts, for any tool's PDF of a generated book, how many notes sit on the page of their marker.

usage: notes_on_page.py --sections N [--seed S] BOOK.pdf

It regenerates the book (bench/gen/gen.py, same seed and size) to know each note's text and the words
just before its marker, reads the PDF page by page with poppler's pdftotext, and finds the page holding the
note's first eight words and the page holding the ten words before its marker (fewer words match by chance
elsewhere in generated prose). Text is compared without spaces, hyphens and
punctuation, so line breaks and hyphenation do not matter. A note whose marker context or text cannot be
found (e.g. split across pages) is reported as "unplaced", never counted as on its page.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "gen"))
import gen  # noqa: E402


def squash(text: str) -> str:
    return re.sub(r"[\W_\d]+", "", text.replace("\u00ad", "")).lower()


def pages(pdf: Path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [squash(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), "-enc", "UTF-8", str(pdf), "-"],
                                  capture_output=True, text=True, check=True).stdout) for p in range(1, count + 1)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sections", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("pdf", type=Path)
    args = parser.parse_args(argv)
    book = gen.build_book(args.seed, args.sections, figures=True)
    texts = pages(args.pdf)
    on_page = off_page = unplaced = 0
    for section in book.sections:
        for block in section.blocks:
            if not isinstance(block, gen.Paragraph):
                continue
            for note in section.notes:
                marker = "{" + note.label + "}"
                if marker not in block.text:
                    continue
                before = re.sub(r"\{n\d+\}", "", block.text[:block.text.index(marker)]).split()[-10:]
                context = squash(" ".join(before))
                start = squash(" ".join(note.text.split()[:8]))
                marker_pages = [i for i, t in enumerate(texts) if context and context in t]
                note_pages = [i for i, t in enumerate(texts) if start and start in t]
                # A marker glued to a punctuation-only token ("–.") may sit at the top of the next page while every
                # word before it is on this one: when the note is on that next page, the text cannot tell.
                glued_to_punctuation = bool(before) and not any(ch.isalnum() for ch in before[-1])
                wrapped = glued_to_punctuation and any(p + 1 in note_pages for p in marker_pages)
                if not marker_pages or not note_pages or (wrapped and not set(marker_pages) & set(note_pages)):
                    unplaced += 1
                elif set(marker_pages) & set(note_pages):
                    on_page += 1
                else:
                    off_page += 1
    print(f"{on_page} {off_page} {unplaced}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
