#!/usr/bin/env bash
# Start-up time and idle memory of Ansim on an empty data directory (embedded PostgreSQL, demo mode).
# Usage: scripts/startup-benchmark.sh [runs] [plain|aot]   (builds target/ansim.jar first if it is missing)
#   plain: java -jar target/ansim.jar
#   aot:   the jar extracted (java -Djarmode=tools … extract) and started with a JDK 25 AOT cache made by one
#          training run (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh), as a deployment would ship it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mode=${2:-plain}
port=${PORT:-18080}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f target/ansim.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
launch=(-jar target/ansim.jar)
if [ "$mode" = aot ]; then
  rm -rf target/aot && "$java" -Djarmode=tools -jar target/ansim.jar extract --destination target/aot > /dev/null
  training=$(mktemp -d /tmp/ansim-training.XXXXXX)
  ANSIM_DATA_DIR="$training" SERVER_PORT=$port "$java" -XX:AOTCacheOutput=target/aot/ansim.aot \
    -Dspring.context.exit=onRefresh -jar target/aot/ansim.jar > "$training/log" 2>&1
  rm -rf "$training"
  launch=(-XX:AOTCache=target/aot/ansim.aot -jar target/aot/ansim.jar)
fi
echo "mode: $mode"

printf '%-4s %-12s %-16s %-14s %-14s\n' run "ready (s)" "JVM says (s)" "RSS idle (MB)" "PG RSS (MB)"
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/ansim-startup.XXXXXX)
  start=$(date +%s.%N)
  ANSIM_DATA_DIR="$dir" SERVER_PORT=$port "$java" "${launch[@]}" > "$dir/log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then break; fi
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  said=$(grep -ao 'Started AnsimApplication in [0-9.]*' "$dir/log" | awk '{print $4}')
  sleep 10
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
  pg=$(ps -eo rss,args | awk -v d="$dir" '$0 ~ d && /postgres/ {s+=$1} END {print int(s/1024)}')
  printf '%-4s %-12.1f %-16s %-14s %-14s\n' "$run" "$ready" "$said" "$rss" "$pg"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
