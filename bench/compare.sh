#!/usr/bin/env bash
# Issue 8: the same generated book through Publish and its peers, timed side by side.
# usage: bench/compare.sh [N ...]        (default: 10 300)
# Installs what is missing (Debian: pandoc weasyprint texlive-xetex texlive-fonts-recommended hyperfine;
# npm: the Typst compiler for Node), generates the book in each tool's format (bench/gen/gen.py), times each
# tool's whole process with hyperfine (1 warm-up, 3 runs; WARMUP=… RUNS=… to change), measures peak memory with /usr/bin/time -v, counts
# pages, and checks how many notes sit on their marker's page (bench/notes_on_page.py: on / off / unplaced,
# unplaced = the words before the marker were cut by a page break, so the check cannot tell); for Publish's PDF
# also the exact count from its note links (bench/note_links.py).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$root/bench/work"
mkdir -p "$work"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(10 300); fi

need() { command -v "$1" >/dev/null 2>&1; }
if ! need pandoc || ! need weasyprint || ! need xelatex || ! need hyperfine || ! need qpdf || [ ! -x /usr/bin/time ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends pandoc weasyprint texlive-xetex \
    texlive-fonts-recommended lmodern hyperfine time poppler-utils qpdf >/dev/null
fi
if [ ! -d "$work/node/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  mkdir -p "$work/node" && (cd "$work/node" && npm init -y >/dev/null && npm install --silent @myriaddreamin/typst-ts-node-compiler@0.7.0)
fi
# The peers find the same fonts as Publish: the files shipped in styles/fonts.
mkdir -p "$HOME/.local/share/fonts" && cp -u styles/fonts/*.ttf "$HOME/.local/share/fonts/" && fc-cache -f >/dev/null 2>&1 || true

# The natively compiled tool (publish profile `native`): what a release installs.
# Native AOT links with the system's C toolchain and zlib.
if ! { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; } || [ ! -e /usr/include/zlib.h ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null
fi
dotnet publish src/Publish.Cli -c Release --nologo -v quiet -p:PublishProfile=native -o "$work/publish" >/dev/null
publish="$work/publish/publish"

peak_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.0f", $2/1024}'; }
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }

printf '%-22s %6s %10s %9s %6s %12s %s\n' tool N median_s peak_MB pages notes_on/off/unplaced "publish_is_faster_by"
for n in "${sizes[@]}"; do
  book="$work/book-$n"
  [ -f "$book/book.md" ] || python3 bench/gen/gen.py --sections "$n" --out "$book" --format markdown --format typst --format html --format pandoc >/dev/null 2>&1
  cd "$book"
  declare -A cmd=(
    [publish-pdf+epub]="$publish build book.md -o out-publish --style $root/styles/bench.yaml -q --force"
    [typst]="node $root/bench/typst-compile.mjs $work/node $root/styles/fonts book.typ out-typst.pdf"
    [xelatex]="pandoc book.pandoc.md -o out-xelatex.pdf --pdf-engine=xelatex"
    [weasyprint]="weasyprint -q book.html out-weasyprint.pdf"
    [pandoc-epub]="pandoc book.pandoc.md -o out-pandoc.epub"
  )
  declare -A pdf=([publish-pdf+epub]=out-publish/book.pdf [typst]=out-typst.pdf [xelatex]=out-xelatex.pdf [weasyprint]=out-weasyprint.pdf [pandoc-epub]="")
  declare -A median=()
  for tool in publish-pdf+epub typst xelatex weasyprint pandoc-epub; do
    if ! hyperfine -N --warmup "${WARMUP:-1}" --runs "${RUNS:-3}" --export-json "$work/$tool-$n.json" "${cmd[$tool]}" >/dev/null 2>"$work/$tool-$n.err"; then
      printf '%-22s %6s %10s\n' "$tool" "$n" "failed (see bench/work/$tool-$n.err)"; continue
    fi
    median[$tool]=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][0]['median'], 3))" "$work/$tool-$n.json")
    mb=$(peak_mb ${cmd[$tool]})
    p=""; notes=""
    if [ -n "${pdf[$tool]}" ] && [ -f "${pdf[$tool]}" ]; then
      p=$(pages "${pdf[$tool]}")
      notes=$(python3 "$root/bench/notes_on_page.py" --sections "$n" "${pdf[$tool]}" | awk '{printf "%d/%d/%d", $1, $2, $3}')
    fi
    ratio=""
    if [ "$tool" != publish-pdf+epub ] && [ -n "${median[publish-pdf+epub]:-}" ]; then
      ratio=$(python3 -c "print(f'{$(echo ${median[$tool]})/$(echo ${median[publish-pdf+epub]}):.1f}x')")
    fi
    printf '%-22s %6s %10s %9s %6s %12s %s\n' "$tool" "$n" "${median[$tool]}" "$mb" "$p" "$notes" "$ratio"
    if [ "$tool" = publish-pdf+epub ] && [ -f "${pdf[$tool]}" ]; then
      # Publish's PDF links every marker to its note and back: the exact check, undecidable cases included.
      python3 "$root/bench/note_links.py" "${pdf[$tool]}" | awk '{printf "  (publish note links on their page / off: %d / %d)\n", $1, $2}'
    fi
  done
  unset cmd pdf median
  cd "$root"
done
