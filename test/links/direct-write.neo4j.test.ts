// Issue 16: the Neo4j store keeps the missing links' ranking index per data version and builds it
// after each load (server/analysis/links/warm.ts), so the Network view's recommended links and
// Link and match do not read 180,000 fact rows per request. A write made directly in Neo4j must
// still be in the very next answer: each step writes into the loaded hand dataset and checks the
// next answer against the embedded store's answer for the same dataset changed the same way, and
// against the hand-worked candidates (test/links/hand-checked.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIndexOf, missingLinks, type MissingLinksOptions } from '../../server/analysis/links/index.ts';
import { datasetFromJsonText } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';
import { HAND_BUNDLE, handDataset } from './hand-dataset.ts';

const uri = testNeo4jUri();
const QUERY: MissingLinksOptions = { limit: 50 };
const triples = (out: Awaited<ReturnType<typeof missingLinks>>) => out.recommendations.map((r) => `${r.supplier.id}>${r.buyer.id}:${r.component.id}`);

describe.skipIf(uri === null)('missing links on Neo4j after a direct write', () => {
  let fx: DirectWrites;
  // Warmed like the server's store (server/store/neo4j/runtime.ts).
  beforeAll(() => {
    fx = openDirectWrites(uri!);
  });
  afterAll(async () => fx?.close());

  it('keeps the ranking index built by the load until someone writes, then answers from the data as written', async () => {
    await fx.store.replace(handDataset(), 'links direct-write');
    // The load built the index: asking twice without a write gives the very same one.
    const kept = await linkIndexOf(fx.store);
    expect(await linkIndexOf(fx.store)).toBe(kept);
    const loaded = await missingLinks(fx.store, QUERY);
    expect(loaded).toEqual(await missingLinks(new EmbeddedStore(handDataset()), QUERY));
    // Hand-worked: nine candidates, A → Y drum first.
    expect(loaded.total).toBe(9);
    expect(triples(loaded)[0]).toBe('f-a>f-y:c-drum');

    // A supply link created directly: A now supplies Y with drums, so that is no longer a candidate.
    await fx.write("MATCH (a:Firm {id: 'f-a'}), (y:Firm {id: 'f-y'}) CREATE (a)-[:SUPPLIES {component: 'c-drum', unitsPerYear: 200, valueUsd: 8000, source: 'direct write', estimate: false}]->(y)");
    expect(await linkIndexOf(fx.store)).not.toBe(kept);
    const written = await missingLinks(fx.store, QUERY);
    expect(written.total).toBe(8);
    expect(triples(written)).not.toContain('f-a>f-y:c-drum');
    const bundle = structuredClone(HAND_BUNDLE) as typeof HAND_BUNDLE & { supplies: Array<Record<string, unknown>> };
    bundle.supplies.push({ supplier: 'f-a', buyer: 'f-y', component: 'c-drum', units_per_year: 200, value_usd: 8000, source: 'direct write', estimate: false });
    expect(written).toEqual(await missingLinks(new EmbeddedStore(datasetFromJsonText('hand.json', JSON.stringify(bundle))), QUERY));
  });
});
