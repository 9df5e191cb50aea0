#!/usr/bin/env bash
# The platform benchmark (issue 15): starts the real platform (embedded PostgreSQL, Keycloak, the four services),
# raises the gateway's rate limits through their documented settings (kentra.limits.per-user.*, per-centre.*),
# and measures side by side in one run: a record read through the gateway, the same straight to case-service,
# pgbench with that request's SQL at the same concurrency, and search in a centre of 20,000 people.
# Writes target/bench/summary.json and prints the table. Not part of ./mvnw verify. About 4-5 minutes.
#   deploy/bin/bench.sh                    the local stack's JVM settings
#   deploy/bin/bench.sh --production-jvm   the Helm chart's JVM settings (C1 + C2; case- and reporting-service G1,
#                                          1,536 MB heap; gateway and tenant-service SerialGC, 576 MB) and
#                                          production's logging default: case-service's access line off
#                                          (-Dkentra.bench.access-log=true keeps it on, as the local stack has it)
#   deploy/bin/bench.sh --profile          also a JFR profile of case-service and the gateway under the load
#   deploy/bin/bench.sh --production-jvm -Dkentra.bench.warmup-seconds=180   C2 at steady state
#   deploy/bin/bench.sh -Dkentra.bench.registry-size=250 -Dkentra.bench.spread-centres=250   also tenant spread, heap/centre
#   deploy/bin/bench.sh -Dkentra.bench.registration=true   also registration against its pgbench floors
#   deploy/bin/bench.sh -Dkentra.postgres.statement-statistics=true   also PostgreSQL's statements per read and
#                                          registration (pg_stat_statements; costs each statement, so for causes)
#   deploy/bin/bench.sh -Dkentra.bench.clients=16 ...   other -D settings (see PlatformLoadBenchmarkIT)
# Needs pgbench (Debian: apt-get install postgresql-client). Set MAVEN_OFFLINE=1 for -o.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bin/select-jdk.sh
args=()
for arg in "$@"; do
  case "$arg" in
    --production-jvm) args+=(-Dkentra.bench.jvm=production) ;;
    --profile) args+=(-Dkentra.bench.profile=true) ;;
    -D*) args+=("$arg") ;;
    -h|--help) sed -n '2,18s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done
if ! command -v pgbench >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
  echo "pgbench is missing: apt-get install postgresql-client" >&2
  exit 1
fi
rm -rf target/bench
./mvnw -B -q -ntp ${MAVEN_OFFLINE:+-o} -pl deploy/system-tests -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dkentra.excluded-test-groups=none -Dit.test=PlatformLoadBenchmarkIT "${args[@]}" || status=$?
sed -n '/^BENCH/,$p' deploy/system-tests/target/failsafe-reports/*PlatformLoadBenchmarkIT-output.txt 2>/dev/null || true
exit "${status:-0}"
