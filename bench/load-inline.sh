#!/usr/bin/env bash
# POST /judges/judge/inline under load: builds the service and the bench in Release, starts the service on a free
# loopback port with its embedded defaults (in a temporary folder), drives CONNECTIONS connections for DURATION seconds
# with METRICS metrics × POINTS points a side, and prints req/s, p50/p90/p99, the service's CPU per request, the load
# average, and the same request's steps measured in-process. Then the stored path: n = m = STORED_POINTS through
# /metricSetPairList + /judges/judge against the judgement alone.
# Knobs: METRICS (50) POINTS (720) CONNECTIONS (4) DURATION (20 seconds) STORED_POINTS (100000) STORED_REPS (5)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Judge.Api -v quiet -nologo >/dev/null
dotnet build -c Release bench/Judge.Bench -v quiet -nologo >/dev/null
run() { dotnet run -c Release --no-build --project bench/Judge.Bench -- "$@"; }
run load-inline --metrics "${METRICS:-50}" --points "${POINTS:-720}" --connections "${CONNECTIONS:-4}" --seconds "${DURATION:-20}"
run stored-judge --points "${STORED_POINTS:-100000}" --reps "${STORED_REPS:-5}"
