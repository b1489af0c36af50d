#!/usr/bin/env bash
# `npm run neo4j`: a local Neo4j 5.26 Community on bolt://127.0.0.1:${NEO4J_PORT:-7687}, its store
# under ${NEO4J_HOME:-.data/neo4j}. Prints one "neo4j ready" line when it accepts connections.
#
# Neo4j gets a minimal environment (env -i): PATH, JAVA_HOME, the locale and time zone, and the few
# NEO4J_* settings the launcher reads. Nothing else of the caller's environment (RANTAI_WRITE_TOKEN,
# NEO4J_PASSWORD, cloud credentials, …) reaches the database process, where a query that reads
# /proc/<pid>/environ could see it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bash "$here/fetch.sh"
home="${NEO4J_HOME:-$root/.data/neo4j}"
mkdir -p "$home"
keep=(PATH="$PATH" NEO4J_HOME="$home" NEO4J_PORT="${NEO4J_PORT:-7687}" NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-512m}")
[ -n "${JAVA_HOME:-}" ] && keep+=(JAVA_HOME="$JAVA_HOME")
[ -n "${NEO4J_TRANSACTION_TIMEOUT:-}" ] && keep+=(NEO4J_TRANSACTION_TIMEOUT="$NEO4J_TRANSACTION_TIMEOUT")
[ -n "${NEO4J_AUTH:-}" ] && keep+=(NEO4J_AUTH="$NEO4J_AUTH")
[ -n "${NEO4J_STOP_WITH_PARENT:-}" ] && keep+=(NEO4J_STOP_WITH_PARENT="$NEO4J_STOP_WITH_PARENT")
[ -n "${LANG:-}" ] && keep+=(LANG="$LANG")
[ -n "${TZ:-}" ] && keep+=(TZ="$TZ")
exec env -i "${keep[@]}" java -Xmx"${NEO4J_HEAP:-1g}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" rantai.Launcher "$here/hardening.conf"
