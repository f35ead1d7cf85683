#!/usr/bin/env bash
# bench/issue.sh [ARTICLES] : the cold build of a generated journal issue as one book (issue 20) beside the same
# articles built alone, with wall time and peak memory (GNU time's maximum resident set size) of each, medians of 3.
# Needs the built CLI (dotnet build src/Publish.Cli -c Release) and /usr/bin/time. Writes only under /tmp.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-40}
ISSUE=/tmp/publish-issue-$N
P="dotnet $ROOT/src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll"
export SOURCE_DATE_EPOCH=1700000000
[ -f "$ISSUE/publish.yaml" ] || python3 "$ROOT/bench/gen/gen.py" --articles "$N" --out "$ISSUE"
run() { # label, then the build's arguments; prints "seconds megabytes"
  local out=/tmp/publish-issue-out-$$
  rm -rf "$out"
  /usr/bin/time -f "%e %M" -o /tmp/publish-issue-time-$$ $P build "$@" -o "$out" -q --force >/dev/null 2>&1 || true
  rm -rf "$out"
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' /tmp/publish-issue-time-$$
}
median() { sort -n | sed -n 2p; }
for what in book alone; do
  times=(); mems=()
  for i in 1 2 3; do
    if [ $what = book ]; then r=$(run "$ISSUE/publish.yaml"); else r=$(run "$ISSUE/articles"); fi
    times+=("${r% *}"); mems+=("${r#* }")
  done
  echo "$what: $(printf '%s\n' "${times[@]}" | median) s, peak $(printf '%s\n' "${mems[@]}" | median) MB (median of 3; $N articles)"
done
rm -f /tmp/publish-issue-time-$$
