// Worker-thread entry of off-thread.ts (util/job-worker.ts serveJobs): a posted graph's answer, or
// its error as data. The route's limits apply here as in place (analyseGraph's defaults).
import { serveJobs } from '../../util/job-worker.ts';
import { analyseGraph } from './analyse.ts';
import { graphErrorAsData, type GraphJobError } from './off-thread.ts';
import type { GraphRequest } from './schema.ts';

serveJobs<GraphRequest, GraphJobError>(async (request) => ({ result: await analyseGraph(request) }), graphErrorAsData);
