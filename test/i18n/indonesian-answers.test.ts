// Indonesian answers (lang=id) contain no English sentence: every sentence and label of every
// analysis on the seed (substitution explanations under each strategy, a what-if ranking,
// missing-link evidence and gap levers, risk and import summaries, the labels of each answer, the
// catalog's tier and category names, every warning) is compared with the English message
// catalogue, and none of the English templates' fixed words may appear. Data names (firms,
// clusters, components, processes, materials, certifications) are the dataset's, so they are taken
// out before the comparison: components, processes and materials by their Indonesian names (name_id,
// which test/i18n/indonesian-names.test.ts checks), the others as the dataset gives them; countries are named in Indonesian (Jepang, Tiongkok:
// server/i18n/countries.ts), as the hand-written sentences below show.
//
// Then the explanations are checked against Indonesian written by hand for every gap kind, lever
// and status (the substitution hand dataset, test/substitution/hand-dataset.ts, whose English the
// hand-worked test pins), and the evidence sentences for the link hand dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../server/api/routes/catalog.ts';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { LEVERS, substitution, whatIf, type Opportunity, type SubstitutionOut } from '../../server/analysis/substitution/index.ts';
import { EN, fixedParts, inSentence, say, warning, WARNING_CODES, type MessageKey } from '../../server/i18n/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore, type GraphStore } from '../../server/store/index.ts';
import { handDataset as linksHandDataset } from '../links/hand-dataset.ts';
import { handDataset as substitutionHandDataset } from '../substitution/hand-dataset.ts';

/**
 * Words both languages write alike, so they cannot tell English from Indonesian: the currency,
 * units, the industry's own terms (OEM, IKM, tier: "industri komponen tier 1") and the complexity
 * measures' abbreviations and HS (the Harmonized System: "kode HS"), a country's ISO code (IDN), and
 * the words of the console's example regular expressions (`(?i).*ceper.*`, `^(PT|CV) .*`, `$q`), and
 * "per", which Indonesian writes as English does ("USD 3,5 juta per tahun", KBBI).
 */
const SHARED_WORDS = new Set(['usd', 'mm', 't', 'oem', 'oems', 'ikm', 'tier', 'hhi', 'eci', 'pci', 'coi', 'cog', 'hs', 'idn', 'i', 'q', 'pt', 'cv', 'ceper', 'per']);

const words = (text: string): string[] => (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/** Every word of the English templates' fixed text. */
const ENGLISH_WORDS = new Set(
  (Object.keys(EN) as MessageKey[])
    .flatMap((k) => fixedParts(EN[k]))
    .flatMap(words)
    .filter((w) => !SHARED_WORDS.has(w)),
);

/** The dataset's names (and their in-sentence forms), longest first. */
async function dataNames(store: GraphStore): Promise<string[]> {
  const snap = await store.snapshot();
  const out = new Set<string>();
  for (const n of snap.nodes) {
    // Both of its names: the Indonesian one (nameId) is what these answers use where there is one.
    for (const name of [n.props.name, n.props.nameId]) if (typeof name === 'string') out.add(name).add(inSentence(name));
    for (const key of ['certification', 'certifications'])
      for (const c of ([] as unknown[]).concat(n.props[key] ?? [])) if (typeof c === 'string') out.add(c);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * English words of the catalogue left in a text once the data names are taken out, and code in
 * backticks (file names such as `trade.csv`, commands), which both languages write alike.
 */
function englishIn(text: string, names: readonly string[]): string[] {
  let rest = text.replace(/`[^`]*`/g, ' ');
  for (const name of names) if (rest.includes(name)) rest = rest.split(name).join(' ');
  return words(rest).filter((w) => ENGLISH_WORDS.has(w));
}

const labelTexts = (labels: Record<string, Record<string, string>>): string[] => Object.values(labels).flatMap((m) => Object.values(m));

let seed: GraphStore;
let seedNames: string[];
let byStrategy: SubstitutionOut[];
beforeAll(async () => {
  seed = new EmbeddedStore(await readDataset('seed/indonesia'));
  seedNames = await dataNames(seed);
  byStrategy = await Promise.all((['ready-now', 'balanced', 'strategic'] as const).map((strategy) => substitution(seed, { strategy, limit: 1000, lang: 'id' })));
});

describe('an Indonesian answer on the seed', () => {
  it('holds none of the English templates’ words, in any sentence or label of any analysis', async () => {
    // The English side of the check is not empty and finds English (so the test can fail).
    expect(ENGLISH_WORDS.size).toBeGreaterThan(150);
    const english = await substitution(seed, { strategy: 'balanced', limit: 5 });
    expect(englishIn(english.opportunities[0]!.explanation, seedNames).length).toBeGreaterThan(3);

    const texts: Array<[string, string]> = [];
    for (const out of byStrategy) {
      for (const o of out.opportunities) texts.push([`${out.strategy} ${o.component.id} × ${o.cluster.id}`, o.explanation]);
      for (const t of labelTexts(out.labels)) texts.push(['substitution labels', t]);
    }
    // A what-if that closes the gaps of the best near and stretch opportunities.
    const balanced = byStrategy[1]!;
    const picks = ['near', 'stretch'].map((s) => balanced.opportunities.find((o) => o.status === s)!);
    const interventions = picks.flatMap((o) => o.gaps.map((g) => ({ target: o.cluster.id, add: g })));
    const wi = await whatIf(seed, { interventions, strategy: 'balanced', limit: 300, lang: 'id' });
    expect(wi.changedTotal).toBeGreaterThan(0);
    for (const o of wi.ranking) texts.push([`what-if ${o.component.id} × ${o.cluster.id}`, o.explanation]);
    for (const t of labelTexts(wi.labels)) texts.push(['what-if labels', t]);

    const links = await missingLinks(seed, { lang: 'id' });
    expect(links.recommendations.length).toBe(links.total);
    for (const r of links.recommendations) {
      texts.push([`link ${r.supplier.id} → ${r.buyer.id}: ${r.component.id}`, r.sentence]);
      for (const g of r.gaps) texts.push(['link gap lever', g.lever]);
    }
    for (const t of labelTexts(links.labels)) texts.push(['missing-links labels', t]);

    const riskOut = await risk(seed, 'id');
    for (const s of riskOut.summary) texts.push(['risk summary', s]);
    for (const t of labelTexts(riskOut.labels)) texts.push(['risk labels', t]);
    const imports = await importExposure(seed, 'id');
    for (const s of imports.summary) texts.push(['imports summary', s]);
    for (const t of labelTexts(imports.labels)) texts.push(['imports labels', t]);

    const cat = await catalog(seed, 'id');
    for (const t of labelTexts(cat.labels)) texts.push(['catalog labels', t]);
    // Every category of the seed is one the product knows, so each is translated.
    for (const [raw, name] of Object.entries(cat.labels.categories)) expect(name, raw).not.toBe(raw);

    // Warnings (none of the seed's analyses warns; every code is written with sample parameters).
    for (const code of WARNING_CODES) {
      const params = { scope: say('id', 'warning.scope.year', { year: '2019' }), n: '3', reason: say('id', 'warning.reason.degenerate'), sizes: '3 × 3, 2 × 1', value: '0,999999999', second: '0,25', third: '0,25', year: '2019', total: '31', codes: '8409, 8714', country: 'IDN' };
      // "(M = 1)" names the presence matrix, written alike in both languages (not the "m" of "USD 4.2 m").
      texts.push([`warning ${code}`, (warning as (l: 'id', c: string, p: object) => { message: string })('id', code, params).message.replace('(M = 1)', '(…)')]);
    }

    // 279 pairs × 3 strategies, the what-if ranking, every link (seed/README.md: 31 imported
    // components × 9 clusters).
    expect(texts.length).toBeGreaterThan(279 * 3 + 300 + links.total);
    const leaks = texts.map(([where, text]) => ({ where, text, english: englishIn(text, seedNames) })).filter((x) => x.english.length > 0);
    expect(leaks.slice(0, 5)).toEqual([]);
  });

  it('frames each explanation by its status and names each of its levers in Indonesian', () => {
    const frame = { ready: / sudah siap menggantikan impor .*: /, near: / tinggal satu kekurangan lagi untuk menggantikan impor /, stretch: / masih memiliki \d+ kekurangan untuk menggantikan impor / };
    const seen = { statuses: new Set<string>(), levers: new Set<string>(), gapKinds: new Set<string>() };
    for (const out of byStrategy) {
      for (const o of out.opportunities) {
        expect(o.explanation, o.explanation).toMatch(frame[o.status]);
        seen.statuses.add(o.status);
        for (const g of o.gaps) {
          expect(o.explanation).toContain(say('id', `subst.lever.${g.lever}`));
          seen.levers.add(g.lever);
          seen.gapKinds.add(g.kind);
        }
      }
    }
    // The seed exercises every status, gap kind and lever.
    expect([...seen.statuses].sort()).toEqual(['near', 'ready', 'stretch']);
    expect([...seen.gapKinds].sort()).toEqual(['capacity', 'certification', 'material', 'process', 'tolerance']);
    expect([...seen.levers].sort()).toEqual([...LEVERS].sort());
  });

  it('writes numbers the Indonesian way', () => {
    const all = byStrategy.flatMap((o) => o.opportunities.map((x) => x.explanation));
    // Money: "USD 3,5 juta", never "million" or "3.5 million"; thousands with a point.
    expect(all.some((s) => /USD \d+,\d juta/.test(s))).toBe(true);
    expect(all.some((s) => /USD \d{1,3}\.000 per tahun/.test(s))).toBe(true);
    expect(all.filter((s) => /USD \d+\.\d juta|USD \d{1,3},\d{3}\b/.test(s))).toEqual([]);
    // Tolerances with a decimal comma, capacity in "t per tahun".
    expect(all.some((s) => /hingga 0,\d+ mm/.test(s))).toBe(true);
    expect(all.filter((s) => /\d\.\d+ mm/.test(s))).toEqual([]);
    expect(all.some((s) => /tambahan kapasitas [\d.]+ t per tahun/.test(s))).toBe(true);
  });
});

describe('Indonesian written by hand', () => {
  const pair = (out: { opportunities?: Opportunity[]; ranking?: Opportunity[] }, component: string, cluster: string) =>
    (out.opportunities ?? out.ranking)!.find((o) => o.component.id === component && o.cluster.id === cluster)!;

  it('explains every gap kind, lever and status of the substitution hand dataset', async () => {
    const store = new EmbeddedStore(substitutionHandDataset());
    const out = await substitution(store, { strategy: 'balanced', limit: 100, lang: 'id' });
    // Near, a tolerance gap (drum: CNC to 0.05 mm; A's best is 0.08 mm). Shares 20,000/29,000 and
    // 9,000/29,000 of the 2023 imports round to 69 % and 31 %.
    expect(pair(out, 'c-drum', 'cl-a').explanation).toBe(
      'Cluster A tinggal satu kekurangan lagi untuk menggantikan impor drum senilai USD 29.000 per tahun dari Jepang (69%) dan Tiongkok (31%): anggotanya memenuhi 3 dari 4 persyaratan, dan masih memerlukan proses CNC machining hingga 0,05 mm, sedangkan capaian terbaiknya 0,08 mm; langkah kebijakan: restrukturisasi mesin dan peralatan.',
    );
    // Near, a process gap without a tolerance (case has none).
    expect(pair(out, 'c-case', 'cl-b').explanation).toBe(
      'Cluster B tinggal satu kekurangan lagi untuk menggantikan impor case senilai USD 5.000 per tahun dari Tiongkok: anggotanya memenuhi 2 dari 3 persyaratan, dan masih memerlukan proses casting; langkah kebijakan: restrukturisasi mesin dan peralatan.',
    );
    // Stretch: material and certification.
    expect(pair(out, 'c-case', 'cl-a').explanation).toBe(
      'Cluster A masih memiliki 2 kekurangan untuk menggantikan impor case senilai USD 5.000 per tahun dari Tiongkok: anggotanya memenuhi 1 dari 3 persyaratan, dan masih memerlukan bahan baku aluminium ADC12 dan sertifikasi IATF 16949; langkah kebijakan: pusat bahan baku; pendampingan mutu dan sertifikasi.',
    );
    // Stretch: process (with the part's tolerance), material, certification and capacity (10 t of
    // capacity for 1,500 units × 10 kg = 15 t: 5 t short); all four levers.
    expect(pair(out, 'c-drum', 'cl-b').explanation).toBe(
      'Cluster B masih memiliki 4 kekurangan untuk menggantikan impor drum senilai USD 29.000 per tahun dari Jepang (69%) dan Tiongkok (31%): anggotanya memenuhi 1 dari 4 persyaratan, dan masih memerlukan proses casting hingga 0,05 mm, bahan baku grey iron FC250, sertifikasi ISO 9001, dan tambahan kapasitas 5 t per tahun (10 t untuk impor 15 t); langkah kebijakan: restrukturisasi mesin dan peralatan; pusat bahan baku; pendampingan mutu dan sertifikasi; investasi atau penggabungan kapasitas melalui koperasi.',
    );
    // Ready, after A gains CNC to 0.05 mm: A's 150 t against 15 t imported is 10 times.
    const wi = await whatIf(store, { interventions: [{ target: 'cl-a', add: { process: 'p-cnc', toleranceMm: 0.05 } }], strategy: 'balanced', limit: 10, lang: 'id' });
    expect(pair(wi, 'c-drum', 'cl-a').explanation).toBe(
      'Cluster A sudah siap menggantikan impor drum senilai USD 29.000 per tahun dari Jepang (69%) dan Tiongkok (31%): anggotanya memenuhi 4 dari 4 persyaratan, dengan kapasitas 10 kali volume impor 15 t.',
    );
    expect(out.labels.levers['machinery-restructuring']).toBe('restrukturisasi mesin dan peralatan');
    expect(out.labels.statuses).toEqual({ ready: 'siap', near: 'dekat (satu kekurangan)', stretch: 'jauh' });
  });

  it('spells out the evidence of the link hand dataset', async () => {
    const out = await missingLinks(new EmbeddedStore(linksHandDataset()), { lang: 'id' });
    const find = (s: string, b: string, c: string) => out.recommendations.find((r) => r.supplier.id === s && r.buyer.id === b && r.component.id === c)!;
    // Makes it; a path of length 3; already supplies the part elsewhere.
    expect(find('f-a', 'f-y', 'c-drum').sentence).toBe(
      'IKM A di Cluster K1 membuat drum dari iron dengan toleransi hingga 0,05 mm; Buyer Y membutuhkan 200 unit per tahun, belum ada yang dipasok dari dalam negeri, dan mengimpornya dari Tiongkok dan Jepang (USD 3.500 pada 2023); IKM A memasok PT T, yang membeli dari IKM C, yang memasok Buyer Y; IKM A sudah memasok drum kepada PT T.',
    );
    // Makes it short of the buyer's tolerance and certification; the gaps' levers in Indonesian.
    const b = find('f-b', 'f-y', 'c-drum');
    expect(b.sentence).toBe(
      'IKM B di Cluster K1 membuat drum dari iron, tetapi baru mencapai 0,1 mm pada machining (diperlukan 0,05 mm) dan belum memiliki sertifikat ISO 9001; Buyer Y membutuhkan 200 unit per tahun, belum ada yang dipasok dari dalam negeri, dan mengimpornya dari Tiongkok dan Jepang (USD 3.500 pada 2023).',
    );
    expect(b.gaps.map((g) => g.lever)).toEqual(['restrukturisasi mesin dan peralatan', 'pendampingan mutu dan sertifikasi']);
    // Capable without making it; already supplies the buyer something else; a path of length 3.
    expect(find('f-t', 'f-oem', 'c-bracket').sentence).toBe(
      'PT T belum membuat bracket, tetapi memenuhi semua persyaratannya (mengerjakan machining; mengolah steel) dengan toleransi hingga 0,1 mm; PT OEM membutuhkan 500 unit per tahun, 500 di antaranya dipasok dari dalam negeri; PT T sudah memasok drum kepada PT OEM; PT T membeli dari IKM C, yang memasok PT U, yang memasok PT OEM.',
    );
    // A shared partner and a series of three ("a, b, dan c").
    expect(find('f-c', 'f-oem', 'c-bracket').sentence).toBe(
      'IKM C di Cluster K2 membuat bracket dari steel dengan toleransi hingga 0,05 mm; PT OEM membutuhkan 500 unit per tahun, 500 di antaranya dipasok dari dalam negeri; IKM C sudah memasok PT T, yang memasok PT OEM (1 mitra bersama lainnya); IKM C sudah memasok bracket kepada PT T, PT U, dan Buyer Y.',
    );
  });
});
