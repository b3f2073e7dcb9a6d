#!/usr/bin/env bash
# Issue 4, acceptance 5: the candidate list and the chair's overview of all ratings with 2,000 applications on
# one case, on PostgreSQL.
# Usage: bash load/assessment.sh [applications=2000] [requests=200]
# Starts Rekrut on a fresh PostgreSQL database with demo data, submits the applications to the demo case
# "Specialkonsulent til rekrutteringsanalyse" through the public API (load/ApplicationLoad.java, small PDFs),
# adds ratings by three raters, a ranking and a spread of statuses in SQL (faster than 6,000 form posts; the
# pages read the same rows either way), then measures the pages with load/AssessmentLoad.java.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
n="${1:-2000}"; requests="${2:-200}"
db="rekrut_assess_$$"
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $db"
files="$(mktemp -d)"
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $db" || true; rm -rf "$files"' EXIT
[ -f app/target/rekrut.jar ] || ./mvnw -q package -DskipTests
"$JAVA_HOME/bin/java" ${REKRUT_JVM_OPTS:-} -jar app/target/rekrut.jar --server.port=18081 \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres \
  --rekrut.demo-data=true --rekrut.rate-limit.submissions-per-minute=1000000 --rekrut.storage.path="$files" \
  --rekrut.virus-scan.type=none \
  --logging.level.dk.rekrut=WARN > /tmp/rekrut-assessment.log 2>&1 &
app=$!
for _ in $(seq 1 90); do curl -sf http://localhost:18081/api/v1/postings | grep -q Specialkonsulent && break; sleep 1; done
# 10 clients x n/10 applications with a 4 KB PDF each (the list never reads the files).
"$JAVA_HOME/bin/java" load/ApplicationLoad.java http://localhost:18081 10 $((n / 10)) 4 0 > /tmp/assessment-seed.log
q() { psql -tA -h 127.0.0.1 -U postgres -d "$db" -c "$1"; }
case_id=$(q "SELECT id FROM recruitment_case WHERE title = 'Specialkonsulent til rekrutteringsanalyse'")
q "INSERT INTO rating (application_id, rater_id, score, comment, rated_at)
   SELECT a.id, u.id, 1 + abs(hashtext(a.id::text || u.username)) % 5,
          CASE WHEN u.username = 'bedoemmelse' THEN 'Relevant erfaring, god motivation.' END, now()
   FROM application a CROSS JOIN app_user u
   WHERE a.case_id = '$case_id' AND u.username IN ('bedoemmelse', 'ansaettelse', 'leder')" > /dev/null
q "INSERT INTO ranking (application_id, case_id, rank_position, shortlisted, set_by, set_at)
   SELECT id, case_id, ROW_NUMBER() OVER (ORDER BY candidate_number), ROW_NUMBER() OVER (ORDER BY candidate_number) <= 8,
          'bedoemmelse', now() FROM application WHERE case_id = '$case_id' ORDER BY candidate_number LIMIT 40" > /dev/null
q "UPDATE application SET status = 'IN_SCREENING' WHERE case_id = '$case_id' AND abs(hashtext(id::text)) % 3 = 0" > /dev/null
q "UPDATE application SET preferential_access = TRUE WHERE case_id = '$case_id' AND abs(hashtext(id::text)) % 50 = 0" > /dev/null
q "ANALYZE" > /dev/null
echo "case $case_id: $(q "SELECT COUNT(*) FROM application WHERE case_id = '$case_id'") applications, $(q "SELECT COUNT(*) FROM rating") ratings"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" load/AssessmentLoad.java http://localhost:18081 "$case_id" "$requests"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
