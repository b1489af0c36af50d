// POST /api/datasets and GET /api/export on the Neo4j store: an upload replaces the graph in Neo4j,
// a rejected one leaves the database exactly as it was, and exporting the CSV zip and uploading it
// back gives the same graph (every node and relationship by key, with every property).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetHash, datasetToCsvTexts, datasetToGraph, readDataset, type GraphData } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { REPO } from '../helpers/cli.ts';
import { editLine, smallDataset } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { fingerprint } from '../console/fingerprint.ts';
import { zipOf } from './zips.ts';

const uri = testNeo4jUri();
const TOKEN = 'neo4j-upload-token-0123456';

const byKey = (g: GraphData) => ({
  nodes: new Map(g.nodes.map((n) => [`${n.label}|${n.id}`, n.props])),
  rels: new Map(g.rels.map((r) => [r.key, { type: r.type, from: r.from, to: r.to, props: r.props }])),
});

describe.skipIf(uri === null)('uploads and exports on Neo4j', () => {
  let store: Neo4jStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await openTestNeo4jStore(uri!);
    await store.replace(await readDataset(`${REPO}seed/indonesia`), 'upload-test');
    server = await serveWith(store, { writeToken: TOKEN });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const post = async (body: BodyInit, type: string, query = '') => {
    const res = await fetch(`${server.url}/api/datasets${query}`, { method: 'POST', headers: { 'Content-Type': type, Authorization: `Bearer ${TOKEN}` }, body });
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('replaces the graph with an uploaded zip', async () => {
    const d = smallDataset(4);
    const r = await post(zipOf(Object.fromEntries(datasetToCsvTexts(d))), 'application/zip', '?name=generated-4');
    expect(r.status).toBe(200);
    expect((r.body as { counts: unknown }).counts).toEqual(await new EmbeddedStore(d).counts());
    expect(byKey(await store.snapshot())).toEqual(byKey(datasetToGraph(d)));
    const [meta] = await store.read('MATCH (m:RantaiMeta {id: $id}) RETURN m.name AS name', { id: 'dataset' });
    expect(meta!.name).toBe('generated-4');
    expect((await store.info()).name).toBe('generated-4');
    // The hash the upload's worker computed, recorded in RantaiMeta: the one datasetHash gives.
    expect((await store.info()).hash).toBe(datasetHash(datasetToGraph(d)));
  });

  it('a rejected upload leaves the database exactly as it was', async () => {
    const before = await fingerprint(store);
    const texts = datasetToCsvTexts(smallDataset(5));
    texts.set('firms.csv', editLine(texts.get('firms.csv')!, 2, (l) => l.replace(/,(OEM|TIER1|TIER2|IKM|BUYER),/, ',NOBODY,')));
    const r = await post(zipOf(Object.fromEntries(texts)), 'application/zip');
    expect(r.status).toBe(422);
    expect(errorOf(r.body).details).toEqual([expect.objectContaining({ file: 'firms.csv', line: 2, column: 3 })]);
    expect(await fingerprint(store)).toEqual(before);
  });

  it('export → import: the CSV zip from GET /api/export uploads back to the same graph', async () => {
    await store.replace(await readDataset(`${REPO}seed/indonesia`), 'seed');
    const original = await store.snapshot();
    const zip = new Uint8Array(await (await fetch(`${server.url}/api/export?format=csv`)).arrayBuffer());
    await store.replace(smallDataset(6), 'something else');
    const r = await post(zip, 'application/zip', '?name=round-trip');
    expect(r.status).toBe(200);
    expect(byKey(await store.snapshot())).toEqual(byKey(original));
    // The JSON bundle export round-trips the same way.
    const bundle = await (await fetch(`${server.url}/api/export?format=json`)).text();
    await store.replace(smallDataset(6), 'something else');
    expect((await post(bundle, 'application/json')).status).toBe(200);
    expect(byKey(await store.snapshot())).toEqual(byKey(original));
  });
});
