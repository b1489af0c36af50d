// Worker-thread entry of present-sums-pool.ts: takes its part of a job of level sums (the shared
// arrays of present-sums.ts) unless the main thread already gave up waiting, and meets the main
// thread at the barriers. It says it is ready through the shared flag it was started with, which
// the main thread can read without its event loop turning.
import { parentPort, workerData } from 'node:worker_threads';
import { levelSums, type SumsJob, type SumsPart } from './present-sums.ts';
import { barrier, claim, fail } from './present-sums-sync.ts';

parentPort!.on('message', ({ job, part, ctl }: { job: SumsJob; part: SumsPart; ctl: Int32Array }) => {
  if (!claim(ctl)) return;
  try {
    levelSums(job, part, barrier(ctl, 2));
  } catch {
    fail(ctl);
  }
});
const { ready } = workerData as { ready: Int32Array };
Atomics.store(ready, 0, 1);
