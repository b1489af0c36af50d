// Public face of the work gate (server/work): shared computations, the answer cache per data
// version, bounded concurrency and queue, time and memory budgets, cancellation.
export { Work, type WorkRequest, type WorkStats, type Outcome } from './work.ts';
export { workFor, attachWork } from './registry.ts';
export { sendWork, sendJson, sendBody, clientSignal, type RouteWork } from './http.ts';
export { bodyEtag, jsonAnswer, jsonBytes, fileAnswer, spooledAnswer, tooLargeOr, MAX_STRING_BYTES, type Answer, type SpooledFile } from './answer.ts';
export { acceptsGzip, compressible, gzipBody, gzipEtag, gzipOf, gzipWorthSending, GZIP_LEVEL, MIN_COMPRESSED_BYTES } from './encoding.ts';
export { currentWork, checkpoint, remainingMs, runWithin, type WorkContext } from './context.ts';
export { DEFAULT_WORK_LIMITS, resolveWorkLimits, workLimitsFromConfig, workLimitsShape, type WorkLimits } from './limits.ts';
export { WORK_ROUTES, timeBudgetMs, type WorkRoute } from './budgets.ts';
export { ClientGoneError, WORK_ERRORS, localise, retryAfterOf } from './errors.ts';
export { requestLang, type Lang } from './messages.ts';
export { FreshRead } from './fresh-read.ts';
export { Gate } from './gate.ts';
export { LruCache } from './lru.ts';
export { SharedRuns } from './shared.ts';
