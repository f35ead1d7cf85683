#!/usr/bin/env bash
# Issue 17: does a table-heavy book cost at most 1.3x the same book without tables? The generated book
# (bench/gen/gen.py, 300 sections) is built with and without `--tables` (a 10-row captioned pipe table in every
# section, the text otherwise byte-identical), by the same `publish build` (PDF + EPUB, styles/bench.yaml).
# Runs alternate (plain, tables, plain, tables, …) so a busy machine slows both alike; the medians are compared.
#
# usage: bench/tables.sh [RUNS]          (default 5 runs of each)
#   SECTIONS=N          another book size (default 300)
#   PUBLISH="CMD"       another build of the CLI (default: this tree's Release build, built first)
#   LIMIT=1.3           the ratio the verdict checks
# Prints each run, then `plain median`, `tables median`, the ratio and PASS/FAIL; exit 1 on FAIL.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
runs="${1:-5}"
sections="${SECTIONS:-300}"
limit="${LIMIT:-1.3}"
work="$root/bench/work/tables-$sections"
mkdir -p "$work"

[ -f "$work/plain/book.md" ] || python3 bench/gen/gen.py --sections "$sections" --out "$work/plain" >/dev/null
[ -f "$work/tables/book.md" ] || python3 bench/gen/gen.py --sections "$sections" --out "$work/tables" --tables >/dev/null
if [ -z "${PUBLISH:-}" ]; then
  dotnet build src/Publish.Cli -c Release --nologo -v quiet >/dev/null
  PUBLISH="dotnet $root/src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll"
fi
[ -x /usr/bin/time ] || { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null; }

export SOURCE_DATE_EPOCH=1700000000
times="$work/times.txt"
: > "$times"
for run in $(seq "$runs"); do
  for kind in plain tables; do
    out="$work/out-$kind"
    rm -rf "$out"
    # --force: never a cache hit; warnings (e.g. constructs an edition does not set yet) go to the .err file.
    if ! /usr/bin/time -f "%e %M" -o "$work/time-$kind" $PUBLISH build "$work/$kind/book.md" -o "$out" \
        --style "$root/styles/bench.yaml" -q --force 2>"$work/$kind.err"; then
      echo "$kind: publish failed (see $work/$kind.err)"; exit 1
    fi
    read -r seconds kb < "$work/time-$kind"
    echo "$kind $seconds $kb" >> "$times"
    printf 'run %d %-6s %6.2f s %6.0f MB %4s pages\n' "$run" "$kind" "$seconds" "$((kb / 1024))" \
      "$(pdfinfo "$out/book.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  done
done

python3 - "$times" "$limit" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
limit = float(sys.argv[2])
median = {k: statistics.median(float(s) for kind, s, _ in rows if kind == k) for k in ("plain", "tables")}
peak = {k: max(int(m) for kind, _, m in rows if kind == k) // 1024 for k in ("plain", "tables")}
ratio = median["tables"] / median["plain"]
for k in ("plain", "tables"):
    print(f"{k:<7} median {median[k]:.2f} s, peak {peak[k]} MB")
verdict = "PASS" if ratio <= limit else "FAIL"
print(f"tables / plain = {ratio:.2f}x (limit {limit}x): {verdict}")
sys.exit(0 if verdict == "PASS" else 1)
PY
