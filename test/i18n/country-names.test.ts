// Countries are named alike everywhere on an Indonesian page: the catalogue and the analyses said
// "Tiongkok" and "Jepang" while /api/graph and the detail panel (/api/entities) said "China" and
// "Japan" (a helper's, round 50). Without a name_id of the dataset's own, a country is called by
// its Indonesian name from its ISO code, the catalogue's own; in English, by the dataset's name.
// Checked on the embedded store here and on Neo4j by names-direct-write.neo4j.test.ts's store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/api/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveStore } from '../helpers/server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await serveStore(new EmbeddedStore(await readDataset('seed/indonesia')));
});
afterAll(async () => server.close());

const get = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
type Named = { id: string; name: string; label?: string };

describe('country names on an Indonesian page', () => {
  it('are the catalogue’s in /api/graph and /api/entities, and the dataset’s in English', async () => {
    const catalog = await get<{ countries: Named[] }>('/api/catalog?lang=id');
    const indonesian = new Map(catalog.countries.map((c) => [c.id, c.name]));
    // The seed's countries.csv names them in English only: Japan, China.
    expect([indonesian.get('JPN'), indonesian.get('CHN')]).toEqual(['Jepang', 'Tiongkok']);
    const graph = await get<{ nodes: Named[] }>('/api/graph?view=map&lang=id');
    const drawn = graph.nodes.filter((n) => n.label === 'Country');
    expect(drawn.length).toBeGreaterThan(3);
    for (const n of drawn) expect(n.name).toBe(indonesian.get(n.id));
    const entity = await get<{ relationships: Array<{ other: Named }> }>('/api/entities/f-tmmin?lang=id');
    const origins = entity.relationships.map((r) => r.other).filter((o) => o.label === 'Country');
    expect(origins.length).toBeGreaterThan(0);
    for (const o of origins) expect(o.name).toBe(indonesian.get(o.id));
    const english = await get<{ nodes: Named[] }>('/api/graph?view=map&lang=en');
    expect(english.nodes.find((n) => n.id === 'JPN')?.name).toBe('Japan');
  });
});
