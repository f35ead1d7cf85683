#!/bin/sh
# Times the EPUB edition of the generated 300-section book (issue 5's figure; Pandoc takes about 2.7 s).
# Usage: bench/epub-bench.sh [SECTIONS]   (from the repository root; writes only under $TMPDIR)
# Reports wall and CPU time of the published tool for: EPUB alone (which still computes the print layout
# for the page-list), PDF alone, and both. Run it on a quiet machine: wall time under load means little,
# user+sys CPU time is the steadier figure.
set -eu
sections=${1:-300}
work=${TMPDIR:-/tmp}/publish-epub-bench
mkdir -p "$work"
[ -f "$work/b$sections/book.md" ] || python3 bench/gen/gen.py --sections "$sections" --out "$work/b$sections"
dotnet publish src/Publish.Cli -c Release -o "$work/tool" >/dev/null
export SOURCE_DATE_EPOCH=1700000000
for format in epub pdf pdf,epub; do
  for run in 1 2 3; do
    rm -rf "$work/out"
    /usr/bin/time -f "$format run $run: %e s wall, %U s user, %S s sys, %M KB max RSS" \
      dotnet "$work/tool/publish.dll" build "$work/b$sections/book.md" -o "$work/out" --format "$format" -q >/dev/null
  done
done
ls -l "$work/out"
