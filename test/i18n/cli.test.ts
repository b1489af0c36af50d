// `rantai analyse … --lang id` through the real executable: the sentences it prints (JSON and the
// CSV tables) are the analyses' Indonesian ones; English stays the default; an unknown language is a
// usage error (exit 2) that says which languages there are.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importExposure } from '../../server/analysis/imports/index.ts';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { risk } from '../../server/analysis/risk/index.ts';
import { substitution } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { rantai } from '../helpers/cli.ts';

const seed = async () => new EmbeddedStore(await readDataset('seed/indonesia'));

describe('rantai analyse --lang', () => {
  it('writes the substitution explanations in Indonesian, as JSON and in the CSV table', async () => {
    const expected = await substitution(await seed(), { strategy: 'strategic', limit: Number.MAX_SAFE_INTEGER, lang: 'id' });
    const csv = rantai(['analyse', 'substitution', '--strategy', 'strategic', '--lang', 'id', '--format', 'csv', '--limit', '1000']);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.explanation)).toEqual(expected.opportunities.map((o) => o.explanation));
    expect(rows[0]!.explanation).toMatch(/ senilai USD [\d,.]+ (juta|miliar)? ?per tahun/);
    const json = rantai(['analyse', 'substitution', '--lang', 'id']);
    const out = JSON.parse(json.stdout) as { lang: string; labels: { levers: Record<string, string> } };
    expect(out.lang).toBe('id');
    expect(out.labels.levers['machinery-restructuring']).toBe('restrukturisasi mesin dan peralatan');
  });

  it('writes missing-link evidence and the risk and import summaries in Indonesian', async () => {
    const store = await seed();
    const links = JSON.parse(rantai(['analyse', 'missing-links', '--lang', 'id', '--limit', '1000']).stdout) as { recommendations: Array<{ sentence: string }> };
    expect(links.recommendations.map((r) => r.sentence)).toEqual((await missingLinks(store, { lang: 'id' })).recommendations.map((r) => r.sentence));
    const riskOut = JSON.parse(rantai(['analyse', 'risk', '--lang', 'id']).stdout) as { summary: string[] };
    expect(riskOut.summary).toEqual((await risk(store, 'id')).summary);
    const imports = JSON.parse(rantai(['analyse', 'imports', '--lang', 'id']).stdout) as { summary: string[] };
    expect(imports.summary).toEqual((await importExposure(store, 'id')).summary);
    expect(imports.summary[0]).toMatch(/^Komponen impor: /);
  });

  it('stays English by default and refuses an unknown language', () => {
    const en = JSON.parse(rantai(['analyse', 'risk']).stdout) as { lang: string; summary: string[] };
    expect(en.lang).toBe('en');
    expect(en.summary[0]).toMatch(/^Single-source supplies /);
    const bad = rantai(['analyse', 'risk', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang must be en or id, got "fr"');
  });
});
