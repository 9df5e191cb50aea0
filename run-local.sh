#!/usr/bin/env bash
# Starts the whole Kentra platform locally: embedded PostgreSQL, Keycloak, the four services, demo data.
# Builds first when a service jar is missing or older than its sources. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/bin/select-jdk.sh

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
exec java -jar deploy/launcher/target/kentra-launcher-*-exec.jar "$PWD"
