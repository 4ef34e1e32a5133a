// Preloaded into the CLI child by the benchmark (node --require): prints the process's CPU time
// on exit, so the 500-file workspace timing is not inflated by other programs on the machine.
'use strict';
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nOKR_BENCH_CPU_MS=${((u.user + u.system) / 1000).toFixed(1)}\n`);
});
