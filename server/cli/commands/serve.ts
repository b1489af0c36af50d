// rantai serve: the HTTP API and the web front end (what `npm start` runs).
import { readConfig, DEFAULT_DATASET, WEB_ROOT } from '../../config.ts';
import { startServer } from '../../api/index.ts';
import { openRuntime } from '../../runtime.ts';
import { uploadLimitsFromEnv } from '../../upload/index.ts';
import { countFlag, parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve the API and the web views (embedded store, or Neo4j when NEO4J_URI is set)',
  usage: 'rantai serve [--port 8080] [--dataset DIR]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, dataset: { type: 'string' }, host: { type: 'string' } });
    const config = readConfig();
    const port = countFlag('port', values.port, config.PORT);
    const datasetPath = values.dataset ?? config.RANTAI_DATASET ?? DEFAULT_DATASET;
    const runtime = await openRuntime(config, datasetPath, io.err);
    const server = await startServer(runtime, port, values.host ?? config.HOST, {
      webRoot: WEB_ROOT,
      log: io.err,
      writeToken: config.RANTAI_WRITE_TOKEN,
      corsOrigin: config.RANTAI_CORS_ORIGIN,
      uploadLimits: uploadLimitsFromEnv(config),
    });
    const counts = await runtime.store.counts();
    io.out(`Rantai on http://localhost:${server.port} (${runtime.store.kind} store: ${counts.nodes.Firm} firms, ${counts.nodes.Cluster} clusters)`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await runtime.close();
    return 0;
  },
};
