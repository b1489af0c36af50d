// "valid: 1 firms", "rejected: 1 problem(s)", "1 buyers lose": a count that can be 1 needs its
// English noun as {n|one|other} (server/i18n/template.ts), or a message of its own for one.
import { describe, expect, it } from 'vitest';
import { EN, render, say, text } from '../../server/i18n/index.ts';
import { countsWithoutSingular } from '../helpers/english-counts.ts';

describe('English counts in the server catalogue', () => {
  // Placeholders that are never 1 by construction: limits (max, min of a length above 1), sizes
  // past a limit (count, n of a too-long value), "{met} of {total}" where one requirement has its
  // own message, repeated parameters (twice at least), "one of {n} paths" (two at least), the
  // cells of a two-column file, a part of a graph (two nodes at least), a ratio written with a
  // decimal, and placeholders that are not counts (a supplier's name, an amount in USD).
  const neverOne: Record<string, string[]> = {
    'subst.reqs.all': ['total'],
    'subst.reqs.some': ['total'],
    'subst.ready.capacity': ['ratio'],
    'links.alreadySuppliesBuyer': ['supplier'],
    'links.suppliesElsewhere': ['supplier'],
    'links.path3.more': ['n'],
    'field.maxChars': ['max'],
    'upload.tooManyFiles': ['max'],
    'zip.tooManyEntries': ['count'],
    'zip.tooManyFiles': ['count'],
    'upload.cellTooLong': ['n'],
    'upload.tooManyColumns': ['max'],
    'upload.valueTooLong': ['n'],
    'request.reason.minChars': ['min'],
    'request.reason.maxChars': ['max'],
    'request.reason.repeated': ['n'],
    'error.focusTooLarge': ['count'],
    'error.wholeViewTooLarge': ['count'],
    'console.rangeTooMany': ['max'],
    'workbook.readme.ids': ['rows'],
    'trade.national.buyers': ['usd'],
    'graph.csv.cells': ['n'],
    'graph.idTooLong': ['max'],
    'graph.tooLarge.nodes': ['count', 'max'],
    'graph.tooLarge.edges': ['count', 'max'],
    'graph.tooLarge.googleMatrix': ['count', 'max'],
    'graph.googleMatrix.partNeedsPersonalization': ['n'],
    // Checking stops at the 1,000th problem; a row limit of an upload.
    'problem.stopped': ['n'],
    'upload.tooManyRows': ['max'],
  };

  it('gives every count that can be 1 its singular noun', () => {
    const missing = countsWithoutSingular(EN, neverOne);
    expect(missing).toEqual([]);
  });

  it('has no "(s)" plurals left', () => {
    expect(Object.entries(EN).filter(([, t]) => /\w\(s\)/.test(t)).map(([k]) => k)).toEqual([]);
  });

  it('writes one and many as an English reader expects, and Indonesian alike', () => {
    expect(say('en', 'cli.rejected', { n: '1' })).toBe('rejected: 1 problem');
    expect(say('en', 'cli.rejected', { n: '12' })).toBe('rejected: 12 problems');
    expect(say('en', 'cli.rejected', { n: '0' })).toBe('rejected: 0 problems');
    expect(say('id', 'cli.rejected', { n: '1' })).toBe('ditolak: 1 masalah');
    const valid = { firms: '1', clusters: '2', components: '1', supplies: '1,000', imports: '0' };
    expect(say('en', 'cli.valid', valid)).toBe('valid: 1 firm, 2 clusters, 1 component, 1,000 supplies, 0 imports');
    // A count given as a number is written in the language first ("1.000" in Indonesian), then read.
    expect(render('en', text('problem.csv.ragged', { n: 1, columns: 1 }))).toBe('row has 1 value but the header has 1 column');
    expect(render('en', text('problem.csv.ragged', { n: 3, columns: 4 }))).toBe('row has 3 values but the header has 4 columns');
    expect(render('id', text('problem.csv.ragged', { n: 1, columns: 1 }))).toBe('baris ini berisi 1 nilai, padahal baris judul hanya memiliki 1 kolom');
  });

  it('agrees the verb with the count', () => {
    const worst = { firm: 'PT A', usd: 'USD 1.0 m', oems: 'none' };
    expect(say('en', 'risk.worst', { ...worst, buyers: '1' })).toBe('Largest impact: if PT A fails, 1 buyer loses supplies worth USD 1.0 m a year; OEMs cut off: none.');
    expect(say('en', 'risk.worst', { ...worst, buyers: '3' })).toContain('3 buyers lose supplies');
    expect(say('id', 'risk.worst', { ...worst, buyers: '1' })).toContain('bila PT A berhenti berproduksi, 1 pembeli kehilangan pasokan');
    expect(render('en', text('warning.trade.national-missing', { n: 1, total: 5, year: '2023' }))).toMatch(/^1 of the 5 imported components has no national import figure in 2023 \(.* its HS codes\): its import-value term is 0\.$/);
  });
});
