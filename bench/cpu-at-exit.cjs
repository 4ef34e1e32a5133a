// Preloaded into the CLI child by the benchmark (node --require): prints the process's CPU time
// on exit, so the 500-file workspace timing is not inflated by other programs on the machine.
// The CLI parses on worker threads (src/cli/parallel.ts; the preload runs in each of them too):
// on Linux every JS thread also prints its own CPU time, and the busiest one bounds the wall time
// on idle cores (the process's total counts every thread, V8's compiler and GC helpers included).
'use strict';
const { isMainThread } = require('node:worker_threads');
const { readFileSync, writeSync } = require('node:fs');

function threadCpuMs() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 1/100 s
  } catch {
    return null;
  }
}

process.on('exit', () => {
  const thread = threadCpuMs();
  // A worker writes straight to fd 2: its process.stderr goes through the main thread, which may be gone.
  if (thread !== null) writeSync(2, `\nOKR_BENCH_THREAD_CPU_MS=${thread}\n`);
  if (!isMainThread) return;
  const u = process.cpuUsage();
  process.stderr.write(`\nOKR_BENCH_CPU_MS=${((u.user + u.system) / 1000).toFixed(1)}\n`);
});
