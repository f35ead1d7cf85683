#!/usr/bin/env bash
# Issue 19, item 3: how fast the tool a user actually runs builds the 300-section bench book, beside Typst in the
# same run. Each variant is one whole process (start-up included), run in turn with the others (interleaved, so a
# machine whose speed drifts from minute to minute slows them all alike); prints the median wall time, the median
# user CPU time, the largest peak memory (/usr/bin/time -v's maximum resident set) and Typst's median over each.
#
# usage: bench/startup.sh [NAME=COMMAND_PREFIX ...]
#   Each argument names a Publish variant and the command that starts it, e.g.
#     release="dotnet src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll"   (dotnet build -c Release)
#     tool="$HOME/.dotnet/tools/publish"                                            (dotnet tool install)
#     native=/opt/publish/publish                                                  (publish profile native)
#   Default: the Release build output of this checkout.
# RUNS=5 (runs of each), SECTIONS=300, WORK=bench/work. Typst is the Node compiler bench/compare.sh uses
# (@myriaddreamin/typst-ts-node-compiler 0.7.0, installed under WORK/node when missing; needs node and npm),
# with only the fonts of styles/fonts, as Publish.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="${WORK:-$root/bench/work}"
runs="${RUNS:-5}"
sections="${SECTIONS:-300}"
mkdir -p "$work"

declare -a names=() commands=()
if [ $# -eq 0 ]; then set -- "release=dotnet $root/src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll"; fi
for variant in "$@"; do
  names+=("${variant%%=*}")
  commands+=("${variant#*=}")
done

if [ ! -d "$work/node/node_modules/@myriaddreamin/typst-ts-node-compiler" ]; then
  mkdir -p "$work/node" && (cd "$work/node" && npm init -y >/dev/null && npm install --silent @myriaddreamin/typst-ts-node-compiler@0.7.0)
fi
book="$work/book-$sections"
[ -f "$book/book.typ" ] || python3 bench/gen/gen.py --sections "$sections" --out "$book" --format markdown --format typst >/dev/null

names+=(typst)
commands+=("node $root/bench/typst-compile.mjs $work/node $root/styles/fonts $book/book.typ $work/startup-typst.pdf")
publish_args=(build "$book/book.md" -o "$work/startup-out" --style "$root/styles/bench.yaml" -q --force)

# One run: "wall user peak_kb" from /usr/bin/time's own format (seconds, seconds, kilobytes).
measure() {
  local name="$1" command="$2" out
  if [ "$name" = typst ]; then
    # shellcheck disable=SC2086 # the command is a prefix of words, split on purpose
    out=$(/usr/bin/time -f '%e %U %M' $command 2>&1 >/dev/null | tail -1)
  else
    # shellcheck disable=SC2086
    out=$(/usr/bin/time -f '%e %U %M' $command "${publish_args[@]}" 2>&1 >/dev/null | tail -1)
  fi
  echo "$out"
}

declare -A samples=()
for ((run = 1; run <= runs; run++)); do
  for i in "${!names[@]}"; do
    samples[${names[$i]}]+="$(measure "${names[$i]}" "${commands[$i]}");"
  done
done

printf '%-10s %8s %8s %8s %12s\n' variant wall_s user_s peak_MB typst_wall/wall
typst_median=$(python3 -c "import statistics,sys; print(statistics.median(float(s.split()[0]) for s in sys.argv[1].split(';') if s))" "${samples[typst]}")
for name in "${names[@]}"; do
  python3 - "$name" "${samples[$name]}" "$typst_median" <<'EOF'
import statistics, sys
name, raw, typst = sys.argv[1], sys.argv[2], float(sys.argv[3])
rows = [list(map(float, s.split())) for s in raw.split(';') if s]
wall = statistics.median(r[0] for r in rows)
user = statistics.median(r[1] for r in rows)
peak = max(r[2] for r in rows) / 1024
print(f"{name:<10} {wall:8.2f} {user:8.2f} {peak:8.0f} {typst / wall:11.1f}x   (walls: {', '.join(f'{r[0]:.2f}' for r in rows)})")
EOF
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
