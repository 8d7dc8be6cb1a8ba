#!/usr/bin/env bash
# Gateway overhead benchmark: the same read endpoint called directly on a service and through the gateway, on
# loopback, with wrk, at 1, 16 and 64 connections. Targets: the gateway adds <= 1 ms to p50 and keeps >= 80 % of
# the direct throughput.
#
# Two loads are measured:
#   saturation - every connection sends its next request as soon as the last is answered (wrk's usual closed
#                loop): the machine's CPU is the limit, so p50 is mostly time spent queueing for a core;
#   steady     - the same connections paced to half the direct throughput (wrk script bench/paced.lua): the
#                latency a caller sees when the machine is not overloaded.
# Reference: when nginx is installed (apt-get install -y nginx-light), the same requests also go through an nginx
# reverse proxy (keep-alive upstream, unbuffered, access log on): what a mature C proxy adds on this machine.
#
# BENCH_CORES=split puts wrk, the service and its database on CPU 0 and the proxies (gateway, nginx) on CPU 1
# (taskset; the service's and database's own affinity is put back at the end): what a proxy adds when it does not
# take CPU from the service, as when it runs on a machine or cores of its own. BENCH_CORES=shared (default): all share.
#
# Every path and connection count is measured ROUNDS times, in rotating order, and the median is printed, after a
# warm-up long enough for the JIT to finish compiling the gateway's hot paths (it keeps compiling for ~1.5 min at
# ~1,000 calls/s). CPU per request (user + system, from /proc) is printed for the service, the gateway and nginx.
#
# Backend: a pilots-service already answering on $PILOTS_URL (default http://127.0.0.1:8081) is used if there is
# one (GET /api/v1/places); otherwise a small Vert.x stand-in service from the gateway's tests is started.
# The gateway runs packaged (target/quarkus-app) with its access log on and rate limiting off (one client at
# 64 connections would otherwise be measured as 429s).
#
# Usage: gateway/bench/run.sh   [DURATION=10s] [WARMUP=90s] [ROUNDS=3] [CONNECTIONS="1 16 64"] [STEADY_CONNECTIONS="16 64"]
#                               [GATEWAY_JAVA_OPTS=-Xmx512m] [PILOTS_URL=...] [BENCH_BACKEND=auto|standin] [BENCH_NGINX=auto|off]
#                               [BENCH_CORES=shared|split] [DB_PORT=3306]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
out="$module/target/bench"
duration="${DURATION:-10s}"
warmup="${WARMUP:-90s}"
rounds="${ROUNDS:-3}"
connections="${CONNECTIONS:-1 16 64}"
steady_connections="${STEADY_CONNECTIONS:-16 64}"
gateway_port="${BENCH_GATEWAY_PORT:-18080}"
standin_port="${BENCH_STANDIN_PORT:-18081}"
nginx_port="${BENCH_NGINX_PORT:-18090}"
pilots_url="${PILOTS_URL:-http://127.0.0.1:8081}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
rm -rf "$out" && mkdir -p "$out"
pids=()
restore=()   # "pid cpu-list" of processes pinned for the run, put back afterwards
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  for r in "${restore[@]:-}"; do [ -n "$r" ] && taskset -a -p -c ${r#* } ${r%% *} > /dev/null 2>&1 || true; done
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
cores="${BENCH_CORES:-shared}"
case "$cores" in
  shared) on_load=(); on_proxy=() ;;
  split)  on_load=(taskset -c 0); on_proxy=(taskset -c 1) ;;
  *) echo "BENCH_CORES is shared or split, not $cores" >&2; exit 1 ;;
esac

if [ ! -f "$module/target/quarkus-app/quarkus-run.jar" ] || [ ! -d "$module/target/test-classes" ]; then
  (cd "$root" && ./mvnw -B -q -pl gateway -am package -DskipTests)
fi

wait_for() { # url
  for _ in $(seq 1 120); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; return 1
}
pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
# a proxy left over from an interrupted run would answer in place of the one started here, unmeasured
for port in "$gateway_port" "$nginx_port"; do
  [ -z "$(pid_on "$port")" ] || { echo "port $port is taken (pid $(pid_on "$port")): stop what listens there" >&2; exit 1; }
done

# --- the backend ---
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
backend_port="${backend_url##*:}"

# --- the gateway ---
read -r -a gateway_opts <<< "${GATEWAY_JAVA_OPTS:--Xmx512m}"
GATEWAY_PORT="$gateway_port" PILOTS_URL="$backend_url" GATEWAY_RATE_LIMIT_ENABLED=false \
  GATEWAY_ACCESS_LOG_PATH="$out/gateway-access.log" \
  "${on_proxy[@]}" "$java" "${gateway_opts[@]}" -jar "$module/target/quarkus-app/quarkus-run.jar" > "$out/gateway.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$gateway_port/q/health/live"

# --- the reference proxy ---
paths="direct gateway"
if [ "${BENCH_NGINX:-auto}" != off ] && command -v nginx >/dev/null; then
  mkdir -p "$out/nginx"
  sed -e "s#@out@#$out/nginx#g" -e "s#@port@#$nginx_port#g" -e "s#@backend@#127.0.0.1:$backend_port#g" \
    "$here/nginx.conf" > "$out/nginx/nginx.conf"
  "${on_proxy[@]}" nginx -c "$out/nginx/nginx.conf" -p "$out/nginx" > "$out/nginx/stdout.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$nginx_port/api/v1/places"
  paths="direct gateway nginx"
  reference="nginx $(nginx -v 2>&1 | sed 's#.*/##')"
else
  reference="none (nginx not installed: apt-get install -y nginx-light)"
fi

path="/api/v1/places"
url_of() { case $1 in direct) echo "$backend_url$path" ;; gateway) echo "http://127.0.0.1:$gateway_port$path" ;;
  nginx) echo "http://127.0.0.1:$nginx_port$path" ;; esac; }
# the processes whose CPU a path adds on top of the service
pids_of() { case $1 in direct) pid_on "$backend_port" ;; gateway) pid_on "$gateway_port" ;;
  nginx) local master; master="$(cat "$out/nginx/nginx.pid")"; echo "$master $(pgrep -P "$master" | tr '\n' ' ')" ;; esac; }

# CPU time (user + system) processes have used so far, in clock ticks
cpu_ticks() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo "$t"; }
ticks_per_s="$(getconf CLK_TCK)"
# wrk prints latencies as 123.45us / 1.23ms / 1.02s: convert to ms
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }

run() { # load which connections round [rate] -> "p50ms rps cpu-us-per-request-of-the-path's-own-process service-cpu-us"
  local load="$1" which="$2" c="$3" round="$4" rate="${5:-0}" threads=2 file own service o0 s0 o1 s1
  [ "$c" -lt 2 ] && threads=1
  file="$out/wrk-$load-$which-$c-round$round.txt"
  read -r -a own <<< "$(pids_of "$which")"; service="$(pid_on "$backend_port")"
  o0="$(cpu_ticks "${own[@]}")"; s0="$(cpu_ticks "$service")"
  if [ "$load" = steady ]; then
    RATE="$rate" CONNECTIONS="$c" "${on_load[@]}" wrk -t"$threads" -c"$c" -d"$duration" --latency -s "$here/paced.lua" "$(url_of "$which")" > "$file"
  else
    "${on_load[@]}" wrk -t"$threads" -c"$c" -d"$duration" --latency "$(url_of "$which")" > "$file"
  fi
  o1="$(cpu_ticks "${own[@]}")"; s1="$(cpu_ticks "$service")"
  if grep -q "Non-2xx\|Socket errors" "$file"; then echo "errors or non-2xx answers in $file" >&2; fi
  awk -v o="$((o1 - o0))" -v s="$((s1 - s0))" -v hz="$ticks_per_s" '
    $1 == "50%" { p50 = $2 } $1 == "Requests/sec:" { rps = $2 } / requests in / { n = $1 }
    END { printf "%s %s %.0f %.0f\n", p50, rps, o / hz * 1e6 / n, s / hz * 1e6 / n }' "$file" \
    | { read -r p50 rps own_cpu service_cpu; echo "$(to_ms "$p50") $rps $own_cpu $service_cpu"; }
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
results="$out/results.txt"   # load round connections path p50 rps own-cpu service-cpu [rate]
col() { awk -v l="$1" -v c="$2" -v w="$3" -v k="$4" '$1 == l && $3 == c && $4 == w { print $k }' "$results" | median; }
rotated() { # round: the paths, starting at a different one each round so drift favours none
  local list=($paths) n; n=${#list[@]}
  for i in $(seq 0 $((n - 1))); do echo "${list[$(( (i + $1) % n ))]}"; done
}

if [ "$cores" = split ]; then
  for p in "$(pid_on "$backend_port")" "$(pid_on "${DB_PORT:-3306}")"; do
    [ -n "$p" ] || continue
    restore+=("$p $(taskset -c -p "$p" | sed 's/.*: //')")
    taskset -a -p -c 0 "$p" > /dev/null
  done
fi
echo "backend: $backend"
echo "reference proxy: $reference"
echo "endpoint: GET $path ($(curl -s -o /dev/null -w '%{size_download}' "$(url_of direct)") bytes); $rounds rounds of $duration per path, load and connection count; medians"
echo "cores: $cores$([ "$cores" = split ] && echo " (CPU 0: wrk, service, database; CPU 1: gateway, nginx)")"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) before warm-up"
echo "warming up: $warmup through the gateway, 10s through each other path, at 16 connections..."
: > "$results"
"${on_load[@]}" wrk -t2 -c16 -d"$warmup" "$(url_of gateway)" > /dev/null
for which in $paths; do [ "$which" = gateway ] || "${on_load[@]}" wrk -t2 -c16 -d10s "$(url_of "$which")" > /dev/null; done

for r in $(seq 1 "$rounds"); do
  for c in $connections; do
    for which in $(rotated "$r"); do echo "saturation $r $c $which $(run saturation "$which" "$c" "$r")" >> "$results"; done
  done
done
for c in $steady_connections; do
  # half of what the service answered directly at saturation with as many connections (or with the most measured)
  base="$(col saturation "$c" direct 6)"
  [ -n "$base" ] || base="$(col saturation "${connections##* }" direct 6)"
  rate="$(awk -v r="$base" 'BEGIN { printf "%d", r / 2 }')"
  for r in $(seq 1 "$rounds"); do
    for which in $(rotated "$r"); do echo "steady $r $c $which $(run steady "$which" "$c" "$r" "$rate") $rate" >> "$results"; done
  done
done

verdict() { awk -v a="$1" -v r="$2" 'BEGIN { print (a <= 1 && (r == "" || r >= 80)) ? "ok" : "target missed" }'; }
echo
echo "Saturation (closed loop): p50, requests/s, ratio to direct, CPU per request"
printf '%5s | %9s %9s %8s %9s %8s | %7s %7s %6s %7s %6s | %8s %8s %8s\n' conns "direct" "gateway" "added" "nginx" "added" \
  "direct" "gateway" "ratio" "nginx" "ratio" "service" "gateway" "nginx"
printf '%5s | %-47s | %-40s | %s\n' "" "p50 (ms)" "requests/s" "CPU per request (us)"
for c in $connections; do
  d50="$(col saturation "$c" direct 5)"; g50="$(col saturation "$c" gateway 5)"; n50="$(col saturation "$c" nginx 5)"
  drps="$(col saturation "$c" direct 6)"; grps="$(col saturation "$c" gateway 6)"; nrps="$(col saturation "$c" nginx 6)"
  awk -v c="$c" -v d50="$d50" -v g50="$g50" -v n50="${n50:--1}" -v drps="$drps" -v grps="$grps" -v nrps="${nrps:--1}" \
      -v scpu="$(col saturation "$c" direct 8)" -v gcpu="$(col saturation "$c" gateway 7)" -v ncpu="$(col saturation "$c" nginx 7)" \
      -v verdict="$(verdict "$(awk -v a="$g50" -v b="$d50" 'BEGIN { print a - b }')" "$(awk -v a="$grps" -v b="$drps" 'BEGIN { print 100 * a / b }')")" 'BEGIN {
    nginx = n50 >= 0
    printf "%5d | %9.3f %9.3f %+8.3f %9s %8s | %7.0f %7.0f %5.0f%% %7s %6s | %8.0f %8.0f %8s  %s\n", c, d50, g50, g50 - d50,
      nginx ? sprintf("%.3f", n50) : "-", nginx ? sprintf("%+.3f", n50 - d50) : "-", drps, grps, 100 * grps / drps,
      nginx ? sprintf("%.0f", nrps) : "-", nginx ? sprintf("%.0f%%", 100 * nrps / drps) : "-", scpu, gcpu, nginx ? ncpu : "-", verdict }'
done
echo
echo "Steady load (paced to half the direct throughput): p50 in ms"
printf '%5s | %8s | %9s %9s %8s %9s %8s\n' conns "req/s" "direct" "gateway" "added" "nginx" "added"
for c in $steady_connections; do
  d50="$(col steady "$c" direct 5)"; g50="$(col steady "$c" gateway 5)"; n50="$(col steady "$c" nginx 5)"
  awk -v c="$c" -v rate="$(col steady "$c" direct 9)" -v d50="$d50" -v g50="$g50" -v n50="${n50:--1}" \
      -v verdict="$(verdict "$(awk -v a="$g50" -v b="$d50" 'BEGIN { print a - b }')" "")" 'BEGIN {
    nginx = n50 >= 0
    printf "%5d | %8d | %9.3f %9.3f %+8.3f %9s %8s  %s\n", c, rate, d50, g50, g50 - d50,
      nginx ? sprintf("%.3f", n50) : "-", nginx ? sprintf("%+.3f", n50 - d50) : "-", verdict }'
done
echo
echo "Targets: gateway adds <= 1 ms to p50, gateway requests/s >= 80% of direct. CPU per request: user + system time"
echo "of the process per answered request (the gateway's and nginx's are spent on top of the service's, on the same"
echo "cores). Every run: $results; raw wrk output: $out/wrk-*.txt"
