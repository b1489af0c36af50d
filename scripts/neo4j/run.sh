#!/usr/bin/env bash
# `npm run neo4j`: a local Neo4j 5.26 Community on bolt://127.0.0.1:${NEO4J_PORT:-7687}, its store
# under ${NEO4J_HOME:-.data/neo4j}. Prints one "neo4j ready" line when it accepts connections.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bash "$here/fetch.sh"
export NEO4J_HOME="${NEO4J_HOME:-$root/.data/neo4j}"
mkdir -p "$NEO4J_HOME"
exec java -Xmx"${NEO4J_HEAP:-1g}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" rantai.Launcher
