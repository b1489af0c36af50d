// rantai serve: the HTTP API and the web front end (what `npm start` runs). SIGTERM or SIGINT stops
// it gracefully: no new connections, the requests in flight finish (at most RANTAI_DRAIN_MS, 10 s
// by default; then their connections are closed), the store is closed, exit code 0. A second
// signal during the drain closes the remaining connections at once. What it says about itself is in
// English or Bahasa Indonesia (--lang); the API's answers follow each request's own language.
import { readConfig, DEFAULT_DATASET, WEB_ROOT } from '../../config.ts';
import { say, text, whole } from '../../i18n/index.ts';
import { startServer } from '../../api/index.ts';
import { openRuntime } from '../../runtime.ts';
import { uploadLimitsFromEnv } from '../../upload/index.ts';
import { withDeadline } from '../../util/deadline.ts';
import { countFlag, parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag } from './lang-flag.ts';

/** Whether only this machine can connect: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host.trim());
}

/** Closing the store (the Neo4j driver's connections) may take this long before the process goes anyway. */
const STORE_CLOSE_MS = 5_000;

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'cli.summary.serve',
  usage: 'rantai serve [--port 8080] [--dataset DIR] [--host 127.0.0.1] [--lang en|id]',
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { port: { type: 'string' }, dataset: { type: 'string' }, host: { type: 'string' }, lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    const config = readConfig();
    const port = countFlag('port', values.port, config.PORT);
    if (port > 65_535) throw new UsageError(text('cli.usage.port', { flag: '--port', got: values.port ?? String(port) }));
    const datasetPath = values.dataset ?? config.RANTAI_DATASET ?? DEFAULT_DATASET;
    const runtime = await openRuntime(config, datasetPath, io.err, lang);
    const host = values.host ?? config.HOST;
    const server = await startServer({ ...runtime, exportHeapMb: config.RANTAI_EXPORT_HEAP_MB }, port, host, {
      webRoot: WEB_ROOT,
      log: io.err,
      writeToken: config.RANTAI_WRITE_TOKEN,
      corsOrigin: config.RANTAI_CORS_ORIGIN,
      trustProxy: config.RANTAI_TRUST_PROXY,
      uploadLimits: uploadLimitsFromEnv(config),
      limits: { drainMs: config.RANTAI_DRAIN_MS, requestTimeoutMs: config.RANTAI_REQUEST_TIMEOUT_MS },
    });
    const counts = await runtime.store.counts();
    const store = say(lang, runtime.store.kind === 'neo4j' ? 'serve.store.neo4j' : 'serve.store.embedded');
    io.out(say(lang, 'serve.listening', { url: `http://localhost:${server.port}`, store, firms: whole(lang, counts.nodes.Firm ?? 0), clusters: whole(lang, counts.nodes.Cluster ?? 0) }));
    if (!isLoopback(host)) io.err(say(lang, 'serve.exposed', { host }));

    let signals = 0;
    let stop: (signal: NodeJS.Signals) => void = () => {};
    const stopped = new Promise<NodeJS.Signals>((resolve) => (stop = resolve));
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (signals === 1) stop(signal);
      else {
        io.err(say(lang, 'serve.forceClose', { signal }));
        server.forceClose();
      }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const signal = await stopped;
      io.err(say(lang, 'serve.stopping', { signal, n: whole(lang, server.inFlight()) }));
      const report = await server.close();
      const cut = report.cutOff > 0 ? say(lang, 'serve.cutOff', { n: whole(lang, report.cutOff) }) : '';
      const finished = whole(lang, Math.max(0, report.inFlightAtStart - report.cutOff));
      io.err(say(lang, 'serve.stopped', { ms: whole(lang, report.elapsedMs), finished, total: whole(lang, report.inFlightAtStart), cut }));
      await withDeadline(runtime.close(), STORE_CLOSE_MS, undefined);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  },
};
