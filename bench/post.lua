-- wrk script for bench/load.sh: POSTs one AdmissionReview file with every request.
--
--   wrk -t2 -c8 -d20s -s bench/post.lua URL -- REVIEW.json [RATE THREADS]
--
-- With RATE (requests per second for the whole run, THREADS = wrk's -t), each wrk thread sends on
-- a fixed schedule of RATE/THREADS slots per second on the monotonic clock, so latency is measured
-- at that load with wrk's microsecond resolution. Without RATE, wrk sends as fast as the server
-- answers. done() prints one machine-readable line, "RESULT key=value ...".

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local interval_ms = nil
local next_slot = nil

-- Milliseconds until this thread's next slot (wrk rounds down to whole milliseconds).
local function paced_delay()
  local now = now_ms()
  if next_slot == nil then
    next_slot = now
  end
  next_slot = next_slot + interval_ms
  local wait = next_slot - now
  if wait < 0 then
    return 0
  end
  return wait
end

function init(args)
  local path = args[1]
  if path == nil then
    error("post.lua: give the AdmissionReview file after --")
  end
  local file = assert(io.open(path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  local rate = tonumber(args[2] or "")
  local threads = tonumber(args[3] or "") or 1
  if rate ~= nil and rate > 0 then
    interval_ms = 1000 * threads / rate
    -- wrk looks for a global delay() after init(): only the paced run has one.
    delay = paced_delay
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f " ..
    "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
