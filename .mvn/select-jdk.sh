# Sourced by ./mvnw and ./platform: makes JAVA_HOME point at a JDK >= 21.
# (No globs: ./mvnw runs with `set -f`.) The build targets Java 21, while the default `java` on our machines is 17; a newer JDK
# is usually installed beside it. Keeps a suitable JAVA_HOME, else searches the usual places.
jdk_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  major=$(jdk_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}
if [ -z "${JAVA_HOME-}" ] || ! jdk_ok "$JAVA_HOME"; then
  found=
  for candidate in $(find /usr/lib/jvm /opt/java /opt /usr/local -mindepth 1 -maxdepth 1 \( -type d -o -type l \) 2>/dev/null | sort -r); do
    if jdk_ok "$candidate"; then found=$candidate; break; fi
  done
  if [ -z "$found" ]; then
    echo "No JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /opt/java, /usr/local)." >&2
    echo "Install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    exit 1
  fi
  JAVA_HOME=$found
fi
export JAVA_HOME
PATH="$JAVA_HOME/bin:$PATH"
export PATH
