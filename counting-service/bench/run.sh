#!/usr/bin/env bash
# counting-service benchmark: generates a realistic count (ROWS lines, default 1,000,000), imports it through the API
# of the packaged service (run with -Xmx512m), times the main aggregations, and measures the database's own limits
# on the same rows (LOAD DATA LOCAL INFILE, raw GROUP BY). Prints figures and ratios.
# Needs: MariaDB/MySQL on DB_HOST:DB_PORT reachable as root without password (to create the bench database and
# user), a JDK. No Kafka or Keycloak: the bench signs its own token and seeds the read-model directly
# (BENCH_KAFKA points the service at a broker if wanted; by default none, and the service runs without one).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
rows="${ROWS:-1000000}"
db="${BENCH_DB:-counting_bench}"
port="${BENCH_PORT:-18082}"
work="${BENCH_WORK:-/tmp/counting-bench}"
mysql_client="$(command -v mariadb || command -v mysql)"

if [ ! -f "$module/target/quarkus-app/quarkus-run.jar" ]; then
  (cd "$module/.." && ./mvnw -B -q -pl counting-service package -DskipTests)
fi
connector="$(ls "$HOME"/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | sort -V | tail -1)"

"$mysql_client" -uroot -h"${DB_HOST:-127.0.0.1}" -P"${DB_PORT:-3306}" <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'counting_bench'@'%' IDENTIFIED BY 'bench';
CREATE USER IF NOT EXISTS 'counting_bench'@'localhost' IDENTIFIED BY 'bench';
GRANT ALL ON $db.* TO 'counting_bench'@'%';
GRANT ALL ON $db.* TO 'counting_bench'@'localhost';
SQL

# the generated files are kept between runs (same ROWS, token younger than 5 hours)
if [ "$(cat "$work/rows" 2>/dev/null)" != "$rows" ] || [ -z "$(find "$work/token" -mmin -300 2>/dev/null)" ]; then
  "$java" -cp "$connector" "$here/Bench.java" prepare "$work" "$rows"
  echo "$rows" > "$work/rows"
fi

COUNTING_PORT="$port" \
COUNTING_DB_URL="jdbc:mysql://${DB_HOST:-127.0.0.1}:${DB_PORT:-3306}/$db?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&allowLoadLocalInfile=true&rewriteBatchedStatements=true" \
COUNTING_DB_USER=counting_bench COUNTING_DB_PASSWORD=bench QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S \
OIDC_ISSUER=bench OIDC_JWKS_URL="file:$work/public.pem" \
KAFKA_BOOTSTRAP_SERVERS="${BENCH_KAFKA:-127.0.0.1:19092}" \
  "$java" -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$module/target/quarkus-app/quarkus-run.jar" > "$work/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true' EXIT
up=no
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$port/api/v1/functions" > /dev/null; then up=yes; break; fi
  kill -0 "$service" 2>/dev/null || break
  sleep 1
done
if [ "$up" != yes ]; then
  echo "counting-service did not start; see $work/service.log" >&2
  exit 1
fi

"$java" -cp "$connector" "$here/Bench.java" run "$work" "$port" "$db" "$service"
