// `rantai analyse missing-links` and `rantai analyse risk` through the real executable: JSON with
// every candidate, and flat CSV tables with a header row.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rantai } from '../helpers/cli.ts';

describe('rantai analyse missing-links | risk', () => {
  // The seed's 181 candidates are under the API's maximum (1000); the CLI's default is the API's 50.
  it('prints every missing-link candidate as JSON and as a CSV table', () => {
    const json = rantai(['analyse', 'missing-links', '--limit', '1000']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { total: number; recommendations: Array<{ supplier: { id: string }; sentence: string }> };
    expect(out.recommendations).toHaveLength(out.total);
    const csv = rantai(['analyse', 'missing-links', '--format', 'csv', '--limit', '1000']);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(out.total);
    expect(rows[0]!.supplier).toBe(out.recommendations[0]!.supplier.id);
    expect(rows[0]!.sentence).toBe(out.recommendations[0]!.sentence);
  });

  it('prints risk as JSON and as one flat CSV table of single sources and failure impacts', () => {
    const json = rantai(['analyse', 'risk']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { singleSource: unknown[]; failureImpact: Array<{ lost: unknown[] }> };
    const csv = rantai(['analyse', 'risk', '--format', 'csv']);
    const rows = parse(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.kind === 'single-source')).toHaveLength(out.singleSource.length);
    expect(rows.filter((r) => r.kind === 'failure-impact')).toHaveLength(out.failureImpact.reduce((n, f) => n + f.lost.length, 0));
    expect(rows.find((r) => r.kind === 'failure-impact' && r.firm === 'f-kbj' && r.buyer === 'f-tmmin')?.depth).toBe('2');
  });
});
