// Link-prediction indices against NetworkX 3.6.1 (fixtures from scripts/fixtures/networkx_reference.py:
// nx.jaccard_coefficient, nx.adamic_adar_index, nx.resource_allocation_index,
// nx.preferential_attachment and len(nx.common_neighbors) on the undirected firm graph).
import { describe, expect, it } from 'vitest';
import {
  buildFirmGraphs,
  buildFirmGraphsInChunks,
  DuplicateFirmError,
  LINK_METHODS,
  LinkMethodSchema,
  linkScores,
  SelfPairError,
  UnknownFirmError,
  type LinkPair,
} from '../../server/analysis/network/index.ts';
import { AppError } from '../../server/errors.ts';
import { loadFixtures } from './fixtures.ts';

const fixtures = loadFixtures();

describe('link prediction agrees with NetworkX', () => {
  it('has the four standard fixtures', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(['florentine', 'gnp-directed', 'karate', 'synthetic-supply']));
  });

  for (const fx of fixtures) {
    for (const method of LINK_METHODS) {
      it(`${fx.name}: ${method} within 1e-9 on ${fx.link_scores.rows.length} pairs`, () => {
        const { undirected } = buildFirmGraphs(fx);
        const pairs: LinkPair[] = fx.link_scores.rows.map((r) => [r.source, r.target]);
        const scores = linkScores(undirected, method, pairs);
        expect(scores).toHaveLength(pairs.length);
        scores.forEach((s, i) => {
          const row = fx.link_scores.rows[i]!;
          expect([s.source, s.target]).toEqual([row.source, row.target]);
          expect(Math.abs(s.score - row[method]), `${row.source}-${row.target}`).toBeLessThanOrEqual(1e-9);
        });
      });
    }
    it(`${fx.name}: covers adjacent and non-adjacent pairs with non-trivial scores`, () => {
      expect(fx.link_scores.rows.some((r) => r.adjacent)).toBe(true);
      expect(fx.link_scores.rows.some((r) => !r.adjacent && r['adamic-adar'] > 0)).toBe(true);
    });
  }
});

describe('link prediction by hand', () => {
  // Star a-b, a-c, a-d plus b-c; e isolated. N(b) = {a, c}, N(c) = {a, b}, N(d) = {a}.
  const { undirected } = buildFirmGraphs({
    firms: ['a', 'b', 'c', 'd', 'e'],
    supplies: [
      { supplier: 'b', buyer: 'a' },
      { supplier: 'b', buyer: 'a' }, // a second component on the same link: still one edge
      { supplier: 'c', buyer: 'a' },
      { supplier: 'd', buyer: 'a' },
      { supplier: 'b', buyer: 'c' },
    ],
  });
  const one = (method: (typeof LINK_METHODS)[number], u: string, v: string) => linkScores(undirected, method, [[u, v]])[0]!.score;

  it('non-adjacent pair b-d: one common neighbour a of degree 3', () => {
    expect(one('common-neighbors', 'b', 'd')).toBe(1);
    expect(one('jaccard', 'b', 'd')).toBe(1 / 2); // {a} / {a, c}
    expect(one('adamic-adar', 'b', 'd')).toBeCloseTo(1 / Math.log(3), 15);
    expect(one('resource-allocation', 'b', 'd')).toBeCloseTo(1 / 3, 15);
    expect(one('preferential-attachment', 'b', 'd')).toBe(2);
  });

  it('adjacent pair b-c: the union holds b and c themselves, as in NetworkX', () => {
    expect(one('common-neighbors', 'b', 'c')).toBe(1);
    expect(one('jaccard', 'b', 'c')).toBe(1 / 3); // {a} / {a, b, c}
  });

  it('an isolated firm scores 0 everywhere (empty union gives jaccard 0)', () => {
    for (const method of LINK_METHODS) expect(one(method, 'e', 'b')).toBe(0);
    expect(linkScores(buildFirmGraphs({ firms: ['x', 'y'], supplies: [] }).undirected, 'jaccard', [['x', 'y']])).toEqual([
      { source: 'x', target: 'y', score: 0 },
    ]);
  });

  it('an unknown id throws UnknownFirmError carrying the id, a 400', () => {
    let caught: unknown;
    try {
      linkScores(undirected, 'jaccard', [['a', 'b'], ['a', 'nope']]);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnknownFirmError);
    expect(caught).toBeInstanceOf(AppError);
    const err = caught as UnknownFirmError;
    expect(err.id).toBe('nope');
    expect(err.field).toBe('pairs');
    expect(err.status).toBe(400);
    expect(err.code).toBe('invalid_parameter');
  });

  it('a pair of one firm with itself throws SelfPairError (400)', () => {
    expect(() => linkScores(undirected, 'adamic-adar', [['a', 'a']])).toThrow(SelfPairError);
    try {
      linkScores(undirected, 'adamic-adar', [['a', 'a']]);
    } catch (e) {
      expect((e as SelfPairError).status).toBe(400);
    }
  });

  it('an empty pair list gives an empty answer; the method enum rejects other names', () => {
    expect(linkScores(undirected, 'jaccard', [])).toEqual([]);
    expect(LinkMethodSchema.safeParse('katz').success).toBe(false);
    expect(LinkMethodSchema.parse('adamic-adar')).toBe('adamic-adar');
  });
});

describe('the firm graphs built in chunks (what POST /api/analysis/link-scores uses)', () => {
  it('are the very graphs buildFirmGraphs gives, node and edge order included, on every fixture', async () => {
    for (const fx of fixtures) {
      const whole = buildFirmGraphs(fx);
      const chunked = await buildFirmGraphsInChunks(fx);
      expect(chunked.firms, fx.name).toEqual(whole.firms);
      for (const kind of ['undirected', 'directed'] as const) {
        expect(chunked[kind].nodes(), `${fx.name} ${kind}`).toEqual(whole[kind].nodes());
        expect(chunked[kind].mapEdges((_e, _a, s, t) => `${s}>${t}`), `${fx.name} ${kind}`).toEqual(whole[kind].mapEdges((_e, _a, s, t) => `${s}>${t}`));
      }
    }
  });

  it('let a waiting callback run while a large graph is built, and refuse what buildFirmGraphs refuses', async () => {
    // 40,000 firms in a chain: five chunks of 8,192 firms before the supplies. A callback queued
    // before the build (setImmediate) runs before it ends only if the build lets the event loop turn.
    const firms = Array.from({ length: 40_000 }, (_, i) => `f${String(i).padStart(5, '0')}`);
    const supplies = firms.slice(1).map((f, i) => ({ supplier: firms[i]!, buyer: f }));
    let ran = false;
    setImmediate(() => (ran = true));
    const built = buildFirmGraphsInChunks({ firms, supplies });
    const started = performance.now();
    // Hold the thread past the slicer's 30 ms so that the first chunk's end yields.
    while (performance.now() - started < 40);
    const graphs = await built;
    expect(graphs.undirected.size).toBe(39_999);
    expect(ran).toBe(true);
    await expect(buildFirmGraphsInChunks({ firms: ['a', 'a'], supplies: [] })).rejects.toBeInstanceOf(DuplicateFirmError);
    await expect(buildFirmGraphsInChunks({ firms: ['a'], supplies: [{ supplier: 'a', buyer: 'z' }] })).rejects.toBeInstanceOf(UnknownFirmError);
  });
});
