#!/usr/bin/env bash
# Issue 3, acceptance 8: load test against the running app on PostgreSQL.
# Usage: bash load/run.sh [clients=50] [perClient=10] [thinkMs=0] [warmupRounds=0]
# Starts Rekrut on a fresh PostgreSQL database (with demo data and the submission rate limit raised, since all
# clients come from one address), runs load/ApplicationLoad.java, and checks in the database that nothing was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
clients="${1:-50}"; per="${2:-10}"; think="${3:-0}"; warmup="${4:-0}"
db="rekrut_load_$$"
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db"
files="$(mktemp -d)"; clientcpu="$(mktemp)"
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" || true; rm -rf "$files" "$clientcpu"' EXIT
[ -f app/target/rekrut.jar ] || ./mvnw -q package -DskipTests
"$JAVA_HOME/bin/java" ${REKRUT_JVM_OPTS:-} -jar app/target/rekrut.jar --server.port=18080 ${REKRUT_LOAD_ARGS:-} \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
  --rekrut.demo-data=true --rekrut.rate-limit.submissions-per-minute=1000000 --rekrut.storage.path="$files" \
  --rekrut.virus-scan.type=none \
  --logging.level.dk.rekrut=WARN > /tmp/rekrut-load.log 2>&1 &
app=$!
# Ready when the demo postings are there (the demo data is written just after the server starts listening).
for _ in $(seq 1 90); do curl -sf http://localhost:18080/api/v1/postings | grep -q Specialkonsulent && break; sleep 1; done
# CPU time (ticks of 1/100 s) of the server and of the database's backends for this database, before and after.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgcpu() { local s=0; for p in $(pgrep -f "postgres: .* $db "); do s=$((s + $(cpu "$p" 2>/dev/null || echo 0))); done; echo $s; }
app_cpu0=$(cpu $app); pg_cpu0=$(pgcpu); t0=$(date +%s%N)
# The client runs on the same cores: its CPU time is measured too (where /usr/bin/time is installed).
timing=(); [ -x /usr/bin/time ] && timing=(/usr/bin/time -f '%U %S' -o "$clientcpu")
out=/tmp/rekrut-load-client.out; : > "$out"
( "${timing[@]}" "$JAVA_HOME/bin/java" load/ApplicationLoad.java http://localhost:18080 "$clients" "$per" 1024 "$think" \
  "$warmup" | tee "$out" ) &
client=$! # a subshell, so that pipefail still reports the client's own failure through wait
# The measured phase alone (from the end of the warm-up to the client's figures), for the server, every PostgreSQL
# process (WAL writer and checkpointer included) and the whole machine (/proc/stat: user, system and interrupts;
# not idle, I/O wait or time the hypervisor stole).
allpg() { local s=0; for p in $(pgrep -u postgres); do s=$((s + $(cpu "$p" 2>/dev/null || echo 0))); done; echo $s; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
if [ "$warmup" -gt 0 ]; then
  while kill -0 $client 2>/dev/null && ! grep -q '^warm-up:' "$out"; do sleep 0.1; done
fi
m_app0=$(cpu $app); m_pg0=$(allpg); m_all0=$(busy)
while kill -0 $client 2>/dev/null && ! grep -q '^throughput' "$out"; do sleep 0.1; done
m_app1=$(cpu $app); m_pg1=$(allpg); m_all1=$(busy)
wait $client
app_cpu1=$(cpu $app); pg_cpu1=$(pgcpu); t1=$(date +%s%N)
expected=$(sed -n 's/^submitted in all (warm-up included): //p' /tmp/rekrut-load-client.out)
stored=$(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT COUNT(*) FROM application")
receipts=$(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT COUNT(*) FROM outbox_message WHERE kind = 'RECEIPT'")
ondisk=$(find "$files" -type f | wc -l)
rows=$(psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT COUNT(*) FROM stored_file")
echo "applications stored $stored of $expected, receipts $receipts, files on disk $ondisk, file rows $rows"
# Per application over the whole client run, warm-up included.
echo "CPU per application: server $(( (app_cpu1 - app_cpu0) * 10000 / expected / 1000 )).$(( (app_cpu1 - app_cpu0) * 10000 / expected % 1000 / 100 )) ms, database $(( (pg_cpu1 - pg_cpu0) * 10000 / expected / 1000 )).$(( (pg_cpu1 - pg_cpu0) * 10000 / expected % 1000 / 100 )) ms; wall $(( (t1 - t0) / 1000000000 )) s"
measured=$((clients * per))
awk -v n="$measured" -v a=$((m_app1 - m_app0)) -v p=$((m_pg1 - m_pg0)) -v m=$((m_all1 - m_all0)) 'BEGIN {
  printf "CPU per application, measured phase only: server %.2f ms, PostgreSQL %.2f ms, whole machine %.2f ms\n",
    a * 10 / n, p * 10 / n, m * 10 / n }'
[ -s "$clientcpu" ] && awk -v n="$expected" '{printf "CPU per application: load client %.1f ms (its start-up and warm-up included)\n", ($1 + $2) * 1000 / n}' "$clientcpu"
[ "$stored" = "$expected" ] && [ "$receipts" = "$expected" ] && [ "$ondisk" = "$rows" ]
