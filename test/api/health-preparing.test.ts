// GET /api/health says whether the server is preparing the analyses (`preparing`): running the
// warmers that build what they derive from the whole dataset, after a start or a load. Right after
// a national Neo4j server started, four analyses asked at once waited 11-21 s for that with no word
// of why. Here an embedded store whose one warmer waits until the test lets it go: preparing while
// it runs (through a start's warm() and a load's replace()), not before or after.
import { afterEach, describe, expect, it } from 'vitest';
import { healthShape, startServer, type RunningServer } from '../../server/api/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { heldWarmer } from '../helpers/held-warmer.ts';
import { smallDataset } from '../helpers/datasets.ts';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close({ drainMs: 0 });
  server = undefined;
});

const preparing = async (): Promise<boolean> => healthShape.parse(await (await fetch(`${server!.url}/api/health`)).json()).preparing;

describe('GET /api/health while the analyses are prepared', () => {
  it('says preparing while a start’s warm-up runs, and not once it is done', async () => {
    const held = heldWarmer();
    const store = new EmbeddedStore(smallDataset(1), 'small', { warmers: [held.warmer] });
    server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {} });
    expect(await preparing()).toBe(false);
    const warming = store.warm();
    await held.started;
    expect(await preparing()).toBe(true);
    held.release();
    await warming;
    expect(await preparing()).toBe(false);
  });

  it('says preparing while a load warms for the new dataset', async () => {
    const held = heldWarmer();
    const store = new EmbeddedStore(smallDataset(1), 'small', { warmers: [held.warmer] });
    server = await startServer({ store, neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {} });
    const loading = store.replace(smallDataset(2), 'small 2');
    await held.started;
    expect(await preparing()).toBe(true);
    held.release();
    await loading;
    expect(await preparing()).toBe(false);
  });
});
