#!/usr/bin/env bash
# Issue 8 (and the speed figures of issues 4 and 5): how Publish's time and memory grow with the book.
# usage: bench/scaling.sh [N ...]        (default: 10 100 300 1000)
# For each N it generates the book (bench/gen/gen.py, Markdown with the photos), then times the published,
# natively compiled tool (publish profile `native`) with hyperfine (WARMUP, RUNS; default 1 and 3) for the PDF and EPUB together, the PDF alone
# and the EPUB alone, measures peak memory with /usr/bin/time -v, and reads the per-stage times (read, layout,
# PDF, EPUB) from the build report of one more run. Run it on a quiet machine; under load wall time means little.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$root/bench/work"
mkdir -p "$work"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10 100 300 1000); fi
command -v hyperfine >/dev/null 2>&1 && [ -x /usr/bin/time ] || {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends hyperfine time poppler-utils >/dev/null
}
# Native AOT links with the system's C toolchain and zlib.
if ! { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; } || [ ! -e /usr/include/zlib.h ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null
fi
dotnet publish src/Publish.Cli -c Release --nologo -v quiet -p:PublishProfile=native -o "$work/publish" >/dev/null
publish="$work/publish/publish"
export SOURCE_DATE_EPOCH=1700000000

printf '%-10s %6s %6s %9s %8s %7s %8s %8s %8s %8s %s\n' formats N pages median_s peak_MB words/s read_ms layout_ms pdf_ms epub_ms notes_on/off/unplaced
for n in "${sizes[@]}"; do
  book="$work/book-$n"
  [ -f "$book/book.md" ] || python3 bench/gen/gen.py --sections "$n" --out "$book" --format markdown >/dev/null
  words=$(python3 -c "import re,sys; print(len(re.findall(r'\w+', open(sys.argv[1], encoding='utf-8').read())))" "$book/book.md")
  for formats in pdf,epub pdf epub; do
    out="$work/scaling-out-$n-${formats/,/+}"
    cmd="$publish build $book/book.md -o $out --style $root/styles/bench.yaml --format $formats -q --force"
    hyperfine -N --warmup "${WARMUP:-1}" --runs "${RUNS:-3}" --export-json "$work/scaling-$n-${formats/,/+}.json" "$cmd" >/dev/null 2>&1
    median=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][0]['median'], 3))" "$work/scaling-$n-${formats/,/+}.json")
    mb=$(/usr/bin/time -v $cmd 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.0f", $2/1024}')
    $cmd --report "$out/report.json" 2>/dev/null
    stages=$(python3 -c "
import json,sys
t=json.load(open(sys.argv[1]))['results'][0]['timings']
print(' '.join(f\"{t[k]:8.0f}\" for k in ('readMs','layoutMs','pdfMs','epubMs')))" "$out/report.json")
    pages=""; notes=""
    if [ -f "$out/book.pdf" ]; then
      pages=$(pdfinfo "$out/book.pdf" | awk '/^Pages:/ {print $2}')
      notes=$(python3 "$root/bench/notes_on_page.py" --sections "$n" "$out/book.pdf" | awk '{printf "%d/%d/%d", $1, $2, $3}')
    fi
    rate=$(python3 -c "print(round($words/$median))")
    printf '%-10s %6s %6s %9s %8s %7s %s %s\n' "$formats" "$n" "$pages" "$median" "$mb" "$rate" "$stages" "$notes"
  done
done
