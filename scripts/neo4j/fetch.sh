#!/usr/bin/env bash
# Fetches Neo4j's jars from Maven Central (cached in ~/.m2) and compiles the launcher, once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ ! -f target/classpath.txt ] || [ ! -f target/classes/rantai/Launcher.class ] || [ pom.xml -nt target/classpath.txt ] || [ src/main/java/rantai/Launcher.java -nt target/classes/rantai/Launcher.class ]; then
  mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
fi
