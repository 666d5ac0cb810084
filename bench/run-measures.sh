#!/usr/bin/env bash
# Inequality measures speed: women vs men, every measure, for every indicator × area × year of a Kolada-shaped
# store built with `indicatorhub import`, against just reading the same observations; appends to bench/RESULTS.md.
# Usage: bench/run-measures.sh [ROWS] [--reuse] [--store DB]   (default 5000000; --reuse keeps a store built by an earlier
# run; --store measures an existing store instead, e.g. the whole-Kolada store bench/run-archive.sh leaves behind)
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-5000000}"
shift || true
cli=$(bench/publish-cli.sh)
dotnet build -c Release bench/IndicatorHub.Bench -v q -nologo
dotnet bench/IndicatorHub.Bench/bin/Release/net10.0/IndicatorHub.Bench.dll measures \
  --cli "$cli" --rows "$rows" --results bench/RESULTS.md "$@"
