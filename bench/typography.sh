#!/usr/bin/env bash
# Issue 18: the typography report. Builds (1) the 300-section bench book with Publish (styles/bench.yaml) and with
# Typst (Node compiler, as bench/compare.sh does), (2) the sample in manuscript/ and (3) the Turkish test manuscript
# with the default style, then prints one Markdown table: a row per figure, a column per PDF
# (definitions: bench/typography/README.md).
# usage: bench/typography.sh                 env: PUBLISH=path/to/publish(.dll)  (default: this worktree's Release build)
#                                                 WORK=dir (default bench/work/typography)  SECTIONS=300  TYPST=0 (skip Typst)
#        bench/typography.sh FILE.pdf ...     only the report, for PDFs you built yourself
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="${WORK:-$root/bench/work/typography}"
sections="${SECTIONS:-300}"
mkdir -p "$work"

report="$root/bench/TypographyReport/bin/Release/net10.0/linux-x64/TypographyReport.dll"
dotnet build "$root/bench/TypographyReport" -c Release --nologo -v quiet >"$work/report-build.log" 2>&1 \
  || { cat "$work/report-build.log" >&2; exit 1; }
if [ $# -gt 0 ]; then exec dotnet "$report" "$@"; fi

publish="${PUBLISH:-$root/src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll}"
if [ -z "${PUBLISH:-}" ] && [ ! -f "$publish" ]; then
  dotnet build "$root/src/Publish.Cli" -c Release --nologo -v quiet >"$work/cli-build.log" 2>&1 \
    || { cat "$work/cli-build.log" >&2; exit 1; }
fi
run_publish() { case "$publish" in *.dll) dotnet "$publish" "$@" ;; *) "$publish" "$@" ;; esac; }

book="$work/book-$sections"
[ -f "$book/book.md" ] && [ -f "$book/book.typ" ] \
  || python3 "$root/bench/gen/gen.py" --sections "$sections" --out "$book" --format markdown --format typst >/dev/null
echo "building the bench book with Publish ($publish)" >&2
run_publish build "$book/book.md" -o "$work/publish-book" --style "$root/styles/bench.yaml" --format pdf -q --force 2>"$work/publish-book.log" || true
echo "building the sample and the Turkish manuscript" >&2
run_publish build "$root/manuscript/khojaly-massacre-23rd-anniversary.txt" -o "$work/publish-sample" --format pdf -q --force 2>"$work/publish-sample.log" || true
run_publish build "$root/tests/manuscripts/markdown/turkish-kaynakca.md" -o "$work/publish-turkish" --format pdf -q --force 2>"$work/publish-turkish.log" || true

columns=("bench book, Publish=$work/publish-book/book.pdf")
if [ "${TYPST:-1}" != 0 ]; then
  # The Typst compiler for Node, pinned as bench/compare.sh pins it; without a registry the column is left out.
  if [ ! -d "$work/node/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    mkdir -p "$work/node" && (cd "$work/node" && npm init -y >/dev/null && npm install --silent @myriaddreamin/typst-ts-node-compiler@0.7.0) \
      >"$work/typst-install.log" 2>&1 || echo "Typst could not be installed (see $work/typst-install.log): Publish only" >&2
  fi
  if [ -d "$work/node/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
    if [ ! -f "$book/out-typst.pdf" ]; then
      echo "building the bench book with Typst" >&2
      (cd "$book" && node "$root/bench/typst-compile.mjs" "$work/node" "$root/styles/fonts" book.typ out-typst.pdf) >"$work/typst.log" 2>&1 \
        || echo "Typst failed (see $work/typst.log)" >&2
    fi
    [ -f "$book/out-typst.pdf" ] && columns+=("bench book, Typst=$book/out-typst.pdf")
  fi
fi
sample=$(ls "$work"/publish-sample/*.pdf 2>/dev/null | head -1 || true)
turkish=$(ls "$work"/publish-turkish/*.pdf 2>/dev/null | head -1 || true)
[ -n "$sample" ] && columns+=("sample=$sample")
[ -n "$turkish" ] && columns+=("Turkish=$turkish")
dotnet "$report" "${columns[@]}"
