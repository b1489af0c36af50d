// The trade table's source in the reader's language (trade.csv and world_trade.csv's optional
// source_id): an estimate's source is a sentence, and an Indonesian answer or briefing quoted the
// seed's in English ("estimate: (n + 1) x the seed buyers' imports …"). Expected texts are read
// from seed/indonesia/trade.csv with csv-parse, and written out for the generator.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../seed/generator/index.ts';
import { nationalImports, productComplexityOf } from '../../server/analysis/trade/index.ts';
import type { RunningServer } from '../../server/api/index.ts';
import { graphToDataset } from '../../server/export/graph-to-dataset.ts';
import { datasetToGraph, readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { getJson, serveStore } from '../helpers/server.ts';

type NationalAnswer = Awaited<ReturnType<typeof nationalImports>>;

describe('the seed’s national trade source, in English and in Bahasa Indonesia', () => {
  let server: RunningServer;
  let rows: Array<Record<string, string>>;
  beforeAll(async () => {
    rows = parse(await readFile('seed/indonesia/trade.csv', 'utf8'), { columns: true }) as Array<Record<string, string>>;
    server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
  });
  afterAll(async () => server?.close());

  it('names source in English and source_id in Indonesian, in the sources and the first key figure', async () => {
    const english = [...new Set(rows.map((r) => r.source!))];
    const indonesian = [...new Set(rows.map((r) => r.source_id!))];
    expect(english).toHaveLength(1);
    expect(indonesian).toHaveLength(1);
    expect(indonesian[0]).toMatch(/^perkiraan: /);
    const en = (await getJson(`${server.url}/api/analysis/imports?basis=national`)).body as NationalAnswer;
    const id = (await getJson(`${server.url}/api/analysis/imports?basis=national&lang=id`)).body as NationalAnswer;
    expect(en.sources).toEqual(english);
    expect(id.sources).toEqual(indonesian);
    expect(en.summary[0]).toContain(english[0]);
    expect(id.summary[0]).toContain(indonesian[0]);
    expect(id.summary.join(' ')).not.toContain('estimate:');
  });

  it('keeps source_id through an export and a load back', async () => {
    const back = graphToDataset(datasetToGraph(await readDataset('seed/indonesia')));
    expect(back.trade!.map((t) => t.source_id)).toEqual(rows.map((r) => r.source_id));
  });
});

describe('a table without source_id, and the generator’s', () => {
  it('says source in both languages where there is no source_id', async () => {
    const d = generateDataset({ clusters: 6, firms: 200, components: 30, seed: 2, trade: true });
    for (const t of d.trade!) delete t.source_id;
    const store = new EmbeddedStore(d);
    expect((await nationalImports(store, { lang: 'id' })).sources).toEqual(['synthetic (rantai generate --trade)']);
  });

  it('gives the generated national and world tables their Indonesian source', async () => {
    const store = new EmbeddedStore(generateDataset({ clusters: 6, firms: 200, components: 30, seed: 2, trade: true }));
    expect((await nationalImports(store, { lang: 'id' })).sources).toEqual(['sintetis (rantai generate --trade)']);
    expect((await nationalImports(store, { lang: 'en' })).sources).toEqual(['synthetic (rantai generate --trade)']);
    expect((await productComplexityOf(store, { country: 'IDN', lang: 'id' })).sources).toEqual(['sintetis (rantai generate --trade)']);
  });
});
