#!/usr/bin/env bash
# Executions end to end against a real Prometheus: builds the service and the bench in Release, backfills a Prometheus
# (the Debian `prometheus` package: apt-get install prometheus) with METRICS gauges × baseline/canary, a sample every
# STEP seconds for POINTS steps, starts the service with a prometheus account on it, and times POST /canary → complete
# for RUNS executions one at a time, then CONCURRENT started at once (wall time, service CPU, peak RSS).
# Knobs: METRICS (20) POINTS (360) STEP (10 seconds) RUNS (10) CONCURRENT (100); API=path/to/Judge.Api.dll for another build.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Judge.Api -v quiet -nologo >/dev/null
dotnet build -c Release bench/Judge.Bench -v quiet -nologo >/dev/null
args=(executions --metrics "${METRICS:-20}" --points "${POINTS:-360}" --step "${STEP:-10}" --runs "${RUNS:-10}" --concurrent "${CONCURRENT:-100}")
if [[ -n "${API:-}" ]]; then args+=(--api "$API"); fi
dotnet run -c Release --no-build --project bench/Judge.Bench -- "${args[@]}"
