// Starts the HTTP server on a port and returns a handle to stop it.
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.ts';
import type { ApiContext } from './context.ts';

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export async function startServer(ctx: ApiContext, port: number, host = '0.0.0.0', options: AppOptions = {}): Promise<RunningServer> {
  const app = createApp(ctx, options);
  const server = app.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
