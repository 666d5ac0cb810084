#!/usr/bin/env bash
# All of Kolada at once (issue 10): `indicatorhub import DIR` of the 2 958 files of
# ../shared/realdata/kolada-all against the sqlite3 shell procedure (each file `.import`ed into a staging table,
# then INSERT OR REPLACE of its non-empty values into a table keyed (kpi, area, period, gender), all in one
# transaction), alternating rounds in the same run; then checks that both stored the same values, re-imports the
# unchanged archive into IndicatorHub's store, and appends the figures to bench/RESULTS.md.
# Usage: bench/run-archive.sh [ROUNDS]   (default 5; needs sqlite3, zstd and GNU time: apt-get install sqlite3 zstd time)
# Environment: KOLADA_ALL (the kolada-all folder), WORK (scratch folder, default /tmp/indicatorhub-bench-archive).
# The store of the last round stays at $WORK/ih.db, for bench/run-measures.sh 0 --store "$WORK/ih.db".
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
for candidate in "${KOLADA_ALL:-}" ../shared/realdata/kolada-all ../../shared/realdata/kolada-all; do
  if [ -n "$candidate" ] && [ -f "$candidate/kolada-values-2024-08-30.tar.zst" ]; then source_dir="$candidate"; break; fi
done
[ -n "${source_dir:-}" ] || { echo "kolada-all not found; set KOLADA_ALL" >&2; exit 2; }
for tool in sqlite3 zstd /usr/bin/time; do command -v "$tool" >/dev/null || { echo "$tool missing" >&2; exit 2; }; done
work="${WORK:-/tmp/indicatorhub-bench-archive}"
mkdir -p "$work"
results="$PWD/bench/RESULTS.md"
cli=$(bench/publish-cli.sh)

if [ ! -d "$work/archive/geo_year" ]; then
  mkdir -p "$work/archive"
  tar --zstd -xf "$source_dir/kolada-values-2024-08-30.tar.zst" -C "$work/archive"
fi
files=$(find -L "$work/archive" -type f -name '*.csv' | wc -l)

# The reference: what an analyst would write for the sqlite3 shell. The KPI id is the value column's header; a
# file without a gender column holds totals (T).
{
  echo "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
  echo "CREATE TABLE obs (kpi TEXT NOT NULL, area TEXT NOT NULL, period TEXT NOT NULL, gender TEXT NOT NULL, value REAL, PRIMARY KEY (kpi, area, period, gender)) WITHOUT ROWID;"
  echo "CREATE TEMP TABLE stage3 (geo TEXT, year TEXT, value TEXT); CREATE TEMP TABLE stage4 (geo TEXT, year TEXT, gender TEXT, value TEXT);"
  echo "BEGIN;"
  find -L "$work/archive" -type f -name '*.csv' | LC_ALL=C sort | while read -r f; do
    header=$(head -n 1 "$f" | tr -d '\r'); kpi=${header##*,}; kpi=${kpi^^}
    case "$header" in
      geo,year,gender,*) echo ".import --csv --skip 1 '$f' stage4"
        echo "INSERT OR REPLACE INTO obs SELECT '$kpi', geo, year, gender, value FROM stage4 WHERE value <> ''; DELETE FROM stage4;";;
      *) echo ".import --csv --skip 1 '$f' stage3"
        echo "INSERT OR REPLACE INTO obs SELECT '$kpi', geo, year, 'T', value FROM stage3 WHERE value <> ''; DELETE FROM stage3;";;
    esac
  done
  echo "COMMIT;"
} > "$work/shell.sql"

# Runs a command under GNU time; prints "seconds peak_MiB".
measure() {
  local log="$1"; shift
  /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1 || { echo "failed: $* (see $log)" >&2; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log.time")
  echo "$wall $rss"
}
run_shell() { rm -rf "$work/shell.db"*; measure "$work/shell.log" sqlite3 "$work/shell.db" < "$work/shell.sql"; }
run_ih() { rm -rf "$work/ih.db"*; measure "$work/ih.log" dotnet "$cli" import "$work/archive" --db "$work/ih.db"; }
load() { cut -d' ' -f1 /proc/loadavg; }

header="| date | round | load before | sqlite3 shell | indicatorhub import DIR | ratio |"
if ! grep -qF "$header" "$results"; then
  cat >> "$results" <<EOT

## All of Kolada at once: \`indicatorhub import DIR\` vs the sqlite3 shell (bench/run-archive.sh)

The 2 958 files of ../shared/realdata/kolada-all (9 539 194 rows, 7 387 543 non-empty values). The shell
\`.import\`s each file into a staging table and INSERT OR REPLACEs its non-empty values into a table keyed
(kpi, area, period, gender), all in one transaction; IndicatorHub imports the folder, each file its own batch and
transaction (with its SHA-256, provenance per value, area/period/indicator resolution; empty cells are counted
and, where a stored value had them, withdraw it). Ratio = shell seconds ÷ IndicatorHub seconds (> 1: IndicatorHub faster). Memory is
the peak resident set (GNU time). Rounds alternate which side runs first. "load" is the 1-minute load average
just before the round's first run: the machine is shared with other engineers' builds and tests.

$header
|---|---|---|---|---|---|
EOT
fi

best_shell=""; best_ih=""; ratios=""
printf '\n%s\n|---|---|---|---|---|---|\n' "$header" > "$work/rows.md"
for round in $(seq 1 "$rounds"); do
  before=$(load)
  if [ $((round % 2)) -eq 1 ]; then s=$(run_shell); i=$(run_ih); else i=$(run_ih); s=$(run_shell); fi
  read -r s_wall s_rss <<< "$s"; read -r i_wall i_rss <<< "$i"
  ratio=$(awk -v a="$s_wall" -v b="$i_wall" 'BEGIN { printf "%.2f", a / b }')
  ratios="$ratios $ratio"
  row="| $(date -u +%F) | $round of $rounds | $before | ${s_wall} s (${s_rss} MiB) | ${i_wall} s (${i_rss} MiB) | **$ratio** |"
  echo "$row"; echo "$row" >> "$work/rows.md"
  best_shell=$(awk -v a="$s_wall" -v b="${best_shell:-1e9}" 'BEGIN { print (a < b ? a : b) }')
  best_ih=$(awk -v a="$i_wall" -v b="${best_ih:-1e9}" 'BEGIN { print (a < b ? a : b) }')
done
tail -n 1 "$work/ih.log"
# The machine's speed drifts by ±20 % within minutes, for both sides: a round's own ratio is the figure to trust,
# and the median of the rounds' ratios the run's.
median=$(echo $ratios | tr ' ' '\n' | sort -n | awk '{ r[NR] = $1 } END { printf "%.2f", NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
range=$(echo $ratios | tr ' ' '\n' | sort -n | sed -n '1p;$p' | paste -sd '-' | sed 's/-/–/')

# Both stored the same values: every non-empty value of the shell's table, keyed the same way, in IndicatorHub's.
# SQLite 3.40's text-to-REAL conversion is not always correctly rounded (74.632911 becomes 74.63291100000000710…,
# one unit in the last place above the nearest double, which .NET's parser and Python's float give), so values
# are compared to 1e-12 relative and the last-place differences are counted apart.
ih_rows=$(sqlite3 "$work/ih.db" "SELECT COUNT(*) FROM observations")
read -r shell_count ih_count missing differing last_place <<< "$(sqlite3 -separator ' ' "$work/ih.db" "
  ATTACH '$work/shell.db' AS shell;
  CREATE TEMP VIEW ih AS
    SELECT i.code AS kpi, a.kolada_id AS area, o.period AS period,
           CASE o.subgroup WHEN 'female' THEN 'K' WHEN 'male' THEN 'M' ELSE 'T' END AS gender, o.value AS value
    FROM observations o JOIN indicators i ON i.id = o.indicator_id JOIN areas a ON a.id = o.area_id
    WHERE o.value IS NOT NULL;
  SELECT (SELECT COUNT(*) FROM shell.obs), (SELECT COUNT(*) FROM ih),
         (SELECT COUNT(*) FROM (SELECT kpi, area, period, gender FROM shell.obs EXCEPT SELECT kpi, area, period, gender FROM ih)),
         (SELECT COUNT(*) FROM shell.obs s JOIN ih USING (kpi, area, period, gender) WHERE ABS(s.value - ih.value) > 1e-12 * ABS(s.value)),
         (SELECT COUNT(*) FROM shell.obs s JOIN ih USING (kpi, area, period, gender) WHERE s.value <> ih.value AND ABS(s.value - ih.value) <= 1e-12 * ABS(s.value));")"
echo "ratios:$ratios (median $median); shell values $shell_count, indicatorhub values $ih_count in $ih_rows rows, keys missing $missing, values differing $differing (last place only: $last_place)"

# Re-import of the unchanged archive into the last round's store.
fingerprint() { sqlite3 "$work/ih.db" "SELECT COUNT(*), TOTAL(value), TOTAL(batch_id), COUNT(status) FROM observations"; }
before_fp=$(fingerprint); before=$(load)
read -r r_wall r_rss <<< "$(measure "$work/reimport.log" dotnet "$cli" import "$work/archive" --db "$work/ih.db")"
after_fp=$(fingerprint)
summary=$(tail -n 1 "$work/reimport.log")
same=$([ "$before_fp" = "$after_fp" ] && echo "no value or batch changed" || echo "VALUES CHANGED")
speedup=$(awk -v a="$best_ih" -v b="$r_wall" 'BEGIN { printf "%.1f", a / b }')
cat >> "$work/rows.md" <<EOT

Run of $(date -u +%F) ($files files, $rounds rounds): the rounds' ratios $range, **median $median**; best sqlite3 $best_shell s,
best IndicatorHub $best_ih s, best-of ratio **$(awk -v a="$best_shell" -v b="$best_ih" 'BEGIN { printf "%.2f", a / b }')**. Same values: the shell stored $shell_count values, IndicatorHub $ih_count values in $ih_rows rows; keys of the shell
missing in IndicatorHub: $missing; values differing (beyond 1e-12 relative): $differing; differing in the last binary place only,
where SQLite 3.40's text-to-REAL conversion rounds off the nearest double: $last_place. Re-import of the unchanged archive into that store (load
$before): **$r_wall s** ($r_rss MiB), $speedup× faster than the best first import; $same. Its summary: \`$summary\`
EOT
echo "re-import: $r_wall s ($r_rss MiB), ${speedup}x; $same"
echo "$summary"

# The rounds and the run's summary go at the end of this section, before the next one.
awk -v block="$work/rows.md" '
  function put(  line) { while ((getline line < block) > 0) print line; close(block) }
  /^## All of Kolada at once/ { inside = 1; print; next }
  inside && /^## / { put(); print ""; inside = 0 }
  { print }
  END { if (inside) put() }' "$results" > "$results.new" && mv "$results.new" "$results"
