// Missing links at scale through the API, on the embedded store: a dataset generated with
// `rantai generate`'s code — 416 clusters, 2,000 components and 20,000 firms in CI
// (RANTAI_LINKS_FIRMS=100000 for the national size; bench/missing-links.ts times that one) — served
// as the server serves it, asked for the default ranking and for one cluster, component and buyer.
// The brute force to compare with (test/links/brute-force.ts) lists every candidate of a sample —
// one cluster's members, one component, one buyer — by testing every firm against every demand pair
// with the requirement rule, and ranks them with recommend(): the best candidate overall must be
// the best of every sample holding it, a filtered answer must equal its sample's brute force, and
// no sampled candidate left out of the top 50 may rank above the 50th.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexGraph, missingLinksOutShape, type GraphIndex, type MissingLinksOut, type Recommendation } from '../../server/analysis/links/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { mulberry32, pick } from '../../server/util/random.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { bruteForceForSuppliers } from './brute-force.ts';

const FIRMS = Number(process.env.RANTAI_LINKS_FIRMS ?? 20_000);

let server: TestServer;
let index: GraphIndex;
let top: MissingLinksOut;
beforeAll(async () => {
  const dataset = generateDataset({ clusters: 416, firms: FIRMS, components: 2000, seed: 1 });
  const store = new EmbeddedStore(dataset);
  server = await serveWith(store);
  index = indexGraph(await store.snapshot());
  top = await get('');
}, 300_000);
afterAll(async () => server?.close());

/**
 * One request on a fresh connection: the brute forces between requests take longer than the
 * server's keep-alive, and a pooled connection closed by the server meanwhile would fail the fetch.
 */
async function get(query: string): Promise<MissingLinksOut> {
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get(`${server.url}/api/analysis/missing-links${query}`, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
  expect(status).toBe(200);
  return missingLinksOutShape.parse(JSON.parse(body));
}

const id = (r: Recommendation) => `${r.supplier.id}>${r.buyer.id}:${r.component.id}`;
const withoutRank = ({ rank: _rank, ...r }: Recommendation) => r;

describe(`missing links at scale (${FIRMS.toLocaleString('en')} firms, embedded store, through the API)`, () => {
  it('answers the default request: 50 recommendations ranked by score, none an existing supply', () => {
    expect(top.total).toBeGreaterThan(100_000);
    expect(top.recommendations).toHaveLength(50);
    expect(top.recommendations.map((r) => r.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    for (let i = 1; i < 50; i++) expect(top.recommendations[i]!.score).toBeLessThanOrEqual(top.recommendations[i - 1]!.score);
    for (const r of top.recommendations) expect(index.supplyTriples.has(`${r.supplier.id}|${r.buyer.id}|${r.component.id}`)).toBe(false);
  });

  it('puts first the best candidate of its buyer and of its component (brute force over every firm)', () => {
    const best = top.recommendations[0]!;
    const ofBuyer = bruteForceForSuppliers(index, index.firms, { buyer: best.buyer.id }, 1);
    const ofComponent = bruteForceForSuppliers(index, index.firms, { component: best.component.id }, 1);
    expect(ofBuyer.recommendations[0]).toEqual(best);
    expect(ofComponent.recommendations[0]).toEqual(best);
  });

  it('leaves out of the top 50 only candidates that rank below the 50th (brute force over sampled buyers)', () => {
    const rng = mulberry32(18);
    const kept = new Map(top.recommendations.map((r) => [id(r), r]));
    const last = top.recommendations[49]!;
    const buyers = [...new Set([...top.recommendations.slice(0, 5).map((r) => r.buyer.id), ...Array.from({ length: 5 }, () => pick(rng, [...index.needs.keys()].sort()))])];
    let checked = 0;
    for (const buyer of buyers) {
      for (const r of bruteForceForSuppliers(index, index.firms, { buyer }).recommendations) {
        const mine = kept.get(id(r));
        if (mine) expect(withoutRank(mine)).toEqual(withoutRank(r));
        else expect(r.score).toBeLessThanOrEqual(last.score);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('answers ?cluster= exactly as the brute force over its members', async () => {
    const cluster = top.recommendations.find((r) => r.supplier.cluster !== null)?.supplier.cluster?.id ?? 'gcl-0007';
    const out = await get(`?cluster=${cluster}`);
    const expected = bruteForceForSuppliers(index, index.membersOf.get(cluster) ?? [], {}, 50);
    expect(out.total).toBeGreaterThan(1000);
    expect(out.total).toBe(expected.total);
    expect(out.recommendations).toEqual(expected.recommendations);
  });

  it('answers ?component= and ?buyer= exactly as the brute force over every firm', async () => {
    const { component } = top.recommendations[10]!;
    const byComponent = await get(`?component=${component.id}&limit=200`);
    const expected = bruteForceForSuppliers(index, index.firms, { component: component.id }, 200);
    expect(byComponent.total).toBe(expected.total);
    expect(byComponent.recommendations).toEqual(expected.recommendations);
    const { buyer } = top.recommendations[20]!;
    const byBuyer = await get(`?buyer=${buyer.id}`);
    const expectedBuyer = bruteForceForSuppliers(index, index.firms, { buyer: buyer.id }, 50);
    expect(byBuyer.total).toBe(expectedBuyer.total);
    expect(byBuyer.recommendations).toEqual(expectedBuyer.recommendations);
  });
});
