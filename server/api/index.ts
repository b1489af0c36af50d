// Public face of the HTTP API.
export { createApp, type AppOptions } from './app.ts';
export { startServer, type RunningServer, type ServerOptions, type ShutdownReport } from './server.ts';
export { resolveHttpLimits, type HttpLimits } from './http-limits.ts';
export type { ApiContext } from './context.ts';
export { healthShape, readyShape, type HealthOut, type ReadyOut } from './routes/health.ts';
