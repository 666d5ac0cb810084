#!/usr/bin/env bash
# Import speed: indicatorhub import vs sqlite3 .import on the same Kolada-shaped long CSV, same run.
# Usage: bench/run-import.sh [ROWS]   (default 5000000; needs the sqlite3 shell: apt-get install -y sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5000000}"
command -v sqlite3 >/dev/null || { echo "sqlite3 shell missing: apt-get install -y sqlite3" >&2; exit 2; }
cli=$(bench/publish-cli.sh)
dotnet build -c Release bench/IndicatorHub.Bench -v q -nologo
dotnet bench/IndicatorHub.Bench/bin/Release/net10.0/IndicatorHub.Bench.dll import \
  --cli "$cli" --rows "$rows" --results bench/RESULTS.md
