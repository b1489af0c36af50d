// The entity answer's `sourceIds` (server/store/entity.ts), worked by hand: the Indonesian text of
// each source its relationships cite without their own source_id, taken from the entity itself or
// from another end that gives the same source with a source_id. A generated dataset writes
// source_id on its nodes only, so an Indonesian page quoted "synthetic (rantai generate)" among a
// country's, a process's or a material's sources (national scale: 1,814 imports of China, 32,790
// capabilities of grey-iron casting). Both stores build the answer with this one function; the
// differential test (test/store/differential.neo4j.test.ts) compares their entities.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRel } from '../../server/model/index.ts';
import { entityOut } from '../../server/store/entity.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

const node = (id: string, label: GraphNode['label'], props: GraphNode['props'] = {}): GraphNode => ({ id, label, props: { name: id, ...props } });
const rel = (from: string, to: string, props: GraphRel['props']): GraphRel => ({ key: `${from}>${to}`, from, to, type: 'IMPORTS', props });

describe('an entity answer’s sourceIds', () => {
  const chn = node('CHN', 'Country');
  const synthetic = { source: 'synthetic (rantai generate)', sourceId: 'sintetis (rantai generate)' };

  it('gives a cited source the Indonesian an end gives it, the first end by id when two differ', () => {
    const out = entityOut(chn, [
      { rel: rel('f-b', 'CHN', { source: 'synthetic (rantai generate)' }), other: node('f-b', 'Firm', { source: 'synthetic (rantai generate)', sourceId: 'sintetis B' }) },
      { rel: rel('f-a', 'CHN', { source: 'synthetic (rantai generate)' }), other: node('f-a', 'Firm', synthetic) },
      // Cited with its own source_id: not asked for, even though an end has the same source.
      { rel: rel('f-c', 'CHN', { source: 'BPS 2023', sourceId: 'BPS 2023 (id)' }), other: node('f-c', 'Firm', { source: 'BPS 2023', sourceId: 'lain' }) },
      // No end gives this source in Indonesian: nothing for it.
      { rel: rel('f-d', 'CHN', { source: 'Kontan 2019' }), other: node('f-d', 'Firm', synthetic) },
    ]);
    expect(out.sourceIds).toEqual({ 'synthetic (rantai generate)': 'sintetis (rantai generate)' });
  });

  it('takes the entity’s own first', () => {
    const process = node('p-x', 'Process', { source: 'synthetic (rantai generate)', sourceId: 'sintetis (milik proses)' });
    const out = entityOut(process, [{ rel: rel('f-a', 'p-x', { source: 'synthetic (rantai generate)' }), other: node('f-a', 'Firm', synthetic) }]);
    expect(out.sourceIds).toEqual({ 'synthetic (rantai generate)': 'sintetis (milik proses)' });
    expect(entityOut(process, []).sourceIds).toEqual({});
  });

  it('names a generated country’s imports in Indonesian', async () => {
    const dataset = generateDataset({ clusters: 3, firms: 60, components: 8, seed: 2 });
    const country = dataset.imports[0]!.country;
    const e = (await new EmbeddedStore(dataset).entity(country))!;
    expect(e.relationships.some((r) => r.type === 'IMPORTS' && r.properties.source === 'synthetic (rantai generate)' && r.properties.sourceId === undefined)).toBe(true);
    expect(e.sourceIds).toEqual({ 'synthetic (rantai generate)': 'sintetis (rantai generate)' });
  });
});
