// Public face of the HTTP API.
export { createApp, type AppOptions } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export type { ApiContext } from './context.ts';
export { healthShape, type HealthOut } from './routes/health.ts';
