// The firm graph the metrics and link scores run on, read from Neo4j as the firms' ids and the
// SUPPLIES rows (server/api/routes/firm-graph-input.ts) instead of the whole graph: the same input
// as the embedded store derives from its snapshot (firms in id order, rows in key order, each
// weight's values), so every metric is the same on both stores; and a write made directly in Neo4j
// shows in the next answer (the kept input is per data version). Real Neo4j.
import { describe, expect, it } from 'vitest';
import { firmMetrics, SUPPLY_WEIGHTS } from '../../server/analysis/network/index.ts';
import { firmGraphInput, onFirmGraph } from '../../server/api/routes/firm-graph-input.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { SEED_AND_GENERATED } from '../helpers/datasets.ts';
import { testNeo4jUri, useStoreAndOther } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const suite = useStoreAndOther(uri);

describe.skipIf(uri === null)('the firm graph from Neo4j', () => {
  it.each(SEED_AND_GENERATED)('is the embedded store\'s on the %s dataset, unweighted and with each weight', async (_name, load) => {
    const dataset = await load();
    const embedded = new EmbeddedStore(dataset);
    await suite.store.replace(dataset, 'firm graph');
    for (const weight of [undefined, ...SUPPLY_WEIGHTS]) {
      const fromNeo4j = await firmGraphInput(suite.store, weight);
      expect(fromNeo4j.firms).toHaveLength(dataset.firms.length);
      expect(fromNeo4j.supplies).toHaveLength(dataset.supplies.length);
      expect(fromNeo4j, String(weight)).toEqual(await firmGraphInput(embedded, weight));
    }
    const metrics = await onFirmGraph(suite.store, 'metrics', (input) => firmMetrics(input, { seed: 1 }));
    expect(metrics).toEqual(await onFirmGraph(embedded, 'metrics', (input) => firmMetrics(input, { seed: 1 })));
  }, 300_000);

  it('shows a SUPPLIES written directly in Neo4j in the next answer', async () => {
    await suite.store.replace(await readDataset('seed/indonesia'), 'firm graph');
    const before = await firmGraphInput(suite.store);
    const [a, b] = before.firms.filter((f) => !before.supplies.some((s) => s.supplier === f)).slice(0, 2);
    await suite.other.executeQuery('MATCH (a:Firm {id: $a}), (b:Firm {id: $b}) CREATE (a)-[:SUPPLIES {component: "direct-write"}]->(b)', { a, b }, { database: suite.database });
    const after = await firmGraphInput(suite.store);
    expect(after.supplies).toHaveLength(before.supplies.length + 1);
    expect(after.supplies).toContainEqual({ supplier: a, buyer: b });
  });
});
