// GET /api/graph in both languages: the evidence sentences of the recommended links it draws (the
// Network view's "Evidence:" line, the map's link titles) and the names of an overview's province
// nodes are written in the request's language, from ?lang= or Accept-Language as every other route
// reads it. Before, the route wrote them in English whatever was asked, and the Indonesian Network
// view showed "Bukti: IKM Ceper 01 … makes … but cannot do …". The expected sentences are the ones
// GET /api/analysis/missing-links writes for the same links in the same language (that route's
// Indonesian is checked word by word in indonesian-answers.test.ts); the province names are the
// catalogue's (the same words as the web's web/src/graph/messages.ts).
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

interface Link {
  type: string;
  source: string;
  target: string;
  /** The firms of a link drawn between grouped nodes (an overview); otherwise source and target. */
  supplier?: string;
  buyer?: string;
  component?: string;
  sentence?: string;
}
interface Node {
  id: string;
  label: string;
  name: string;
  tier?: string;
  province?: string;
}

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** Evidence per recommended link (supplier|buyer|component) in a graph answer. */
const evidence = (body: Record<string, unknown>) =>
  new Map((body.links as Link[]).filter((l) => l.type === 'RECOMMENDED').map((l) => [`${l.supplier ?? l.source}|${l.buyer ?? l.target}|${l.component}`, l.sentence]));

/** Evidence per recommendation in a missing-links answer. */
const expectedEvidence = async (query: string) => {
  const { body } = await get(`/api/analysis/missing-links?${query}`);
  const recs = body.recommendations as Array<{ supplier: { id: string }; buyer: { id: string }; component: { id: string }; sentence: string }>;
  return new Map(recs.map((r) => [`${r.supplier.id}|${r.buyer.id}|${r.component.id}`, r.sentence]));
};

describe('GET /api/graph writes its sentences and names in the asked language', () => {
  it('recommended links: the evidence of the missing-links answer in the same language, by Accept-Language and by ?lang=', async () => {
    const base = '/api/graph?view=network&cluster=cl-ceper&links=recommended';
    // English first: the work gate keeps one answer per language, so the Indonesian one must not be the English one kept.
    const en = await get(base);
    const byHeader = await get(base, { 'accept-language': 'id-ID,id;q=0.9' });
    const byQuery = await get(`${base}&lang=id`);
    for (const r of [en, byHeader, byQuery]) expect(r.status).toBe(200);
    const wantEn = await expectedEvidence('cluster=cl-ceper&lang=en');
    const wantId = await expectedEvidence('cluster=cl-ceper&lang=id');
    expect(evidence(en.body).size).toBeGreaterThan(5);
    expect(evidence(en.body)).toEqual(new Map([...evidence(en.body).keys()].map((k) => [k, wantEn.get(k)])));
    for (const id of [byHeader, byQuery]) {
      const got = evidence(id.body);
      expect([...got.keys()]).toEqual([...evidence(en.body).keys()]);
      for (const [k, sentence] of got) {
        expect(sentence, k).toBe(wantId.get(k));
        expect(sentence, k).not.toBe(wantEn.get(k));
      }
    }
    // The link and node data do not change with the language, only the sentences and the names of
    // firms the dataset names in Indonesian (name_id: the seed's stand-ins, "IKM Ceper 04 (tutup manhole)").
    type Node = { id: string; name: string };
    const strip = (b: Record<string, unknown>) => ({ ...b, nodes: (b.nodes as Node[]).map((n) => ({ ...n, name: undefined })), links: (b.links as Link[]).map((l) => ({ ...l, sentence: undefined })) });
    expect(strip(byQuery.body)).toEqual(strip(en.body));
    const firms = new Map((await readDataset('seed/indonesia')).firms.map((f) => [f.id, f]));
    const names = (b: Record<string, unknown>) => (b.nodes as Node[]).filter((n) => firms.has(n.id)).map((n) => [n.id, n.name]);
    expect(names(en.body)).toEqual(names(en.body).map(([id]) => [id, firms.get(id!)!.name]));
    expect(names(byQuery.body)).toEqual(names(en.body).map(([id]) => [id, firms.get(id!)!.name_id ?? firms.get(id!)!.name]));
    expect(names(byQuery.body)).toContainEqual(['f-ceper-04', 'IKM Ceper 04 (tutup manhole)']);
  });

  it('a pinned link: its evidence in the asked language', async () => {
    const [key, sentence] = [...(await expectedEvidence('cluster=cl-ceper&lang=id'))][0]!;
    const { status, body } = await get(`/api/graph?view=map&pin=${encodeURIComponent(key)}&lang=id`);
    expect(status).toBe(200);
    expect(evidence(body).get(key)).toBe(sentence);
  });

  it('a pin naming unknown ids: each one named with its part, in the asked language', async () => {
    // Before: only the buyer was named ("pin: buyer: tidak ada perusahaan …", the part in English)
    // and a mistyped supplier alone was "not a recommended link". f-kbj is a firm of the seed,
    // c-brake-drum a component; f-x, f-y and c-x name nothing.
    const ask = async (pin: string, lang: string) => {
      const { status, body } = await get(`/api/graph?view=network&cluster=cl-ceper&pin=${encodeURIComponent(pin)}&lang=${lang}`);
      expect(status).toBe(400);
      const error = (body as { error: { message: string; details: unknown } }).error;
      expect(error.details).toEqual({ field: 'pin', id: pin });
      return error.message;
    };
    expect(await ask('f-x|f-y|c-brake-drum', 'id')).toBe('pin: pemasok: tidak ada perusahaan dengan id "f-x", pembeli: tidak ada perusahaan dengan id "f-y" (pemasok|pembeli|komponen)');
    expect(await ask('f-x|f-y|c-brake-drum', 'en')).toBe('pin: supplier: no firm has id "f-x", buyer: no firm has id "f-y" (supplier|buyer|component)');
    expect(await ask('f-x|f-kbj|c-brake-drum', 'en')).toBe('pin: supplier: no firm has id "f-x" (supplier|buyer|component)');
    // A component id in a firm's place is not a firm.
    expect(await ask('f-kbj|c-brake-drum|c-x', 'id')).toBe('pin: pembeli: tidak ada perusahaan dengan id "c-brake-drum", komponen: tidak ada komponen dengan id "c-x" (pemasok|pembeli|komponen)');
    // Three known ids that are no recommendation keep their own sentence.
    expect(await ask('f-kbj|f-kbj|c-brake-drum', 'en')).toBe('pin: "f-kbj|f-kbj|c-brake-drum" is not a recommended link (supplier|buyer|component)');
  });

  it('an overview: each province node named "province · tier" in the asked language', async () => {
    const ask = (lang: string) => get(`/api/graph?view=network&group=cluster,TIER1,TIER2,BUYER&lang=${lang}`);
    const groups = (body: Record<string, unknown>) => (body.nodes as Node[]).filter((n) => n.label === 'Group');
    const en = groups((await ask('en')).body);
    const id = groups((await ask('id')).body);
    expect(en.length).toBeGreaterThan(3);
    expect(id.map((n) => n.id)).toEqual(en.map((n) => n.id));
    const words = { en: { TIER1: 'Tier 1', TIER2: 'Tier 2', BUYER: 'Other large buyers' }, id: { TIER1: 'Tier 1', TIER2: 'Tier 2', BUYER: 'Industri besar lain' } } as const;
    for (const [lang, nodes] of [['en', en], ['id', id]] as const) {
      for (const n of nodes) expect(n.name, n.id).toBe(`${n.province ?? (lang === 'en' ? 'No province' : 'Tanpa provinsi')} · ${words[lang][n.tier as 'TIER1' | 'TIER2' | 'BUYER']}`);
    }
    expect(id.find((n) => n.tier === 'BUYER')?.name).toMatch(/ · Industri besar lain$/);
  });

  it('refuses a language it does not write, naming lang, in the language the header asks for', async () => {
    const { status, body } = await get('/api/graph?view=network&lang=fr', { 'accept-language': 'id' });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_parameter', details: { issues: [{ field: 'lang' }] } });
    expect((body.error as { message: string }).message).toMatch(/^lang/);
  });
});
