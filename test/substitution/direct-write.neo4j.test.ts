// Issue 16: the Neo4j store keeps the substitution facts per data version and builds them after each
// load, so a request between two writes does not query them again. A write made directly in Neo4j
// (someone's own driver, not Rantai) must still be in the very next answer. Each step below writes
// into the loaded hand dataset and checks the next answer against the embedded store's answer for
// the same dataset changed the same way (the two stores agree exactly: differential.neo4j.test.ts),
// and the hand-worked status of the pair the write is about (test/substitution/hand-dataset.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jFactSource, substitution, type SubstitutionOut, type SubstitutionQuery } from '../../server/analysis/substitution/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import type { Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { attachWork } from '../../server/work/index.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';
import { serveStore } from '../helpers/server.ts';
import { handDataset } from './hand-dataset.ts';

const uri = testNeo4jUri();
const QUERY: SubstitutionQuery = { strategy: 'balanced', limit: 50 };

/** The status of c-case × cl-b in an answer. */
const caseInB = (out: SubstitutionOut) => out.opportunities.find((o) => o.component.id === 'c-case' && o.cluster.id === 'cl-b');

describe.skipIf(uri === null)('substitution on Neo4j after a direct write', () => {
  let fx: DirectWrites;
  const write = (query: string) => fx.write(query);
  /** The embedded store's answer for the hand dataset changed by `change`. */
  const expected = async (change: (d: Dataset) => void): Promise<SubstitutionOut> => {
    const d = handDataset();
    change(d);
    return substitution(new EmbeddedStore(d), QUERY);
  };

  // Warmed like the server's store (server/store/neo4j/runtime.ts).
  beforeAll(() => {
    fx = openDirectWrites(uri!);
  });
  afterAll(async () => fx?.close());

  it('keeps the facts built by the load until someone writes, then answers from the data as written', async () => {
    await fx.store.replace(handDataset(), 'direct-write');
    // The load built the facts: asking twice without a write gives the very same kept lists.
    const kept = (await neo4jFactSource(fx.store).facts({})).clusters;
    expect((await neo4jFactSource(fx.store).facts({})).clusters).toBe(kept);
    const loaded = await substitution(fx.store, QUERY);
    expect(loaded).toEqual(await expected(() => {}));
    // Hand-worked: cl-b lacks p-cast (f-b1 CAN only p-cnc); m-adc12, IATF 16949 and 10 t ≥ 2 t are met.
    expect(caseInB(loaded)?.status).toBe('near');
    expect(caseInB(loaded)?.gaps.map((g) => g.kind)).toEqual(['process']);

    // 1. A relationship created directly: f-b1 now casts, so c-case × cl-b has no gap left.
    await write("MATCH (f:Firm {id: 'f-b1'}), (p:Process {id: 'p-cast'}) CREATE (f)-[:CAN {source: 'direct write'}]->(p)");
    expect((await neo4jFactSource(fx.store).facts({})).clusters).not.toBe(kept);
    const cast = await substitution(fx.store, QUERY);
    expect(caseInB(cast)?.status).toBe('ready');
    expect(cast).toEqual(await expected((d) => d.capabilities.push({ firm: 'f-b1', process: 'p-cast', source: 'direct write', estimate: false })));

    // 2. A property changed directly: f-b1 loses its IATF 16949 certificate (one gap again).
    await write("MATCH (f:Firm {id: 'f-b1'}) SET f.certifications = []");
    const uncertified = await substitution(fx.store, QUERY);
    expect(caseInB(uncertified)?.status).toBe('near');
    expect(caseInB(uncertified)?.gaps.map((g) => g.kind)).toEqual(['certification']);
    expect(uncertified).toEqual(
      await expected((d) => {
        d.capabilities.push({ firm: 'f-b1', process: 'p-cast', source: 'direct write', estimate: false });
        d.firms.find((f) => f.id === 'f-b1')!.certifications = [];
      }),
    );

    // 3. An import deleted directly: c-case is no longer imported, so no pair of it is ranked.
    await write("MATCH (:Firm {id: 'f-buyer'})-[i:IMPORTS {component: 'c-case'}]->() DELETE i");
    const noImport = await substitution(fx.store, QUERY);
    expect(caseInB(noImport)).toBeUndefined();
    // Hand dataset: c-drum is left, imported by f-buyer, × 2 clusters.
    expect(noImport.total).toBe(2);
  });

  describe('through the API (the work gate caches answers per data version too)', () => {
    let server: RunningServer;
    beforeAll(async () => {
      attachWork(fx.store, {});
      server = await serveStore(fx.store);
    });
    afterAll(async () => server?.close());

    const get = async () => {
      const res = await fetch(`${server.url}/api/analysis/substitution?limit=50`);
      return { outcome: res.headers.get('x-rantai-work'), body: (await res.json()) as SubstitutionOut };
    };

    it('serves the kept answer until a direct write, then the new one', async () => {
      await fx.store.replace(handDataset(), 'direct-write-api');
      const first = await get();
      expect(caseInB(first.body)?.status).toBe('near');
      expect((await get()).outcome).toBe('hit');
      await write("MATCH (f:Firm {id: 'f-b1'}), (p:Process {id: 'p-cast'}) CREATE (f)-[:CAN {source: 'direct write'}]->(p)");
      const after = await get();
      expect(after.outcome).toBe('computed');
      expect(caseInB(after.body)?.status).toBe('ready');
    });
  });
});
