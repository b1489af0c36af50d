// Worker-thread entry of present-sums-pool.ts: takes its part of a job of level sums (the shared
// arrays of present-sums.ts) unless the main thread already gave up waiting, and meets the main
// thread at the barriers. It says it is ready through the shared flag it was started with, which
// the main thread can read without its event loop turning.
import { parentPort, workerData } from 'node:worker_threads';
import { levelSums, type SumsJob, type SumsPart, type SumsScratch } from './present-sums.ts';
import { barrier, claim, done, fail } from './present-sums-sync.ts';

parentPort!.on('message', ({ job, scratch, part, ctl, parties }: { job: SumsJob; scratch: SumsScratch; part: SumsPart; ctl: Int32Array; parties: 1 | 2 }) => {
  if (!claim(ctl)) return;
  try {
    levelSums(job, scratch, part, parties === 2 ? barrier(ctl, 2) : () => undefined);
    if (parties === 1) done(ctl);
  } catch {
    fail(ctl);
  }
});
const { ready } = workerData as { ready: Int32Array };
Atomics.store(ready, 0, 1);
