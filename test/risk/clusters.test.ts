// The risk answer names each firm's cluster (server/analysis/risk/clusters.ts): every firm it
// mentions (a single source's buyer and supplier, a failed firm, the buyers it cuts) carries
// `cluster` exactly when seed/indonesia/firms.csv gives the firm a cluster, with that cluster's name
// from clusters.csv (the expected values are read from the CSV files here, not from the store), and
// `rantai analyse risk --format csv` has it as firmCluster. Neo4j gives the same answer
// (test/links/differential.neo4j.test.ts compares the whole of it).
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { risk, riskTable, type RiskOut } from '../../server/analysis/risk/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

type Firm = { id: string; tier: string; cluster?: { id: string; name: string } };
let out: RiskOut;
let expected: Map<string, { id: string; name: string } | undefined>;
beforeAll(async () => {
  out = await risk(new EmbeddedStore(await readDataset('seed/indonesia')));
  const csv = async (file: string) => parse(await readFile(`seed/indonesia/${file}`, 'utf8'), { columns: true }) as Array<Record<string, string>>;
  const clusterName = new Map((await csv('clusters.csv')).map((c) => [c.id!, c.name!]));
  expected = new Map((await csv('firms.csv')).map((f) => [f.id!, f.cluster ? { id: f.cluster, name: clusterName.get(f.cluster)! } : undefined]));
});

/** Every firm the answer mentions. */
const firms = (): Firm[] => [
  ...out.singleSource.flatMap((s) => [s.buyer, s.supplier]),
  ...out.failureImpact.flatMap((f) => [f.firm, ...f.impactedBuyers, ...f.lost.map((l) => l.buyer)]),
];

describe('the risk answer names each firm’s cluster', () => {
  it('as firms.csv and clusters.csv give it, and none for a firm in no cluster', () => {
    const all = firms();
    expect(all.length).toBeGreaterThan(50);
    for (const f of all) expect(f.cluster, f.id).toEqual(expected.get(f.id));
    // Both kinds occur: Koperasi Batur Jaya (Ceper) fails with impact; PT Kayaba (no cluster) too.
    const kbj = out.failureImpact.find((f) => f.firm.id === 'f-kbj')!;
    expect(kbj.firm.cluster).toEqual({ id: 'cl-ceper', name: 'Sentra IKM logam Ceper' });
    const kyb = out.failureImpact.find((f) => f.firm.id === 'f-kyb')!;
    expect('cluster' in kyb.firm).toBe(false);
  });

  it('in the CLI’s CSV table as firmCluster', () => {
    const rows = riskTable(out);
    const kbj = rows.filter((r) => r.firm === 'f-kbj');
    expect(kbj.length).toBeGreaterThan(0);
    expect(new Set(kbj.map((r) => r.firmCluster))).toEqual(new Set(['cl-ceper']));
    expect(new Set(rows.filter((r) => r.firm === 'f-kyb').map((r) => r.firmCluster))).toEqual(new Set([null]));
  });
});
