-- wrk reports p50/p75/p90/p99 with --latency but not p95; this prints one parseable line with what the
-- benchmark records: p50, p95 and p99 in milliseconds, requests per second, requests, and failed requests
-- (connection errors plus non-2xx/3xx answers).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
