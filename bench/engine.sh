#!/usr/bin/env bash
# The engine benchmark in one command: builds bulwark-benchmarks with the Maven wrapper, then runs
# its JMH jar (EngineBenchmark: one AdmissionReview through the 17 Pod Security Standards policies)
# with short settings and prints JMH's results. Arguments are passed to JMH; -f, -wi, -w, -i, -r
# and -t given there replace the defaults. For example:
#   bench/engine.sh                          # all four benchmarks, ~2 minutes
#   bench/engine.sh -prof gc                 # plus allocation per review
#   bench/engine.sh 'EngineBenchmark.pod.*'  # only the Pod
#   BENCH_SKIP_BUILD=1 bench/engine.sh       # reuse the jar already built
# Results also go to bulwark-benchmarks/target/jmh-engine.json.
set -euo pipefail
cd "$(dirname "$0")/.."

java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

# A Java 21 or newer, found where the build's toolchain search looks.
find_java() {
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for home in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /opt/java/* /opt/jdk*; do
    [[ -x "$home/bin/java" ]] && candidates+=("$home/bin/java")
  done
  for java in "${candidates[@]}"; do
    local version
    version=$(java_version "$java")
    if [[ -n "$version" && "${version%%.*}" -ge 21 ]]; then
      echo "$java"
      return 0
    fi
  done
  return 1
}

JAVA=$(find_java) || { echo "bench/engine.sh: needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
JAR=bulwark-benchmarks/target/benchmarks.jar

if [[ -z "${BENCH_SKIP_BUILD:-}" || ! -f "$JAR" ]]; then
  # package, not install: the jar is built from this tree's modules and nothing goes to ~/.m2.
  echo "== building bulwark-benchmarks (./mvnw -B -q package -DskipTests -pl bulwark-benchmarks -am)"
  ./mvnw -B -q package -DskipTests -pl bulwark-benchmarks -am
fi

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $("$JAVA" -version 2>&1 | head -1)"
filter=EngineBenchmark
if [[ $# -gt 0 && "${1:0:1}" != "-" ]]; then
  filter=$1
  shift
fi
# Short settings, each unless the arguments give it (JMH refuses an option given twice).
defaults=()
for option in "-f 1" "-wi 4" "-w 3s" "-i 5" "-r 2s" "-t 1"; do
  name=${option%% *}
  given=no
  for arg in "$@"; do [[ "$arg" == "$name" ]] && given=yes; done
  [[ $given == no ]] && defaults+=($option)
done
exec "$JAVA" -jar "$JAR" "$filter" "${defaults[@]}" -prof io.bulwark.benchmarks.CpuTimeProfiler \
  -rf json -rff bulwark-benchmarks/target/jmh-engine.json "$@"
