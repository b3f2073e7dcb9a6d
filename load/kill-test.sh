#!/usr/bin/env bash
# Review H4: an application answered 201 survives a crash of the server.
# Usage: bash load/kill-test.sh h2|postgres [clients=6] [pdfKb=1024] [ackedBeforeKill=60]
# Starts Rekrut (app/target/rekrut.jar) on a fresh database: H2 with the embedded default's own settings (the jar's
# application.properties, in an empty working directory) or a fresh PostgreSQL database. Clients submit applications
# with unique e-mails and files (load/KillTest.java); once ackedBeforeKill of them are acknowledged, and a random
# 0-3 s later, the server gets `kill -9`. The check after the kill (on a copy of the H2 files, so that the server
# recovers its own database) and the one after a restart on the same data with a tiny orphan grace, the sweep and a
# clean stop must find every acknowledged application with its files and receipt, and, at the end, no file without a
# row. Exit status non-zero on any loss. Logs in /tmp/rekrut-kill-test/<kind>.<pid>/. Port: REKRUT_KILL_PORT (18090).
# REKRUT_KILL_ARGS: more server arguments, e.g. H2's URL before review H4 to see the test fail:
#   REKRUT_KILL_ARGS='--spring.datasource.url=jdbc:h2:file:./data/rekrut;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE'

set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
kind="${1:?usage: bash load/kill-test.sh h2|postgres [clients] [pdfKb] [ackedBeforeKill]}"
clients="${2:-6}"; pdfkb="${3:-1024}"; before_kill="${4:-60}"
port="${REKRUT_KILL_PORT:-18090}"
jar="$PWD/app/target/rekrut.jar"
[ -f "$jar" ] || ./mvnw -B -ntp -q package -DskipTests
started=$(date +%s)
work="$(mktemp -d /tmp/rekrut-kill.XXXXXX)"
logs="/tmp/rekrut-kill-test/$kind.$$"; mkdir -p "$logs"
app=""; db=""
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  [ -n "$db" ] && psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$work"
}
trap cleanup EXIT
# The checker's JDBC drivers: the very ones in the jar. The client and checker compiled once (not per launch).
unzip -q -j "$jar" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$work/drivers"
"$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" load/KillTest.java load/ApplicationLoad.java

appdir="$work/app"; mkdir -p "$appdir"
case "$kind" in
  h2)
    # No datasource argument: the embedded default (./data/rekrut, ./data/files) exactly as shipped.
    dbargs=()
    files="$appdir/data/files"
    crash_url="jdbc:h2:file:$work/crash/data/rekrut;MODE=Regular"; crash_files="$work/crash/data/files"
    final_url="jdbc:h2:file:$appdir/data/rekrut;MODE=Regular"; dbuser=sa ;;
  postgres)
    db="rekrut_kill_$$"
    psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db"
    files="$appdir/files"
    dbargs=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres
            --rekrut.demo-data=true --rekrut.storage.path="$files" --rekrut.virus-scan.type=none)
    crash_url="jdbc:postgresql://127.0.0.1:5432/$db"; crash_files="$files"
    final_url="$crash_url"; dbuser=postgres ;;
  *) echo "usage: bash load/kill-test.sh h2|postgres" >&2; exit 2 ;;
esac

start() { # $1: log file; further arguments go to the server
  local log="$1"; shift
  (cd "$appdir" && exec "$java" -jar "$jar" --server.port="$port" --rekrut.rate-limit.submissions-per-minute=100000 \
    --logging.level.dk.rekrut=WARN --logging.level.dk.rekrut.storage=INFO "${dbargs[@]}" ${REKRUT_KILL_ARGS:-} "$@" \
    > "$log" 2>&1) &
  app=$!
  for _ in $(seq 1 240); do
    curl -sf "http://localhost:$port/api/v1/postings" | grep -q Specialkonsulent && return 0
    kill -0 "$app" 2>/dev/null || { echo "the server did not start, see $log" >&2; return 1; }
    sleep 0.5
  done
  echo "the server did not get ready, see $log" >&2; return 1
}
check() { # $1: url, $2: files, $3: crash|final
  "$java" -cp "$work/classes:$work/drivers/*" KillTest check "$1" "$dbuser" "$2" "$work/acks.tsv" "$3"
}

stage() { echo "[$(( $(date +%s) - started )) s] $*"; }
stage "starting the server on a fresh $kind database"
start "$logs/$kind-first.log"
stage "submitting"
: > "$work/acks.tsv"
"$java" -cp "$work/classes" KillTest submit "http://localhost:$port" "$clients" "$pdfkb" 90 "$work/acks.tsv" \
  > "$logs/$kind-client.log" 2>&1 &
client=$!
t_client=$(date +%s)
while [ "$(wc -l < "$work/acks.tsv")" -lt "$before_kill" ]; do
  kill -0 "$client" 2>/dev/null || { cat "$logs/$kind-client.log"; echo "the client stopped early" >&2; exit 1; }
  sleep 0.1
done
sleep "$((RANDOM % 3)).$((RANDOM % 10))"
kill -9 "$app"; wait "$app" 2>/dev/null || true; app=""
t_kill=$(date +%s)
wait "$client"
cat "$logs/$kind-client.log"
stage "kill -9 after $((t_kill - t_client)) s of submitting; checking"

rc=0
if [ "$kind" = h2 ]; then cp -a "$appdir" "$work/crash"; fi
check "$crash_url" "$crash_files" crash | tee "$logs/$kind-check-crash.log" || rc=1
orphans=$(sed -n 's/.*orphan files \([0-9]*\).*/\1/p' "$logs/$kind-check-crash.log")
[ "$kind" = h2 ] && rm -rf "$work/crash"

# Restart on the same data; the sweep runs at once and takes every file without a row older than 2 s (all of them:
# the restart takes longer than that).
stage "restarting on the same data"
start "$logs/$kind-restart.log" --rekrut.storage.orphan-grace=PT2S --rekrut.storage.sweep-initial-delay=PT0S
if [ "${orphans:-0}" -gt 0 ]; then
  for _ in $(seq 1 60); do grep -q "Removed .* orphaned stored objects" "$logs/$kind-restart.log" && break; sleep 0.5; done
fi
sleep 1
stage "stopping the server; checking"
kill -TERM "$app"; wait "$app" 2>/dev/null || true; app=""
check "$final_url" "$files" final | tee "$logs/$kind-check-final.log" || rc=1
echo "kill test on $kind: $( [ $rc = 0 ] && echo PASS || echo FAIL ) in $(( $(date +%s) - started )) s (logs in $logs)"
exit $rc
