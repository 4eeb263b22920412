// Preloaded into a benchmarked CLI process: reports its peak memory on exit, on file descriptor 3.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // Not run by the benchmark: nothing to report to.
  }
});
