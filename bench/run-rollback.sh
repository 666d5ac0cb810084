#!/usr/bin/env bash
# The rollback trigger's cost: a file replacing every one of ROWS values, imported with and without the trigger
# (observations_keep_replaced), alternating rounds in the same run. Usage: bench/run-rollback.sh [ROWS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-200000}"
rounds="${2:-3}"
dotnet build -c Release bench/IndicatorHub.Bench -v q -nologo
dotnet bench/IndicatorHub.Bench/bin/Release/net10.0/IndicatorHub.Bench.dll rollback --rows "$rows" --rounds "$rounds" --results bench/RESULTS.md
