#!/usr/bin/env bash
# Starts the whole Kentra platform locally: embedded PostgreSQL, Keycloak, the four services, demo data.
# Builds first when a service jar is missing or older than its sources. Ctrl-C stops everything.
#   ./run-local.sh           start (refused while another local stack of this checkout runs)
#   ./run-local.sh --reset   delete .kentra-local/ (databases, Keycloak, logs, archive exports), then start afresh
#   ./run-local.sh --help
set -euo pipefail

reset=false
case "${1:-}" in
  "") ;;
  --reset) reset=true ;;
  -h|--help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
esac
cd "$(dirname "$0")"

source deploy/bin/select-jdk.sh
# The JDK the build uses (JAVA_HOME, as ./mvnw does) runs the launcher too, whatever 'java' comes first on PATH.
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# One local stack per checkout: its PostgreSQL data and ports cannot be shared. The launcher's pid is this
# script's (exec below), recorded here.
pid_file=.kentra-local/launcher.pid
if [ -f "$pid_file" ]; then
  running=$(cat "$pid_file" 2>/dev/null || true)
  if [ -n "$running" ] && kill -0 "$running" 2>/dev/null \
      && ps -p "$running" -o args= 2>/dev/null | grep -q 'kentra-launcher'; then
    echo "Kentra is already running here (launcher pid $running; logs in .kentra-local/logs)." >&2
    echo "Stop it with Ctrl-C in its terminal (or: kill $running), then start again." >&2
    exit 1
  fi
fi

if [ "$reset" = true ]; then
  echo "Resetting the local stack: deleting .kentra-local/ (databases, Keycloak, logs, archive exports) …"
  rm -rf .kentra-local
fi

needs_build=false
for module in tenant-service case-service reporting-service gateway deploy/launcher; do
  jar=$(ls "$module"/target/*-exec.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ] || [ -n "$(find "$module/src" platform-commons/src "$module/pom.xml" pom.xml -newer "$jar" -type f -print -quit)" ]; then
    needs_build=true
  fi
done
if [ "$needs_build" = true ]; then
  echo "Building Kentra (tests skipped; './mvnw verify' runs them) …"
  ./mvnw -B -q -ntp -DskipTests package
fi
mkdir -p .kentra-local
echo $$ > "$pid_file"
exec "$java_cmd" -jar deploy/launcher/target/kentra-launcher-*-exec.jar "$PWD"
