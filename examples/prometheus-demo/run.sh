#!/usr/bin/env bash
# The Judge walkthrough: two instances of examples/sample-app (baseline and canary) scraped every second by a local
# Prometheus, a bounded load at both, then Judge (embedded defaults + a Prometheus account) judges the canary.
# Everything listens on 127.0.0.1 and is stopped when the script ends.
#
#   examples/prometheus-demo/run.sh [--success-rate N] [--latency-ms N] [--seconds N] [--keep]
#
#   --success-rate  the canary's SUCCESS_RATE, 0-100 (default 70: a failing canary; the baseline has 100)
#   --latency-ms    the canary's LATENCY_MS (default 20, the baseline's)
#   --seconds       how long the load runs (default 60)
#   --keep          leave Judge running afterwards so the report URL stays reachable (Ctrl-C stops it)
set -euo pipefail

canary_success=70 canary_latency=20 seconds=60 keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --success-rate) canary_success="$2"; shift 2 ;;
    --latency-ms) canary_latency="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/../.." && pwd)
demo="$root/examples/prometheus-demo"
work=$(mktemp -d)
baseline_port=${BASELINE_PORT:-18081} canary_port=${CANARY_PORT:-18082}
prom_port=${PROMETHEUS_PORT:-19090} judge_port=${JUDGE_PORT:-18090}
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v prometheus >/dev/null || { echo "Prometheus is missing: apt-get install -y prometheus" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is missing" >&2; exit 1; }

wait_for() { # url, what
  for _ in $(seq 1 100); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.2; done
  echo "$2 did not come up at $1" >&2; exit 1
}

echo "building sample app and Judge ..."
dotnet build -c Release -v q "$root/examples/sample-app" >/dev/null
dotnet build -c Release -v q "$root/src/Judge.Api" >/dev/null
sample_dll="$root/examples/sample-app/bin/Release/net10.0/SampleApp.dll"
judge_dll="$root/src/Judge.Api/bin/Release/net10.0/Judge.Api.dll"

VERSION=baseline SUCCESS_RATE=100 LATENCY_MS=20 ASPNETCORE_URLS="http://127.0.0.1:$baseline_port" \
  dotnet "$sample_dll" >"$work/baseline.log" 2>&1 & pids+=($!)
VERSION=canary SUCCESS_RATE="$canary_success" LATENCY_MS="$canary_latency" ASPNETCORE_URLS="http://127.0.0.1:$canary_port" \
  dotnet "$sample_dll" >"$work/canary.log" 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$baseline_port/healthz" "baseline"
wait_for "http://127.0.0.1:$canary_port/healthz" "canary"

cat >"$work/prometheus.yml" <<YAML
global: { scrape_interval: 1s, evaluation_interval: 1s }
scrape_configs:
  - job_name: sample-app
    static_configs: [ { targets: ["127.0.0.1:$baseline_port", "127.0.0.1:$canary_port"] } ]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 & pids+=($!)
wait_for "http://127.0.0.1:$prom_port/-/ready" "Prometheus"

echo "load: ${seconds}s at baseline (SUCCESS_RATE=100, LATENCY_MS=20) and canary (SUCCESS_RATE=$canary_success, LATENCY_MS=$canary_latency) ..."
start=$(date -u +%s)
end_at=$((start + seconds))
requests=0
while [ "$(date -u +%s)" -lt "$end_at" ] && [ "$requests" -lt $((seconds * 200)) ]; do
  curl -s -o /dev/null "http://127.0.0.1:$baseline_port/" & curl -s -o /dev/null "http://127.0.0.1:$canary_port/" & wait
  requests=$((requests + 1))
done
sleep 2
end=$(date -u +%s)
# The first seconds hold no rate() yet; judge the window after them.
from=$((start + 6))
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }

dotnet "$judge_dll" --urls "http://127.0.0.1:$judge_port" \
  --Judge:Accounts:prom:Type=prometheus --Judge:Accounts:prom:BaseUrl="http://127.0.0.1:$prom_port" \
  --Judge:Accounts:local:Type=filesystem --Judge:Accounts:local:Path="$work/judge-data" >"$work/judge.log" 2>&1 & judge_pid=$!
pids+=("$judge_pid")
judge="http://127.0.0.1:$judge_port"
wait_for "$judge/healthz" "Judge"

config_id=$(curl -fsS -X POST "$judge/canaryConfig" -H 'Content-Type: application/json' --data @"$demo/canary-config.json" \
  | sed -n 's/.*"canaryConfigId":"\([^"]*\)".*/\1/p')
scope() { # version
  printf '{"scope":"%s","location":"local","start":"%s","end":"%s","step":1}' "$1" "$(iso "$from")" "$(iso "$end")"
}
request=$(printf '{"scopes":{"default":{"controlScope":%s,"experimentScope":%s}},"thresholds":{"pass":95,"marginal":75}}' \
  "$(scope baseline)" "$(scope canary)")
execution_id=$(curl -fsS -X POST "$judge/canary/$config_id?application=sample-app" -H 'Content-Type: application/json' --data "$request" \
  | sed -n 's/.*"canaryExecutionId":"\([^"]*\)".*/\1/p')

status=""
for _ in $(seq 1 150); do
  status=$(curl -fsS "$judge/canary/$execution_id")
  case "$status" in *'"complete":true'*) break ;; esac
  sleep 0.2
done
case "$status" in *'"complete":true'*) ;; *) echo "the execution did not complete: $status" >&2; exit 1 ;; esac

summary=$(curl -fsS "$judge/canary/$execution_id/verdict" 2>/dev/null || true)
score=$(echo "$status" | grep -o '"score":{"score":[^,]*,"classification":"[A-Za-z]*"' | head -n 1)
echo
echo "execution $execution_id: $(echo "$status" | grep -o '"status":"[a-z_]*"' | head -n 1)"
echo "verdict: $score"
echo "$status" | grep -o '"name":"[a-z_]*","id":"[^"]*","tags":{[^}]*},"groups":\[[^]]*\],"classification":"[A-Za-z]*","classificationReason":"[^"]*"' \
  | sed 's/.*"name":"\([a-z_]*\)".*"classification":"\([A-Za-z]*\)","classificationReason":"\([^"]*\)"/  \1: \2 — \3/' || true
[ -n "$summary" ] && echo "$summary"
echo "report: $judge/canary/$execution_id/report   (JSON: $judge/canary/$execution_id)"
if $keep; then
  echo "Judge keeps running (Ctrl-C stops it)"; wait "$judge_pid"
fi
