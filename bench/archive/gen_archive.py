#!/usr/bin/env python3
"""Writes an archive of commentary-sized Markdown manuscripts for the release-build benchmark.

Each article is bench/gen's book generator with two sections (~1,000 words, 4 notes, 5 bibliography
entries) and its own seed; every tenth article has a figure whose image is a copy of the small test PNG in
tests/manuscripts/markdown/images/. Same arguments -> same bytes.
"""

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench" / "gen"))
import gen  # noqa: E402  (bench/gen/gen.py, standard library only)

IMAGE = ROOT / "tests" / "manuscripts" / "markdown" / "images" / "harbour.png"


def article(index: int) -> str:
    book = gen.build_book(seed=index, section_count=2, figures=False)
    text = gen.write_markdown(book)
    if index % 10 == 0:
        marker = "\n# Bibliography"
        figure = f"\n![Photograph for article {index}](images/article-{index:04d}.png)\n"
        text = text.replace(marker, figure + marker, 1)
    return text


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (created)")
    args = parser.parse_args(argv)
    (args.out / "images").mkdir(parents=True, exist_ok=True)
    for index in range(1, args.count + 1):
        path = args.out / f"article-{index:04d}.md"
        path.write_text(article(index), encoding="utf-8", newline="\n")
        if index % 10 == 0:
            shutil.copyfile(IMAGE, args.out / "images" / f"article-{index:04d}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
