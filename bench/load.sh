#!/usr/bin/env bash
# Load benchmark of `bulwark serve`, on loopback only, bounded in time; one command:
#
#   bench/load.sh            # full run: 60 s per fixed-rate run, 300 s memory soak (about 13 minutes)
#   bench/load.sh --quick    # smoke run: 10 s per fixed-rate run, 30 s soak (about 3 minutes)
#
# Starts two servers from the same jar: one with the 17 Pod Security Standards ClusterPolicies of
# Kyverno's library (baseline + restricted, validationFailureAction set to Enforce, so every
# request takes the full synchronous path) and one with an empty policy directory (the baseline),
# then for each: time to ready, a fixed-rate run with hey, the same rate paced by wrk (microsecond
# latencies), a short max-throughput run with wrk; then a memory soak of the policy server at the
# fixed rate, and its resident memory afterwards. Prints a table and the verdict against issue 4's
# targets. Exit status: 0 all targets met, 1 a target missed, 2 the benchmark could not run.
#
# Options (defaults in brackets):
#   --quick             shorter runs for a smoke test (--duration 10 --warmup 5 --wrk-duration 5 --soak 30)
#   --soak SECONDS      length of the memory soak [300]
#   --duration SECONDS  length of each fixed-rate run [60]
#   --warmup SECONDS    fixed-rate warm-up of each server before measuring, not counted [15]
#   --wrk-duration S    length of each max-throughput run [20]
#   --rate N            total requests per second of the fixed-rate runs [1000]
#   --keep              keep the work directory (logs, GC logs, raw tool output)
#   --rebuild           rebuild the CLI jar from this tree first (./bulwark rebuilds only when a source
#                       is newer than the jar; a `mvnw -pl ...` build without -am may have packed
#                       modules from ~/.m2 into it)
# Environment: BULWARK_BENCH_JAVA_OPTIONS (extra JVM options for both servers, for experiments),
#   BULWARK_BENCH_PORT (first of four consecutive ports, default 18440),
#   BULWARK_PSS_DIR (the pod-security folder of kyverno-policies, default
#   ../shared/conformance/kyverno-policies/pod-security from the repository root).
#
# Needs hey, wrk and curl; as root on Debian it installs missing ones with apt-get.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
review="$bench/pod-review.json"

soak=300 duration=60 warmup=15 wrk_duration=20 rate=1000 keep=0 quick=0 rebuild=0
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }
number_arg() { # name value max
  [[ "$2" =~ ^[0-9]+$ ]] && (( $2 >= 1 && $2 <= $3 )) || { echo "load.sh: $1 wants a number from 1 to $3, got '$2'" >&2; exit 2; }
  echo "$2"
}
while (( $# )); do
  case "$1" in
    --quick) quick=1 soak=30 duration=10 warmup=5 wrk_duration=5 ;;
    --soak) soak="$(number_arg --soak "${2:-}" 3600)"; shift ;;
    --duration) duration="$(number_arg --duration "${2:-}" 600)"; shift ;;
    --warmup) warmup="$(number_arg --warmup "${2:-}" 600)"; shift ;;
    --wrk-duration) wrk_duration="$(number_arg --wrk-duration "${2:-}" 600)"; shift ;;
    --rate) rate="$(number_arg --rate "${2:-}" 20000)"; shift ;;
    --keep) keep=1 ;;
    --rebuild) rebuild=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "load.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '%s\n' "$*" >&2; }
die() { say "load.sh: $*"; exit 2; }

# --- tools ---------------------------------------------------------------------------------
missing=()
for tool in hey wrk curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if (( ${#missing[@]} )); then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "installing ${missing[*]} with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q "${missing[@]}" >/dev/null; } \
      || die "cannot install ${missing[*]}"
  else
    die "needs ${missing[*]} (Debian: apt-get install hey wrk curl)"
  fi
fi

pss="${BULWARK_PSS_DIR:-$root/../shared/conformance/kyverno-policies/pod-security}"
[[ -f "$pss/baseline/kustomization.yaml" && -f "$pss/restricted/kustomization.yaml" ]] \
  || die "no Pod Security policies at $pss (set BULWARK_PSS_DIR to kyverno-policies/pod-security)"
[[ -f "$review" ]] || die "missing $review"

port_base="${BULWARK_BENCH_PORT:-18440}"
[[ "$port_base" =~ ^[0-9]+$ ]] && (( port_base >= 1024 && port_base <= 65000 )) || die "BULWARK_BENCH_PORT: 1024..65000"
policy_port=$((port_base)) policy_metrics=$((port_base + 1)) empty_port=$((port_base + 2)) empty_metrics=$((port_base + 3))
for port in $policy_port $policy_metrics $empty_port $empty_metrics; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port on 127.0.0.1 is in use (set BULWARK_BENCH_PORT to a free range of four)"
  fi
done

machine_busy() { # -> "busy total" jiffies of all CPUs since boot
  awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6 }' /proc/stat
}

# --- clean-up, whatever happens --------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/bulwark-load.XXXXXX")"
server_pids=() helper_pids=()
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  local pid
  for pid in "${helper_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${server_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${server_pids[@]}"; do
    # Graceful shutdown drains requests in progress; give it 15 s, then stop it hard.
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}" "${helper_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if (( keep )); then say "work directory kept: $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a load tool in the background and waits for it, so a signal reaches the trap at once.
run_tool() { # output-file command...
  local out="$1"; shift
  "$@" >"$out" 2>&1 &
  helper_pids+=($!)
  wait $! || { say "load.sh: $1 failed:"; tail -n 20 "$out" >&2; exit 2; }
}

# Other work on the machine skews every figure: measure it before starting.
read -r b0 t0 < <(machine_busy)
sleep 3
read -r b1 t1 < <(machine_busy)
idle_check=$(awk -v mb=$((b1 - b0)) -v mt=$((t1 - t0)) -v n="$(nproc)" 'BEGIN { printf "%.0f%% of %d cores over 3 s", 100 * n * mb / mt, n }')
say "machine busy before the run: $idle_check"

# --- the CLI and the policies ----------------------------------------------------------------
(( rebuild )) && rm -f "$root/bulwark-cli/target/bulwark.jar"
say "building the CLI if needed (./bulwark)..."
"$root/bulwark" version >/dev/null || die "cannot build or run ./bulwark"

policies="$work/policies" empty="$work/empty"
mkdir -p "$policies" "$empty"
# The 17 policies are the ones the two kustomizations list (baseline also holds an alternate,
# disallow-host-ports-range, that its kustomization leaves out).
for level in baseline restricted; do
  for file in $(sed -n 's/^[[:space:]]*-[[:space:]]*\([^[:space:]]*\.yaml\)[[:space:]]*$/\1/p' "$pss/$level/kustomization.yaml"); do
    cp "$pss/$level/$file" "$policies/"
  done
done
sed -i -E 's/^([[:space:]]*(validationFailureAction|failureAction):[[:space:]]*)Audit[[:space:]]*$/\1Enforce/' "$policies"/*.yaml
policy_count=$(ls "$policies"/*.yaml | wc -l)
(( policy_count == 17 )) || die "expected 17 Pod Security policies in $pss, found $policy_count"
! grep -Eq '^[[:space:]]*(validationFailureAction|failureAction):[[:space:]]*Audit' "$policies"/*.yaml \
  || die "a policy still has an Audit action"

# --- servers -------------------------------------------------------------------------------
declare -A spid ready_s port metrics gc_log
start_server() { # name policy-dir port metrics-port
  local name="$1" dir="$2" p="$3" m="$4" t0 t1 code i
  port[$name]=$p metrics[$name]=$m gc_log[$name]="$work/gc-$name.log"
  t0=$(date +%s%N)
  # GC logging goes to a file; it changes nothing else about how ./bulwark starts the server.
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=${gc_log[$name]}:uptime::filecount=0 ${BULWARK_BENCH_JAVA_OPTIONS:-}" \
    "$root/bulwark" serve --policies "$dir" --port "$p" --metrics-port "$m" --ca-file "$work/ca-$name.pem" \
    >"$work/serve-$name.out" 2>"$work/serve-$name.err" &
  spid[$name]=$!
  server_pids+=("${spid[$name]}")
  for i in $(seq 1 1500); do # 20 ms apart: 30 s at most
    code=$(curl -sk -o /dev/null -w '%{http_code}' --max-time 1 "https://127.0.0.1:$p/health/readiness" 2>/dev/null || true)
    [[ "$code" == 200 ]] && break
    kill -0 "${spid[$name]}" 2>/dev/null || { cat "$work/serve-$name.err" >&2; die "server '$name' exited during start"; }
    sleep 0.02
  done
  [[ "$code" == 200 ]] || die "server '$name' not ready after 30 s"
  t1=$(date +%s%N)
  ready_s[$name]=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  say "  $name: ready in ${ready_s[$name]} s (pid ${spid[$name]}, https://127.0.0.1:$p)"
}

say "starting the servers (one at a time, so neither start competes with the other)..."
start_server policies "$policies" $policy_port $policy_metrics
start_server empty "$empty" $empty_port $empty_metrics
java_bin="$(readlink -f "/proc/${spid[policies]}/exe")"

# The review must be allowed, over TLS checked against the server's CA, with all 17 policies
# passing: otherwise the benchmark would not measure the full evaluation.
for name in policies empty; do
  answer=$(curl -sS --cacert "$work/ca-$name.pem" -H 'Content-Type: application/json' --data-binary @"$review" \
    "https://127.0.0.1:${port[$name]}/validate") || die "the review could not be sent to '$name'"
  [[ "$answer" == *'"allowed":true'* ]] || die "the review is not allowed by '$name': $answer"
done
results=$(curl -sS "http://127.0.0.1:${metrics[policies]}/metrics" | grep '^kyverno_policy_results_total{')
passed=$(grep 'rule_result="pass"' <<<"$results" | sed 's/.*policy_name="\([^"]*\)".*/\1/' | sort -u | wc -l)
others=$(grep -vc 'rule_result="pass"' <<<"$results" || true)
(( passed == 17 && others == 0 )) || die "expected the 17 policies to pass the review; metrics show $passed passing, $others other results"
say "  the review ($(wc -c <"$review") bytes) is allowed, all 17 policies evaluated and passing"

# --- measurements --------------------------------------------------------------------------
url() { echo "https://127.0.0.1:${port[$1]}/validate"; }
hey_workers=10
hey_qps=$(awk -v r="$rate" -v w="$hey_workers" 'BEGIN { printf "%g", r / w }')
# hey 0.1.4 (Debian) puts host:port into the TLS server name, which a JDK server rejects as an
# illegal SNI value (rakyll/hey#270); -host gives it a plain name. hey and wrk do not check the
# server certificate; the curl above did.
hey_at_rate() { # name seconds output
  run_tool "$3" hey -z "$2s" -c "$hey_workers" -q "$hey_qps" -host localhost -m POST -T application/json \
    -D "$review" "$(url "$1")"
}
hey_field() { # file -> "p50 p99 max rps ok total" (latencies in ms)
  awk '
    /Requests\/sec:/ { rps = $2 }
    /Slowest:/ { max = $2 * 1000 }
    /50% in/ { p50 = $3 * 1000 }
    /99% in/ { p99 = $3 * 1000 }
    /^Status code distribution:/ { section = "status"; next }
    /^Error distribution:/ { section = "errors"; next }
    section == "status" && /^ *\[[0-9]+\]/ { total += $2; if ($1 == "[200]") ok += $2 }
    section == "errors" && /^ *\[[0-9]+\]/ { n = $1; gsub(/[^0-9]/, "", n); total += n }
    END { printf "%.1f %.1f %.1f %.0f %d %d\n", p50, p99, max, rps, ok, total }' "$1"
}
wrk_run() { # name seconds output [rate]
  local extra=()
  [[ -n "${4:-}" ]] && extra=("$4" 2)
  run_tool "$3" wrk -t2 -c"${wrk_connections}" -d"$2s" --timeout 10s -s "$bench/post.lua" "$(url "$1")" -- "$review" "${extra[@]}"
}
wrk_field() { # file -> "p50 p99 max rps errors" (latencies in ms)
  sed -n 's/^RESULT //p' "$1" | tr ' ' '\n' | awk -F= '{ v[$1] = $2 } END {
    errors = v["connect_errors"] + v["read_errors"] + v["write_errors"] + v["timeouts"] + v["non2xx"]
    printf "%.3f %.3f %.3f %.0f %d\n", v["p50_us"] / 1000, v["p99_us"] / 1000, v["max_us"] / 1000,
      v["requests"] / (v["duration_us"] / 1e6), errors }'
}
cpu_seconds() { # pid -> user+system CPU seconds so far
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f\n", ($12 + $13) / hz }' "/proc/$1/stat"
}
children_cpu() { # -> user+system CPU seconds of this script's finished children (the load tools)
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f\n", ($14 + $15) / hz }' "/proc/$$/stat"
}
cpu_split() { # server0 server1 tools0 tools1 busy0 busy1 total0 total1 seconds requests -> one line
  awk -v r="${10}" -v s0="$1" -v s1="$2" -v g0="$3" -v g1="$4" -v mb=$(( $6 - $5 )) -v mt=$(( $8 - $7 )) \
    -v d="$9" -v n="$(nproc)" 'BEGIN {
      server = 100 * (s1 - s0) / d; tools = 100 * (g1 - g0) / d; all = 100 * n * mb / mt
      other = all - server - tools; if (other < 0) other = 0
      printf "server %.0f%%, load generator %.0f%%, everything else %.0f%% (of %d cores = %d%%); server %.2f ms CPU per request",
        server, tools, other, n, 100 * n, (r > 0 ? 1000 * (s1 - s0) / r : 0) }'
}
rss_mib() { awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }
hwm_mib() { awk '/^VmHWM:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status"; }
denied() { # name -> requests the server denied (the review is compliant: this must stay 0)
  curl -sS "http://127.0.0.1:${metrics[$1]}/metrics" \
    | awk '/^kyverno_admission_requests_total\{.*request_allowed="false"/ { n += $NF } END { print n + 0 }'
}
declare -A hey_res wrk_res max_res cpu_pct

measure() { # name
  local name="$1" c0 b0 t0 c1 b1 t1 g0 g1
  say "[$name] warm-up: ${warmup} s at $rate req/s (not counted)"
  hey_at_rate "$name" "$warmup" "$work/warmup-$name.txt"
  say "[$name] hey: ${duration} s at $rate req/s ($hey_workers workers x $hey_qps req/s, keep-alive)"
  c0=$(cpu_seconds "${spid[$name]}") g0=$(children_cpu); read -r b0 t0 < <(machine_busy)
  hey_at_rate "$name" "$duration" "$work/hey-$name.txt"
  c1=$(cpu_seconds "${spid[$name]}") g1=$(children_cpu); read -r b1 t1 < <(machine_busy)
  hey_res[$name]="$(hey_field "$work/hey-$name.txt")"
  cpu_pct[$name]="$(cpu_split "$c0" "$c1" "$g0" "$g1" "$b0" "$b1" "$t0" "$t1" "$duration" \
    "$(awk '{ print $6 }' <<<"${hey_res[$name]}")")"
  say "    p50/p99/max ms, req/s, 200s/all: ${hey_res[$name]}; CPU: ${cpu_pct[$name]}"
  say "[$name] wrk paced: ${duration} s at $rate req/s (2 threads, $wrk_connections connections)"
  wrk_run "$name" "$duration" "$work/wrk-paced-$name.txt" "$rate"
  wrk_res[$name]="$(wrk_field "$work/wrk-paced-$name.txt")"
  say "    p50/p99/max ms, req/s, errors: ${wrk_res[$name]}"
  say "[$name] wrk max throughput: ${wrk_duration} s, 2 threads, $wrk_connections connections"
  wrk_run "$name" "$wrk_duration" "$work/wrk-max-$name.txt"
  max_res[$name]="$(wrk_field "$work/wrk-max-$name.txt")"
  say "    p50/p99/max ms, req/s, errors: ${max_res[$name]}"
}
wrk_connections=8

measure empty
measure policies

say "[policies] memory soak: ${soak} s at $rate req/s"
rss_before=$(rss_mib "${spid[policies]}")
(
  # RSS every 30 s during the soak (bounded: it stops after the soak's length).
  for i in $(seq 0 30 "$soak"); do
    printf '%s s: %s MiB\n' "$i" "$(rss_mib "${spid[policies]}")"
    sleep 30
  done
) >"$work/rss-soak.txt" 2>/dev/null &
helper_pids+=($!)
(
  sleep $((soak / 2))
  top -b -n1 -w 200 | head -n 15
) >"$work/top-soak.txt" 2>/dev/null &
helper_pids+=($!)
c0=$(cpu_seconds "${spid[policies]}") g0=$(children_cpu); read -r b0 t0 < <(machine_busy)
hey_at_rate policies "$soak" "$work/hey-soak.txt"
c1=$(cpu_seconds "${spid[policies]}") g1=$(children_cpu); read -r b1 t1 < <(machine_busy)
rss_after=$(rss_mib "${spid[policies]}") hwm_after=$(hwm_mib "${spid[policies]}")
rss_empty=$(rss_mib "${spid[empty]}")
soak_res="$(hey_field "$work/hey-soak.txt")"
soak_cpu="$(cpu_split "$c0" "$c1" "$g0" "$g1" "$b0" "$b1" "$t0" "$t1" "$soak" "$(awk '{ print $6 }' <<<"$soak_res")")"
say "    p50/p99/max ms, req/s, 200s/all: $soak_res; CPU: $soak_cpu; RSS $rss_before -> $rss_after MiB (peak $hwm_after)"

denied_policies=$(denied policies) denied_empty=$(denied empty)

gc_summary() { # name -> "N pauses, total T ms, max M ms"
  awk '/Pause/ { ms = $NF; sub(/ms$/, "", ms); n++; sum += ms; if (ms > max) max = ms }
    END { printf "%d pauses, %.0f ms in total, longest %.1f ms\n", n, sum, max }' "${gc_log[$1]}" 2>/dev/null || echo "no GC log"
}

# --- report --------------------------------------------------------------------------------
read -r hp50 hp99 hmax hrps hok htotal <<<"${hey_res[policies]}"
read -r ep50 ep99 emax erps eok etotal <<<"${hey_res[empty]}"
read -r wp50 wp99 wmax wrps werr <<<"${wrk_res[policies]}"
read -r wep50 wep99 wemax werps weerr <<<"${wrk_res[empty]}"
read -r mp50 mp99 mmax mrps merr <<<"${max_res[policies]}"
read -r mep50 mep99 memax merps meerr <<<"${max_res[empty]}"
read -r sp50 sp99 smax srps sok stotal <<<"$soak_res"

cat <<EOF

== bulwark serve, load on loopback ==
machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1), kernel $(uname -r), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
java:    $("$java_bin" -version 2>&1 | head -n1) ($java_bin), flags of ./bulwark serve
tools:   $(dpkg-query -W -f='${Package} ${Version}  ' hey wrk 2>/dev/null || echo "hey, wrk") (load generators share the cores with the servers)
review:  $(wc -c <"$review") bytes, Pod CREATE, allowed; 17 Pod Security policies in Enforce (19 rules apply to a Pod)
runs:    warm-up ${warmup} s; fixed rate ${rate} req/s for ${duration} s (hey: ${hey_workers} workers x ${hey_qps}/s;
         wrk: 2 threads, ${wrk_connections} connections, paced); max throughput wrk -t2 -c${wrk_connections} ${wrk_duration} s; soak ${soak} s
$( (( quick )) && echo "QUICK RUN: smoke test only, not the figures of record" )

                        ready   |  hey at ${rate}/s (0.1 ms steps)     |  wrk paced at ${rate}/s        |  wrk max  |  RSS
server                  s       |  p50    p99    max     req/s   |  p50    p99    max     req/s  |  req/s    |  MiB
EOF
printf '%-23s %-7s |  %-6s %-6s %-7s %-7s |  %-6s %-6s %-7s %-6s |  %-8s |  %s\n' \
  "17 PSS policies" "${ready_s[policies]}" "$hp50" "$hp99" "$hmax" "$hrps" "$wp50" "$wp99" "$wmax" "$wrps" "$mrps" "$rss_before (before soak)"
printf '%-23s %-7s |  %-6s %-6s %-7s %-7s |  %-6s %-6s %-7s %-6s |  %-8s |  %s\n' \
  "no policies (baseline)" "${ready_s[empty]}" "$ep50" "$ep99" "$emax" "$erps" "$wep50" "$wep99" "$wemax" "$werps" "$merps" "$rss_empty (at the end)"
printf '%-23s %-7s |  %-6s %-6s %-7s %-7s |  %-6s %-6s %-7s %-6s |  %-8s |  %s\n' \
  "17 PSS, soak ${soak} s" "" "$sp50" "$sp99" "$smax" "$srps" "" "" "" "" "" "$rss_after after soak (peak $hwm_after)"
cat <<EOF

latencies in ms; hey percentiles come in 0.1 ms steps, wrk's in microseconds.
responses: policies ${hok}/${htotal} hey 200s, wrk errors ${werr} paced / ${merr} max, soak ${sok}/${stotal};
           baseline ${eok}/${etotal} hey 200s, wrk errors ${weerr} paced / ${meerr} max
denied by the server (must be 0, the review is compliant): policies ${denied_policies}, baseline ${denied_empty}
CPU during the hey run, policies: ${cpu_pct[policies]}
CPU during the hey run, baseline: ${cpu_pct[empty]}
CPU during the soak:              ${soak_cpu}
machine busy before the run:      ${idle_check} (other processes on this machine compete with the benchmark)
GC (whole run): policies $(gc_summary policies); baseline $(gc_summary empty)
EOF

verdicts=0
verdict() { # ok? text
  if [[ "$1" == 1 ]]; then printf '  met     %s\n' "$2"; else printf '  MISSED  %s\n' "$2"; verdicts=1; fi
}
ratio_hey=$(awk -v a="$hp50" -v b="$ep50" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 99) }')
ratio_wrk=$(awk -v a="$wp50" -v b="$wep50" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 99) }')
lt() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? 1 : 0 }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
echo
echo "targets (issue 4), for the policy server:"
verdict "$(lt "$hp99" 5)" "p99 under 5 ms at $rate req/s: hey p99 $hp99 ms (wrk paced: $wp99 ms)"
verdict "$(le "$ratio_wrk" 1.3)" "p50 within 1.3x of the no-policy baseline: wrk paced ${wp50} / ${wep50} ms = ${ratio_wrk}x (hey, 0.1 ms steps: ${hp50} / ${ep50} ms = ${ratio_hey}x)"
verdict "$(lt "$rss_after" 256)" "RSS under 256 MiB after ${soak} s at $rate req/s: $rss_after MiB"
verdict "$(lt "${ready_s[policies]}" 2)" "ready within 2 s of start: ${ready_s[policies]} s from running ./bulwark serve (baseline ${ready_s[empty]} s)"
verdict "$(( denied_policies == 0 && hok == htotal && sok == stotal && werr == 0 && merr == 0 ))" \
  "every review answered 200 and allowed"
(( soak >= 300 )) || echo "  (the soak was ${soak} s; the target is for 300 s)"
exit "$verdicts"
