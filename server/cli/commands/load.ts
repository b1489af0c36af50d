// rantai load <dataset>: validate, then load into Neo4j (NEO4J_URI) atomically, with progress. The
// load records the dataset's name (--name, default: the folder or file name), source and content
// hash in RantaiMeta, so a server running on the same Neo4j names it in its next answer. What it
// prints (problems, progress, the lock's holder, the result) is in English or Bahasa Indonesia (--lang).
import { readConfig } from '../../config.ts';
import { count, fixed, say, text } from '../../i18n/index.ts';
import { readDataset } from '../../model/index.ts';
import { displayName } from '../../runtime.ts';
import { LoadLockedError, LoadLockLostError, lockHeldMessage, lockLostMessage, Neo4jStore, waitForNeo4j } from '../../store/neo4j/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { langFlag, orProblems } from './lang-flag.ts';

export const loadCommand: CliCommand = {
  name: 'load',
  summary: 'cli.summary.load',
  usage: 'rantai load <dataset> [--name NAME] [--lang en|id]',
  note: 'cli.usage.note.load',
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs(argv, { name: { type: 'string' }, lang: { type: 'string' } });
    const lang = langFlag(values.lang);
    if (positionals.length !== 1) throw new UsageError(text('cli.usage.oneDataset'));
    if (values.name !== undefined && values.name.trim() === '') throw new UsageError(text('cli.usage.notEmpty', { flag: '--name' }));
    const config = readConfig();
    if (!config.NEO4J_URI) throw new UsageError(text('cli.usage.neo4jUnset'));
    // Validation first: a rejected dataset never touches the database.
    const dataset = await orProblems(io, lang, () => readDataset(positionals[0]!));
    if (dataset === null) return 1;
    const store = Neo4jStore.create({ uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE });
    try {
      await waitForNeo4j(store, config.NEO4J_URI, { log: io.err, timeoutMs: 60_000, lang });
      const started = performance.now();
      let lastShown = 0;
      const shown = displayName(positionals[0]!);
      const about = { name: values.name?.trim() || shown.replace(/\.(json|xlsx)$/i, ''), source: `rantai load ${shown}` };
      const replace = () => store.replace(dataset, about, (p) => {
        const now = performance.now();
        if (p.phase === 'nodes' || p.phase === 'relationships') {
          if (now - lastShown < 1000 && p.done < p.total) return;
          lastShown = now;
          io.err(say(lang, p.phase === 'nodes' ? 'cli.progress.nodes' : 'cli.progress.relationships', { done: count(lang, p.done), total: count(lang, p.total) }));
        } else if (p.phase === 'swap') io.err(say(lang, 'cli.swapping'));
        else if (p.phase === 'retire' && p.total > 0) {
          if (p.done === 0) {
            lastShown = now;
            io.err(say(lang, 'cli.live', { total: count(lang, p.total) }));
          } else if (now - lastShown >= 1000 || p.done >= p.total) {
            lastShown = now;
            io.err(say(lang, 'cli.progress.retired', { done: count(lang, p.done), total: count(lang, p.total) }));
          }
        }
      });
      try {
        await replace();
      } catch (error) {
        // Another load holds the lock (or took it over): name the holder, change nothing, exit 1.
        if (error instanceof LoadLockedError) io.err(lockHeldMessage(error.holder, lang));
        else if (error instanceof LoadLockLostError) io.err(lockLostMessage(lang));
        else throw error;
        return 1;
      }
      const counts = await store.counts();
      const seconds = fixed(lang, (performance.now() - started) / 1000, 1);
      io.out(say(lang, 'cli.loaded', { name: about.name, seconds }));
      // Label and relationship type names are the graph's own (Firm, SUPPLIES): alike in both languages.
      io.out(say(lang, 'cli.nodes', { counts: Object.entries(counts.nodes).map(([k, v]) => `${k} ${v}`).join(', ') }));
      io.out(say(lang, 'cli.relationships', { counts: Object.entries(counts.relationships).map(([k, v]) => `${k} ${v}`).join(', ') }));
      return 0;
    } finally {
      await store.close();
    }
  },
};
