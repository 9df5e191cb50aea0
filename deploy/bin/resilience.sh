#!/usr/bin/env bash
# The resilience suite (issue 15): starts the real platform (embedded PostgreSQL, Keycloak, the four services) and
# stops, restarts or kills parts of it under casework, each scenario with a pass/fail assertion (ResilienceIT):
# PostgreSQL cut off under write load, reporting-service down, case-service killed while it drains the outbox,
# Keycloak down, a database cell down, case-service killed during a move between cells and during an archive export.
# Prints the RESILIENCE figures (see RELIABILITY.md, "Resilience suite"). Not part of ./mvnw verify (tag
# "resilience"). About 10 minutes with the build. The platform (with a second database cell) is stopped at the end.
#   deploy/bin/resilience.sh                       every scenario
#   deploy/bin/resilience.sh -Dkentra.resilience.seed=N   the writers' random choices of an earlier run
#   deploy/bin/resilience.sh --soak                the soak instead: 10 minutes of mixed casework (~14 with the build)
#   deploy/bin/resilience.sh --soak -Dkentra.soak.duration=PT3M   a shorter soak
# Set MAVEN_OFFLINE=1 for -o.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bin/select-jdk.sh
args=()
tests=ResilienceIT
soak=()
for arg in "$@"; do
  case "$arg" in
    -D*) args+=("$arg") ;;
    --soak) tests='ResilienceIT#soak*'; soak=(-Dkentra.soak.duration=PT10M) ;;
    -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done
./mvnw -B -q -ntp ${MAVEN_OFFLINE:+-o} -pl deploy/system-tests -am verify \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dkentra.excluded-test-groups=none -Dit.test="$tests" -Dkentra.launcher.second-cell=true \
  ${soak[@]+"${soak[@]}"} ${args[@]+"${args[@]}"} || status=$?
grep -h '^RESILIENCE' deploy/system-tests/target/failsafe-reports/*ResilienceIT-output.txt 2>/dev/null || true
exit "${status:-0}"
