// Answers in Indonesian call components, processes, materials, programmes and the seed's stand-in
// firms ("IKM Ceper 04 (tutup manhole)") by the Indonesian names the dataset gives them (the name_id
// columns of the seed, scripts/seed/build_seed.py), in their lists and in their sentences; English
// answers keep the dataset's `name`. Expected names are
// read from the seed's CSV files here, not from the code under test.
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../server/api/routes/catalog.ts';
import { firmList } from '../../server/api/routes/firms.ts';
import { graphView } from '../../server/focus/index.ts';
import { clusterComplexity } from '../../server/analysis/cluster-complexity/index.ts';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { substitution, whatIf } from '../../server/analysis/substitution/index.ts';
import { nationalImports, productComplexityOf } from '../../server/analysis/trade/index.ts';
import { inSentence } from '../../server/i18n/index.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import { datasetNames, dataNames, localiseNames, namesIn } from '../../server/names/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';

let dataset: Dataset;
let store: EmbeddedStore;
/** id → [English name, Indonesian name] of every entity the seed names in both languages. */
let both: Map<string, [string, string]>;

beforeAll(async () => {
  dataset = await readDataset('seed/indonesia');
  store = new EmbeddedStore(dataset);
  both = new Map();
  for (const row of [...dataset.components, ...dataset.processes, ...dataset.materials, ...dataset.programs, ...dataset.firms]) {
    if (row.name_id !== undefined) both.set(row.id, [row.name, row.name_id]);
  }
});

/** Every `{id, name}` object inside an answer whose id the seed names in both languages. */
function namedRefs(value: unknown, out: Array<{ id: string; name: string }> = []): Array<{ id: string; name: string }> {
  if (Array.isArray(value)) for (const v of value) namedRefs(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && typeof o.name === 'string' && both.has(o.id)) out.push({ id: o.id, name: o.name });
    for (const v of Object.values(o)) namedRefs(v, out);
  }
  return out;
}

const indonesian = (id: string): string => both.get(id)![1];
const english = (id: string): string => both.get(id)![0];

describe('the seed names its vocabulary in Indonesian', () => {
  it('for every component, process, material and programme', () => {
    // Checked against the files, so a row added without its Indonesian name fails here.
    for (const rows of [dataset.components, dataset.processes, dataset.materials, dataset.programs]) {
      for (const r of rows) expect(r.name_id, r.id).toMatch(/\p{L}/u);
    }
    for (const p of dataset.processes) expect(p.description_id, p.id).toMatch(/\p{L}/u);
    expect(indonesian('c-brake-drum')).toBe('Tromol rem');
    expect(indonesian('m-fc250')).toBe('Besi cor kelabu FC250');
    // Every numbered stand-in firm, and only those with a descriptive name (registered names stay).
    for (const f of dataset.firms) expect(f.name_id !== undefined, f.id).toBe(/^IKM \w+ \d\d \(|^PDAM /.test(f.name));
    expect(indonesian('f-ceper-04')).toBe('IKM Ceper 04 (tutup manhole)');
  });
});

describe('Indonesian answers on the seed', () => {
  it('name every component, process and material they list by its Indonesian name', async () => {
    const answers = {
      substitution: await substitution(store, { strategy: 'balanced', limit: 1000, lang: 'id' }),
      whatIf: await whatIf(store, { interventions: [{ target: 'cl-tegal', add: { certification: 'IATF 16949' } }], strategy: 'balanced', limit: 50, lang: 'id' }),
      links: await missingLinks(store, { lang: 'id' }),
      risk: await risk(store, 'id'),
      imports: await importExposure(store, 'id'),
      complexity: await clusterComplexity(store, { limit: 10, lang: 'id' }),
      catalog: await catalog(store, 'id'),
      graph: await graphView(store, { view: 'map', cluster: 'cl-ceper', links: 'recommended' }, 'id'),
      firms: await firmList(store, {}, 'id'),
    };
    for (const [what, answer] of Object.entries(answers)) {
      const refs = namedRefs(answer);
      expect(refs.length, what).toBeGreaterThan(0);
      for (const r of refs) expect(r.name, `${what}: ${r.id}`).toBe(indonesian(r.id));
    }
    // The national table names components by `component` and `name`, not `id`.
    const national = await nationalImports(store, { lang: 'id' });
    expect(national.components.length).toBeGreaterThan(0);
    for (const c of national.components) expect(c.name, c.component).toBe(indonesian(c.component));
    expect(national.summary.join(' ')).toContain(`Terbesar: ${indonesian(national.components[0]!.component)},`);
    expect(answers.catalog.processes.map((p) => p.name)).toContain('Pengecoran pasir besi cor kelabu');
  });

  it('write those names into their sentences', async () => {
    const ranking = await substitution(store, { strategy: 'balanced', limit: 1000, lang: 'id' });
    for (const o of ranking.opportunities) expect(o.explanation).toContain(inSentence(indonesian(o.component.id)));
    // A gap names its process or material: "… proses pengecoran pasir besi cor kelabu …".
    const withProcessGap = ranking.opportunities.find((o) => o.gaps.some((g) => g.kind === 'process'))!;
    const gap = withProcessGap.gaps.find((g) => g.kind === 'process')!;
    expect(withProcessGap.explanation).toContain(`proses ${inSentence(indonesian(gap.process!))}`);
    expect(withProcessGap.explanation).not.toContain(inSentence(english(gap.process!)));

    const links = await missingLinks(store, { lang: 'id' });
    expect(links.recommendations.length).toBeGreaterThan(0);
    for (const r of links.recommendations) expect(r.sentence).toContain(inSentence(indonesian(r.component.id)));
    // A stand-in supplier opens its evidence by its Indonesian name.
    const standIn = links.recommendations.filter((r) => both.has(r.supplier.id));
    expect(standIn.length).toBeGreaterThan(0);
    for (const r of standIn) expect(r.sentence.startsWith(`${indonesian(r.supplier.id)} `), r.sentence).toBe(true);

    const risky = await risk(store, 'id');
    const top = risky.singleSource[0]!;
    expect(risky.summary.join(' ')).toContain(`memperoleh ${inSentence(indonesian(top.component.id))} dari`);
    const imports = await importExposure(store, 'id');
    expect(imports.summary.join(' ')).toContain(`Impor terbesar: ${indonesian(imports.components[0]!.id)},`);
  });

  it('while English answers keep the dataset’s names', async () => {
    const ranking = await substitution(store, { strategy: 'balanced', limit: 1000, lang: 'en' });
    for (const r of namedRefs(ranking)) expect(r.name).toBe(english(r.id));
    for (const o of ranking.opportunities) expect(o.explanation).toContain(inSentence(english(o.component.id)));
    const list = await catalog(store, 'en');
    for (const r of namedRefs(list)) expect(r.name).toBe(english(r.id));
  });

  it('and an Indonesian answer asked first leaves the kept facts English', async () => {
    // The analyses share kept facts between languages: naming in place would leak into English.
    await substitution(store, { strategy: 'strategic', limit: 1000, lang: 'id' });
    await risk(store, 'id');
    const ranking = await substitution(store, { strategy: 'strategic', limit: 1000, lang: 'en' });
    for (const r of namedRefs(ranking)) expect(r.name).toBe(english(r.id));
    for (const r of namedRefs(await risk(store, 'en'))) expect(r.name).toBe(english(r.id));
  });
});

describe('localiseNames', () => {
  const names = namesIn('id', new Map([['c-1', { name: 'Tromol rem', description: 'Tromol' }]]));

  it('copies what it renames and shares everything else', () => {
    const shared = { id: 'f-1', name: 'PT A' };
    const answer = { rows: [{ component: { id: 'c-1', name: 'Brake drum', description: 'Drum' }, firm: shared }], other: [shared] };
    const out = localiseNames(answer, names);
    expect(out.rows[0]!.component).toEqual({ id: 'c-1', name: 'Tromol rem', description: 'Tromol' });
    expect(answer.rows[0]!.component.name).toBe('Brake drum');
    expect(out.rows[0]!.firm).toBe(shared);
    expect(out.other).toBe(answer.other);
  });

  it('renames an import origin by its country code', () => {
    const origins = namesIn('id', new Map([['XAA', { name: 'Negara sintetis 1' }]]));
    const answer = { origins: [{ country: 'XAA', name: 'Synthetic country 1', share: 0.6 }, { country: 'JPN', name: 'Japan', share: 0.4 }] };
    const out = localiseNames(answer, origins);
    expect(out.origins[0]).toEqual({ country: 'XAA', name: 'Negara sintetis 1', share: 0.6 });
    expect(out.origins[1]).toBe(answer.origins[1]);
  });

  it('returns the answer itself in English, and when nothing is renamed', () => {
    const answer = { list: [{ id: 'c-1', name: 'Brake drum' }] };
    expect(localiseNames(answer, datasetNames('en'))).toBe(answer);
    expect(localiseNames(answer, namesIn('en', new Map([['c-1', { name: 'Tromol rem' }]])))).toBe(answer);
    const unnamed = { list: [{ id: 'f-9', name: 'PT B' }] };
    expect(localiseNames(unnamed, names)).toBe(unnamed);
  });

  it('reads nothing for English, and the store’s names for Indonesian', async () => {
    expect((await dataNames(store, 'en')).unchanged).toBe(true);
    const id = await dataNames(store, 'id');
    expect(id.name('c-brake-drum', 'Brake drum')).toBe('Tromol rem');
    expect(id.name('f-kbj', 'Koperasi Batur Jaya (KBJ)')).toBe('Koperasi Batur Jaya (KBJ)');
    expect(id.description('p-pattern', 'x')).toBe('Pola kayu, resin atau logam serta kotak inti untuk cetakan pasir');
  });
});

describe('countries ISO does not assign, on a generated dataset', () => {
  // The generator's world table has 49 exporters with user-assigned codes (XAA, XAB, …), named
  // "Synthetic country N" and, in its countries.csv's name_id, "Negara sintetis N".
  let gen: EmbeddedStore;
  beforeAll(() => {
    gen = new EmbeddedStore(generateDataset({ clusters: 6, firms: 300, components: 40, seed: 3, trade: true }));
  });

  it('are named by their name_id in Indonesian and by name in English', async () => {
    const countries = (await gen.snapshot()).nodes.filter((n) => n.label === 'Country' && n.id === 'XAA');
    expect(countries.map((n) => [n.props.name, n.props.nameId])).toEqual([['Synthetic country 1', 'Negara sintetis 1']]);
    const id = await dataNames(gen, 'id');
    expect(id.name('XAA', 'Synthetic country 1')).toBe('Negara sintetis 1');
    // Asked about one of them, the product complexity answer names it in the answer's language.
    const pci = (lang: 'en' | 'id') => productComplexityOf(gen, { country: 'XAA', lang });
    const [inId, inEn] = await Promise.all([pci('id'), pci('en')]);
    expect(inId.country?.name).toBe('Negara sintetis 1');
    expect(inEn.country?.name).toBe('Synthetic country 1');
    expect(inId.summary.join(' ')).toContain('Negara sintetis 1');
    expect(inId.summary.join(' ')).not.toContain('Synthetic');
  });
});
