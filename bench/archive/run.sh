#!/usr/bin/env bash
# Release-build benchmark: a generated archive of N commentary-sized manuscripts (PDF + EPUB each), built
# cold (empty output), then warm (nothing changed), then after one image changed. Prints wall times and
# the start-up time of the tool alone, so "warm beyond start-up" can be read off.
#   bench/archive/run.sh                 # N=500, JOBS = cores
#   N=100 JOBS=1 bench/archive/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-500}
JOBS=${JOBS:-0}
WORK=${WORK:-bench/work/archive-$N}
PUBLISH_DLL=src/Publish.Cli/bin/Release/net10.0/linux-x64/publish.dll
export SOURCE_DATE_EPOCH=1700000000

[ -f "$PUBLISH_DLL" ] || dotnet build src/Publish.Cli -c Release -v quiet --nologo
rm -rf "$WORK"
python3 bench/archive/gen_archive.py --count "$N" --out "$WORK/manuscripts"

# Wall and CPU (user + sys) seconds of one command: on a shared machine the CPU time is the steadier figure.
seconds() {
  local start end cpu
  start=$(date +%s.%N)
  cpu=$( { TIMEFORMAT='%U + %S'; time "$@" >/dev/null 2>&1; } 2>&1 )
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) s wall, $(echo "$cpu" | bc) s CPU"
}
jobs_option=()
[ "$JOBS" != 0 ] && jobs_option=(--jobs "$JOBS")

startup=$(seconds dotnet "$PUBLISH_DLL" --help)
cold=$(seconds dotnet "$PUBLISH_DLL" build "$WORK/manuscripts" -o "$WORK/out" --quiet "${jobs_option[@]}" --report "$WORK/cold.json")
warm=$(seconds dotnet "$PUBLISH_DLL" build "$WORK/manuscripts" -o "$WORK/out" --quiet "${jobs_option[@]}" --report "$WORK/warm.json")
printf 'x' >> "$WORK/manuscripts/images/article-0010.png"
one=$(seconds dotnet "$PUBLISH_DLL" build "$WORK/manuscripts" -o "$WORK/out" --quiet "${jobs_option[@]}" --report "$WORK/one.json")

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
for name in ("cold", "warm", "one"):
    r = json.load(open(f"{work}/{name}.json"))
    built = sum(1 for m in r["results"] if m["status"] == "built")
    size = sum(o["bytes"] for m in r["results"] for o in m["outputs"])
    pages = sum(m.get("pages", 0) for m in r["results"])
    print(f"{name}: {r['manuscripts']} manuscripts, {built} built, {r['fromCache']} from cache, {r['failed']} failed, "
          f"{pages} pages, {size/1e6:.1f} MB of editions, {r['elapsedMs']} ms inside the tool")
PY
echo "start-up (publish --help): ${startup}"
echo "cold build: ${cold}"
echo "warm build: ${warm}"
echo "one image changed: ${one}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
