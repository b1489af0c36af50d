// Worker-thread entry of metrics-off-thread.ts (util/job-worker.ts serveJobs): a graph's firm
// metrics as columns, their buffers moved back (made here, so plain ArrayBuffers), or the error as data;
// or only its communities (a seed other than the kept one's).
import { jobErrorAsData, serveJobs, type JobError } from '../../util/job-worker.ts';
import { firmCommunities, firmMetrics } from './firm-metrics.ts';
import { packMetrics, type MetricsJob } from './metrics-off-thread.ts';

serveJobs<MetricsJob, JobError>(async ({ input, options, communitiesOnly }) => {
  if (communitiesOnly) {
    const c = firmCommunities(input, options);
    return { result: c, transfer: [c.community.buffer as ArrayBuffer] };
  }
  const packed = packMetrics(await firmMetrics(input, options));
  return { result: packed, transfer: [packed.degree.buffer as ArrayBuffer, packed.betweenness.buffer as ArrayBuffer, packed.pagerank.buffer as ArrayBuffer, packed.community.buffer as ArrayBuffer] };
}, jobErrorAsData);
