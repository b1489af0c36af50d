// The Indonesian names on Neo4j: loaded with the dataset (nameId, descriptionId), read by
// cypher/analysis/data-names.cypher, and kept per data version, so a name someone changes directly
// in Neo4j is the one the next Indonesian answer uses. The dataset export gives the columns back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../server/api/routes/catalog.ts';
import { substitution } from '../../server/analysis/substitution/index.ts';
import { graphToDataset } from '../../server/export/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { dataNames } from '../../server/names/index.ts';
import { openDirectWrites, testNeo4jUri, type DirectWrites } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();

describe.skipIf(uri === null)('Indonesian names on Neo4j', () => {
  let fx: DirectWrites;
  beforeAll(() => {
    fx = openDirectWrites(uri!);
  });
  afterAll(async () => fx?.close());

  it('are loaded, read back, exported, and follow a direct write', async () => {
    const dataset = await readDataset('seed/indonesia');
    await fx.store.replace(dataset, 'names-direct-write');
    const names = await dataNames(fx.store, 'id');
    // Every Indonesian name of the seed's files, as the store gives it back.
    for (const row of [...dataset.components, ...dataset.processes, ...dataset.materials, ...dataset.programs]) {
      expect(names.name(row.id, row.name), row.id).toBe(row.name_id);
    }
    expect(names.description('p-forging', '')).toBe('Tempa panas baja dengan cetakan tertutup');

    // The export writes the columns back as the seed has them.
    const exported = graphToDataset(await fx.store.snapshot());
    expect(exported.components.find((c) => c.id === 'c-brake-drum')?.name_id).toBe('Tromol rem');
    expect(exported.processes.find((p) => p.id === 'p-forging')?.description_id).toBe('Tempa panas baja dengan cetakan tertutup');
    for (const f of dataset.firms) expect(exported.firms.find((e) => e.id === f.id)?.sector_id, f.id).toBe(f.sector_id);

    const drum = async () => (await substitution(fx.store, { strategy: 'balanced', limit: 1000, lang: 'id', component: 'c-brake-drum' })).opportunities[0]!;
    expect((await drum()).component.name).toBe('Tromol rem');
    expect((await drum()).explanation).toContain('impor tromol rem senilai');

    // Someone renames it in Neo4j: the next answer, and the catalogue, use the new name.
    await fx.write("MATCH (c:Component {id: 'c-brake-drum'}) SET c.nameId = 'Tromol rem (teromol)'");
    expect((await drum()).component.name).toBe('Tromol rem (teromol)');
    expect((await drum()).explanation).toContain('impor tromol rem (teromol) senilai');
    expect((await catalog(fx.store, 'id')).components.find((c) => c.id === 'c-brake-drum')?.name).toBe('Tromol rem (teromol)');
    // Removed: the dataset's own name is used again.
    await fx.write("MATCH (c:Component {id: 'c-brake-drum'}) REMOVE c.nameId");
    expect((await drum()).component.name).toBe('Brake drum');
    expect((await substitution(fx.store, { strategy: 'balanced', limit: 5, lang: 'en' })).opportunities.every((o) => !/Tromol/.test(o.component.name))).toBe(true);
  }, 120_000);
});
