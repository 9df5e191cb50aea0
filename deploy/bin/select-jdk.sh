# Sourced by run-local.sh and .ci/run: makes sure a JDK 21+ is first on the PATH.
# Keeps JAVA_HOME/PATH when they already give 21+, otherwise picks the newest JDK under /usr/lib/jvm.
# A JAVA_HOME at 21+ also goes first on the PATH, so that a plain 'java' (an older one first on PATH) is the same JDK.
kentra_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}
kentra_current_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$kentra_current_java" >/dev/null 2>&1 \
    || [ "$(kentra_java_major "$kentra_current_java" || echo 0)" -lt 21 ] 2>/dev/null; then
  kentra_best=""
  kentra_best_major=0
  for kentra_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -x "$kentra_candidate/bin/javac" ] || continue
    kentra_major=$(kentra_java_major "$kentra_candidate/bin/java")
    if [ "${kentra_major:-0}" -ge 21 ] 2>/dev/null && [ "$kentra_major" -gt "$kentra_best_major" ]; then
      kentra_best="$kentra_candidate"
      kentra_best_major="$kentra_major"
    fi
  done
  if [ -z "$kentra_best" ]; then
    echo "Kentra needs a JDK 21 or newer: set JAVA_HOME to one." >&2
    exit 1
  fi
  export JAVA_HOME="$kentra_best"
  export PATH="$JAVA_HOME/bin:$PATH"
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
