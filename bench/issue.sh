#!/usr/bin/env bash
# bench/issue.sh [ARTICLES] : the cold build of a generated journal issue as one book (issue 20) beside the same
# articles built alone, then the book's incremental builds: nothing changed, and one article's text changed (a sentence
# added to the middle article, a new one each run); wall time and peak memory (GNU time's maximum resident set size)
# of each, medians of 3. Needs the built CLI (dotnet build src/Publish.Cli -c Release) and /usr/bin/time. Writes only
# under /tmp (the issue's copy there is edited and put back). PUBLISH=/path/to/publish times another binary (e.g. the
# native one: dotnet publish src/Publish.Cli -c Release -p:PublishProfile=native -o DIR); the last line gives the
# warm/cold ratio the issue's target is about (one article changed / the book's cold build, medians).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-40}
ISSUE=/tmp/publish-issue-$N
P=${PUBLISH:-"dotnet $ROOT/src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll"}
export SOURCE_DATE_EPOCH=1700000000
[ -f "$ISSUE/publish.yaml" ] || python3 "$ROOT/bench/gen/gen.py" --articles "$N" --out "$ISSUE"
TIMES=/tmp/publish-issue-time-$$
run() { # output folder, then the build's arguments; prints "seconds megabytes"
  local out=$1; shift
  /usr/bin/time -f "%e %M" -o "$TIMES" $P build "$@" -o "$out" -q >/dev/null 2>&1 || true
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$TIMES"
}
median() { sort -n | sed -n 2p; }
report() { # label, then three "seconds megabytes" lines on stdin
  local rs; rs=$(cat)
  echo "$1: $(echo "$rs" | cut -d' ' -f1 | median | tee "$TIMES.$2") s, peak $(echo "$rs" | cut -d' ' -f2 | median) MB (median of 3; $N articles)"
}
COLD=/tmp/publish-issue-out-$$
for what in book alone; do
  for i in 1 2 3; do
    rm -rf "$COLD"
    if [ $what = book ]; then run "$COLD" "$ISSUE/publish.yaml" --force; else run "$COLD" "$ISSUE/articles" --force; fi
  done | report "$what (cold)" "$what"
done
rm -rf "$COLD"

# Incremental: one cold build fills the cache, then builds without --force.
WARM=/tmp/publish-issue-warm-$$
ARTICLE=$(ls "$ISSUE"/articles/*.md | sed -n "$(( (N + 1) / 2 ))p")
cp "$ARTICLE" "$ARTICLE.orig"
trap 'mv -f "$ARTICLE.orig" "$ARTICLE"; rm -rf "$WARM" "$COLD" "$TIMES" "$TIMES".*' EXIT
rm -rf "$WARM"
run "$WARM" "$ISSUE/publish.yaml" >/dev/null
for i in 1 2 3; do run "$WARM" "$ISSUE/publish.yaml"; done | report "book, nothing changed" nothing
for i in 1 2 3; do
  # A sentence added to the article's first paragraph of text (a line starting with a capital, not a heading).
  python3 - "$ARTICLE.orig" "$ARTICLE" "$i" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
body = text.index("\n---\n", 4) + 5
match = re.compile(r"^[A-Z][^\n]*[.]$", re.M).search(text, body)
open(sys.argv[2], "w", encoding="utf-8").write(text[:match.end()] + f" An added sentence, number {sys.argv[3]}." + text[match.end():])
PY
  run "$WARM" "$ISSUE/publish.yaml"
done | report "book, one article changed ($(basename "$ARTICLE"))" changed
awk -v warm="$(cat "$TIMES.changed")" -v cold="$(cat "$TIMES.book")" 'BEGIN { printf "one article changed / cold book: %.0f %%\n", 100 * warm / cold }'

