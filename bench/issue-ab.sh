#!/usr/bin/env bash
# bench/issue-ab.sh [-r ROUNDS] PUBLISH... : issue 20's incremental target, several builds of the tool compared
# interleaved (round by round, so a busy moment of a shared machine hits them all alike). Each PUBLISH is a command
# (a native executable, or "dotnet path/publish.dll"); each round builds, for each, the generated 40-article issue cold
# (--force into a fresh folder) and then again after a sentence was added to its 20th article. Prints medians of wall
# and CPU (user + sys) seconds and the warm/cold share for each. Works on its own copy of the issue under /tmp.
set -eu
ROUNDS=4
if [ "${1:-}" = -r ]; then ROUNDS=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: bench/issue-ab.sh [-r ROUNDS] PUBLISH..." >&2; exit 64; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ -f /tmp/publish-issue-40/publish.yaml ] || python3 "$ROOT/bench/gen/gen.py" --articles 40 --out /tmp/publish-issue-40 >/dev/null
WORK=$(mktemp -d /tmp/publish-issue-ab-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp -r /tmp/publish-issue-40 "$WORK/issue"
ARTICLE=$(ls "$WORK"/issue/articles/*.md | sed -n 20p)
cp "$ARTICLE" "$WORK/original.md"
export SOURCE_DATE_EPOCH=1700000000
for round in $(seq "$ROUNDS"); do
  i=0
  for publish in "$@"; do
    i=$((i + 1)); out="$WORK/out-$i"
    cp "$WORK/original.md" "$ARTICLE"; rm -rf "$out"
    /usr/bin/time -f "$i cold %e %U %S" -a -o "$WORK/times" $publish build "$WORK/issue/publish.yaml" -o "$out" -q --force >/dev/null
    sed -i "0,/^[A-Z].*\.\$/s//& An added sentence, round $round./" "$ARTICLE"
    /usr/bin/time -f "$i warm %e %U %S" -a -o "$WORK/times" $publish build "$WORK/issue/publish.yaml" -o "$out" -q >/dev/null
  done
done
python3 - "$WORK/times" "$@" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    i, kind, wall, user, system = line.split()
    runs.setdefault((int(i), kind), []).append((float(wall), float(user) + float(system)))
for i, name in enumerate(sys.argv[2:], 1):
    cold, warm = runs[(i, "cold")], runs[(i, "warm")]
    cw, cc = statistics.median(r[0] for r in cold), statistics.median(r[1] for r in cold)
    ww, wc = statistics.median(r[0] for r in warm), statistics.median(r[1] for r in warm)
    print(f"{name}: cold {cw:.2f} s wall, {cc:.2f} s CPU; one article changed {ww:.2f} s wall, {wc:.2f} s CPU: "
          f"{100 * ww / cw:.0f} % of cold in wall time, {100 * wc / cc:.0f} % in CPU ({len(warm)} rounds)")
PY
