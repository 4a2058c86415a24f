#!/usr/bin/env bash
# The Judge walkthrough: two instances of examples/sample-app (baseline and canary) scraped every second by a local
# Prometheus, a bounded load at both, then Judge (its embedded defaults plus a Prometheus account) judges the canary
# over the window just scraped and prints the verdict, every metric's classification and the report's URL.
# Everything listens on 127.0.0.1 only and everything started here is stopped when the script ends.
#
#   examples/prometheus-demo/run.sh [--success-rate N] [--latency-ms N] [--seconds N] [--keep]
#
#   --success-rate  the canary's SUCCESS_RATE, 0-100 (default 70: a failing canary; the baseline answers 100 % with 200)
#   --latency-ms    the canary's LATENCY_MS (default 100, the baseline's; 150 is "+50 %")
#   --seconds       how long the load runs, 20-3600 (default 60); the first 6 s are not judged (rate() needs them)
#   --keep          leave Judge running afterwards so the report URL stays reachable (Ctrl-C stops it)
#
# Needs: the .NET SDK, curl, prometheus (Debian package `prometheus`) and awk. Ports: BASELINE_PORT (18081),
# CANARY_PORT (18082), PROMETHEUS_PORT (19090), JUDGE_PORT (18090).
set -euo pipefail
export LC_ALL=C

baseline_success=100 baseline_latency=100
canary_success=70 canary_latency=$baseline_latency seconds=60 keep=false
# Requests per second at each instance, at most this many in flight per instance.
per_second=10 in_flight=4
# rate(...[5s]) with a 1 s scrape holds a full window only 6 s after the load starts.
warmup=6

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
number() { # value, name, min, max
  case "$1" in '' | *[!0-9]*) echo "$2 must be a whole number, not '$1'" >&2; exit 2 ;; esac
  if [ "$1" -lt "$3" ] || [ "$1" -gt "$4" ]; then echo "$2 must be between $3 and $4, not $1" >&2; exit 2; fi
}
while [ $# -gt 0 ]; do
  case "$1" in
    --success-rate) [ $# -ge 2 ] || usage; canary_success="$2"; shift 2 ;;
    --latency-ms) [ $# -ge 2 ] || usage; canary_latency="$2"; shift 2 ;;
    --seconds) [ $# -ge 2 ] || usage; seconds="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h | --help) usage ;;
    *) echo "unknown option '$1'" >&2; usage ;;
  esac
done
number "$canary_success" --success-rate 0 100
number "$canary_latency" --latency-ms 0 10000
number "$seconds" --seconds 20 3600

root=$(cd "$(dirname "$0")/../.." && pwd)
demo="$root/examples/prometheus-demo"
baseline_port=${BASELINE_PORT:-18081} canary_port=${CANARY_PORT:-18082}
prom_port=${PROMETHEUS_PORT:-19090} judge_port=${JUDGE_PORT:-18090}

for tool in dotnet curl prometheus awk; do
  command -v "$tool" >/dev/null || {
    case "$tool" in
      prometheus) echo "prometheus is missing: apt-get install -y prometheus" >&2 ;;
      *) echo "$tool is missing" >&2 ;;
    esac
    exit 1
  }
done
for port in "$baseline_port" "$canary_port" "$prom_port" "$judge_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port on 127.0.0.1 is already in use (choose others with BASELINE_PORT, CANARY_PORT, PROMETHEUS_PORT, JUDGE_PORT)" >&2
    exit 1
  fi
done

work=$(mktemp -d)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A JSON field of a document in a file, by its flattened path (see json.awk): json FILE PATH
json() { awk -f "$demo/json.awk" "$1" | awk -F '\t' -v path="$2" '$1 == path && !found { print $2; found = 1 }'; }

wait_for() { # url, what, log
  local _
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$2 did not come up at $1; its log:" >&2
  tail -n 30 "$3" >&2
  exit 1
}

echo "building the sample app and Judge ..."
dotnet build -c Release -nologo -v q "$root/examples/sample-app/SampleApp.csproj" >"$work/build.log" 2>&1 \
  && dotnet build -c Release -nologo -v q "$root/src/Judge.Api/Judge.Api.csproj" >>"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
sample_dll="$root/examples/sample-app/bin/Release/net10.0/SampleApp.dll"
judge_dll="$root/src/Judge.Api/bin/Release/net10.0/Judge.Api.dll"

start_app() { # version, success rate, latency, port; run in its own folder so no other appsettings.json applies
  (cd "$(dirname "$sample_dll")" && VERSION="$1" SUCCESS_RATE="$2" LATENCY_MS="$3" ASPNETCORE_URLS="http://127.0.0.1:$4" \
    exec dotnet "$sample_dll") >"$work/$1.log" 2>&1 &
  pids+=($!)
}
start_app baseline "$baseline_success" "$baseline_latency" "$baseline_port"
start_app canary "$canary_success" "$canary_latency" "$canary_port"
wait_for "http://127.0.0.1:$baseline_port/healthz" "the baseline" "$work/baseline.log"
wait_for "http://127.0.0.1:$canary_port/healthz" "the canary" "$work/canary.log"

cat >"$work/prometheus.yml" <<YAML
global: { scrape_interval: 1s, evaluation_interval: 1s }
scrape_configs:
  - job_name: sample-app
    static_configs: [ { targets: ["127.0.0.1:$baseline_port", "127.0.0.1:$canary_port"] } ]
YAML
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$prom_port" >"$work/prometheus.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$prom_port/-/ready" "Prometheus" "$work/prometheus.log"

echo "load: ${seconds} s of $per_second requests/s at the baseline (SUCCESS_RATE=$baseline_success, LATENCY_MS=$baseline_latency)"
echo "      and at the canary (SUCCESS_RATE=$canary_success, LATENCY_MS=$canary_latency) ..."
# One tick a second for a fixed number of ticks; each tick sends per_second requests to each instance.
start=$(date -u +%s)
for tick in $(seq 1 "$seconds"); do
  sleep 1 &
  tick_pids=($!)
  for port in "$baseline_port" "$canary_port"; do
    curl -s -Z --parallel-max "$in_flight" --max-time 10 "http://127.0.0.1:$port/?tick=$tick&n=[1-$per_second]" >/dev/null 2>&1 &
    tick_pids+=($!)
  done
  wait "${tick_pids[@]}" || true
  if [ $((tick % 10)) -eq 0 ]; then echo "  ${tick} s"; fi
done
end=$(date -u +%s)
# Let Prometheus scrape the last requests.
sleep 2
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
from=$(iso $((start + warmup))) to=$(iso "$end")

dotnet "$judge_dll" --urls "http://127.0.0.1:$judge_port" --Judge:DataPath="$work/judge-data" \
  --Judge:Accounts:prometheus:Type=prometheus --Judge:Accounts:prometheus:BaseUrl="http://127.0.0.1:$prom_port" \
  >"$work/judge.log" 2>&1 &
judge_pid=$!
pids+=("$judge_pid")
judge="http://127.0.0.1:$judge_port"
wait_for "$judge/healthz" "Judge" "$work/judge.log"

post() { # path, body file, answer file
  local code
  code=$(curl -sS -o "$3" -w '%{http_code}' -X POST "$judge$1" -H 'Content-Type: application/json' --data-binary @"$2")
  if [ "$code" != 200 ]; then
    echo "POST $1 answered $code:" >&2
    cat "$3" >&2
    echo >&2
    exit 1
  fi
}

post /canaryConfig "$demo/canary-config.json" "$work/config-id.json"
config_id=$(json "$work/config-id.json" canaryConfigId)

scope() { printf '{"scope":"%s","location":"local","start":"%s","end":"%s","step":1}' "$1" "$from" "$to"; }
printf '{"scopes":{"default":{"controlScope":%s,"experimentScope":%s}},"thresholds":{"pass":95,"marginal":75}}\n' \
  "$(scope baseline)" "$(scope canary)" >"$work/request.json"
post "/canary/$config_id?application=sample-app" "$work/request.json" "$work/execution-id.json"
execution_id=$(json "$work/execution-id.json" canaryExecutionId)

echo "judging baseline against canary from $from to $to (execution $execution_id) ..."
for _ in $(seq 1 600); do
  curl -fsS -o "$work/execution.json" "$judge/canary/$execution_id"
  [ "$(json "$work/execution.json" complete)" = true ] && break
  sleep 0.2
done
awk -f "$demo/json.awk" "$work/execution.json" >"$work/execution.txt"
field() { awk -F '\t' -v path="$1" '$1 == path && !found { print $2; found = 1 }' "$work/execution.txt"; }

status=$(field status)
if [ "$(field complete)" != true ]; then
  echo "the execution did not complete within 2 minutes (status $status)" >&2
  exit 1
fi
if [ "$status" != succeeded ]; then
  echo "the execution ended $status: $(field exception.details.error)" >&2
  exit 1
fi

echo
echo "verdict: $(field result.judgeResult.score.classification) (score $(field result.judgeResult.score.score))"
i=0
while [ -n "$(field "result.judgeResult.results[$i].name")" ]; do
  metric="result.judgeResult.results[$i]"
  printf '  %-20s %-6s %s\n' "$(field "$metric.name")" "$(field "$metric.classification")" "$(field "$metric.classificationReason")"
  i=$((i + 1))
done
echo "report: $judge/canary/$execution_id/report   (JSON: $judge/canary/$execution_id)"
if $keep; then
  echo "Judge keeps running until Ctrl-C"
  wait "$judge_pid"
else
  echo "(everything started here is stopped now; --keep leaves Judge running so the report stays reachable)"
fi
