#!/usr/bin/env bash
# Gateway overhead benchmark: the same read endpoint called directly on a service and through the gateway,
# at 1, 16 and 64 connections, on loopback, with wrk. Prints p50 latency and throughput of both, the p50 the
# gateway adds and the throughput ratio (targets: added p50 <= 1 ms, gateway throughput >= 80 % of direct).
#
# Backend: a pilots-service already answering on $PILOTS_URL (default http://127.0.0.1:8081) is used if there is
# one (GET /api/v1/places); otherwise a small Vert.x stand-in service from the gateway's tests is started.
# The gateway runs packaged (target/quarkus-app) with its access log on and rate limiting off (one client at
# 64 connections would otherwise be measured as 429s).
#
# Usage: gateway/bench/run.sh   [DURATION=10s] [CONNECTIONS="1 16 64"] [PILOTS_URL=...] [BENCH_BACKEND=auto|standin]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
out="$module/target/bench"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-1 16 64}"
gateway_port="${BENCH_GATEWAY_PORT:-18080}"
standin_port="${BENCH_STANDIN_PORT:-18081}"
pilots_url="${PILOTS_URL:-http://127.0.0.1:8081}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
mkdir -p "$out"
pids=()
cleanup() { for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ ! -f "$module/target/quarkus-app/quarkus-run.jar" ] || [ ! -d "$module/target/test-classes" ]; then
  (cd "$root" && ./mvnw -B -q -pl gateway package -DskipTests)
fi

wait_for() { # url
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; return 1
}

if [ "${BENCH_BACKEND:-auto}" != standin ] && curl -fsS -o /dev/null --max-time 2 "$pilots_url/api/v1/places" 2>/dev/null; then
  backend_url="$pilots_url"
  backend="running pilots-service at $pilots_url"
else
  (cd "$root" && ./mvnw -B -q -pl gateway dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$out/classpath.txt" >/dev/null)
  "$java" -Xmx256m -cp "$module/target/test-classes:$(cat "$out/classpath.txt")" \
      org.totalplace.gateway.StandInService pilots "$standin_port" places organisations > "$out/standin.log" 2>&1 &
  pids+=($!)
  backend_url="http://127.0.0.1:$standin_port"
  backend="Vert.x stand-in service (gateway test code) at $backend_url (no pilots-service used)"
  wait_for "$backend_url/q/health/ready"
fi

GATEWAY_PORT="$gateway_port" PILOTS_URL="$backend_url" GATEWAY_RATE_LIMIT_ENABLED=false \
  "$java" -Xmx512m -jar "$module/target/quarkus-app/quarkus-run.jar" > "$out/gateway.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$gateway_port/q/health/live"

path="/api/v1/places"
direct="$backend_url$path"
via="http://127.0.0.1:$gateway_port$path"

# wrk prints latencies as 123.45us / 1.23ms / 1.02s: convert to ms
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

run() { # connections url -> "p50ms rps"
  local c="$1" url="$2" threads=2 file
  [ "$c" -lt 2 ] && threads=1
  file="$out/wrk-$c-$(echo "$url" | tr -c 'a-z0-9' '_').txt"
  wrk -t"$threads" -c"$c" -d"$duration" --latency "$url" > "$file"
  local p50 rps
  p50="$(awk '$1 == "50%" { print $2 }' "$file")"
  rps="$(awk '$1 == "Requests/sec:" { print $2 }' "$file")"
  if grep -q "Non-2xx" "$file"; then echo "non-2xx answers in $file" >&2; fi
  echo "$(to_ms "$p50") $rps"
}

echo "backend: $backend"
echo "endpoint: GET $path   duration per run: $duration   machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming up..."
wrk -t2 -c16 -d5s "$direct" > /dev/null
wrk -t2 -c16 -d5s "$via" > /dev/null

printf '\n%6s | %12s %12s %10s | %12s %12s %10s\n' conns "direct p50" "gateway p50" "added" "direct rps" "gateway rps" ratio
printf -- '-------+--------------------------------------+--------------------------------------\n'
for c in $connections; do
  read -r d50 drps <<<"$(run "$c" "$direct")"
  read -r g50 grps <<<"$(run "$c" "$via")"
  awk -v c="$c" -v d50="$d50" -v g50="$g50" -v drps="$drps" -v grps="$grps" 'BEGIN {
    added = g50 - d50; ratio = grps / drps
    printf "%6d | %10.3fms %10.3fms %8.3fms | %12.0f %12.0f %9.0f%% %s\n", c, d50, g50, added, drps, grps, ratio * 100,
      (added <= 1 && ratio >= 0.8) ? "ok" : "(target: added <= 1 ms, ratio >= 80%)" }'
done
echo
echo "raw wrk output: $out/wrk-*.txt"
