// Worker-thread entry of the betweenness pool (brandes-pool.ts): runs one Brandes job on the
// shared CSR arrays it is sent and posts back its raw sums (transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { brandesFrom } from './brandes.ts';
import { brandesFolded } from './brandes-folded.ts';
import type { BrandesJob } from './brandes-pool.ts';

parentPort!.on('message', (job: BrandesJob) => {
  const result = job.kind === 'folded' ? brandesFolded(job.n, job.plan, job.sources) : brandesFrom(job.arrays, { sources: job.sources, endpoints: job.endpoints });
  // The sums are a fresh (unshared) buffer: transferring it moves it without a copy.
  parentPort!.postMessage(result, [result.buffer as ArrayBuffer]);
});
