#!/usr/bin/env bash
# Publishes the CLI as it is installed for use (Release, ReadyToRun: its start-up code compiled ahead, not by the
# JIT in every process) into bench/out/cli and prints the path of indicatorhub.dll. The import benchmarks time this
# build, the one an analyst runs; `dotnet build` output JIT-compiles everything at start-up (about 0.5 s per process).
set -euo pipefail
cd "$(dirname "$0")/.."
out="$PWD/bench/out/cli"
dotnet publish src/IndicatorHub.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v q -nologo >&2
echo "$out/indicatorhub.dll"
