// One test per validation rule: each corrupts a valid generated dataset in one place and checks
// that the problem names the file, the line and the column, and that nothing else is reported.
import { describe, expect, it } from 'vitest';
import { DatasetError, datasetFromCsvTexts, datasetFromJsonText, formatProblem } from '../../server/model/index.ts';
import { editLine, problemsOf, smallCsvTexts, smallDataset } from '../helpers/datasets.ts';

const withFile = (name: string, edit: (text: string) => string): Map<string, string> => {
  const texts = smallCsvTexts();
  texts.set(name, edit(texts.get(name)!));
  return texts;
};

describe('dataset validation', () => {
  it('refuses an amount past a thousand trillion (1e308 summed to Infinity and NaN in the answers)', () => {
    const setValue = (value: string) =>
      withFile('imports.csv', (t) => {
        const column = t.split('\n')[0]!.split(',').indexOf('value_usd');
        return editLine(t, 2, (l) => l.split(',').map((c, i) => (i === column ? value : c)).join(','));
      });
    const problems = problemsOf(setValue('1e308'));
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^imports\.csv:2:\d+: value_usd must be at most 1,000,000,000,000,000 \(a thousand trillion\)/)]);
    expect(problemsOf(setValue('1000000000000000'))).toEqual([]);
  });

  it('stops after 1,000 problems, saying where and that there may be more', () => {
    // 3,000 firms rows whose tier is not one: one problem each, so checking stops at the 1,000th.
    const texts = smallCsvTexts();
    const header = texts.get('firms.csv')!.split('\n')[0]!;
    texts.set('firms.csv', `${header}\n${Array.from({ length: 3000 }, (_, i) => `x-${i},X ${i},NOPE`).join('\n')}\n`);
    const problems = problemsOf(texts);
    const last = problems[problems.length - 1]!;
    expect(formatProblem(last)).toBe('firms.csv:1001:1: checking stopped here after 1,000 problems; fix these and upload again to see any others');
    expect(problems.some((p) => p.file === 'firms.csv' && p.line === 2 && /tier/.test(p.message))).toBe(true);
    expect(problems.length).toBeLessThanOrEqual(1001);
  });

  it('accepts a valid dataset, with a byte-order mark and CRLF line ends', () => {
    const texts = smallCsvTexts();
    texts.set('firms.csv', `\uFEFF${texts.get('firms.csv')!.replace(/\n/g, '\r\n')}`);
    const d = datasetFromCsvTexts(texts);
    expect(d.firms).toHaveLength(120);
    expect(d.firms[0]!.id).toBe(smallDataset().firms[0]!.id);
  });

  it('reports a duplicated id with both places', () => {
    // firms.csv line 3 gets the id of line 2.
    const texts = withFile('firms.csv', (t) => {
      const firstId = t.split('\n')[1]!.split(',')[0]!;
      return editLine(t, 3, (l) => l.replace(/^[^,]+/, firstId));
    });
    const problems = problemsOf(texts);
    const dup = problems.find((p) => p.file === 'firms.csv' && p.line === 3);
    expect(dup).toBeDefined();
    expect(dup!.column).toBe(1);
    expect(dup!.message).toMatch(/already used at firms\.csv:2/);
  });

  it('refuses built-in JavaScript names as ids (they would corrupt the in-process graph)', () => {
    // processes.csv line 2 is renamed "constructor"; its references elsewhere then dangle too.
    const texts = withFile('processes.csv', (t) => editLine(t, 2, (l) => l.replace(/^[^,]+/, 'constructor')));
    const problems = problemsOf(texts).filter((p) => p.file === 'processes.csv');
    expect(problems.map(formatProblem)).toContain('processes.csv:2:1: id "constructor" is reserved (a built-in JavaScript name); choose another id');
  });

  it('reports a dangling reference', () => {
    const texts = withFile('makes.csv', (t) => editLine(t, 2, (l) => l.replace(/^[^,]+/, 'gf-nobody')));
    const problems = problemsOf(texts);
    expect(problems.map(formatProblem)).toContain('makes.csv:2:1: firm "gf-nobody" does not match any id in firms');
  });

  it('reports a negative number', () => {
    // components.csv columns: id,name,name_id,hs,category,material,processes,mass_kg (8th) …
    const texts = withFile('components.csv', (t) =>
      editLine(t, 4, (l) => {
        const cells = l.split(',');
        cells[7] = '-2.5';
        return cells.join(',');
      }),
    );
    expect(problemsOf(texts).map(formatProblem)).toEqual(['components.csv:4:8: mass_kg must not be negative']);
  });

  it('reports an unknown tier', () => {
    const texts = withFile('firms.csv', (t) => editLine(t, 5, (l) => l.replace(/,(OEM|BUYER|TIER1|TIER2|IKM),/, ',TIER9,')));
    const problems = problemsOf(texts);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(/^firms\.csv:5:3: tier must be one of OEM, TIER1, TIER2, IKM, BUYER, got "TIER9"$/);
  });

  it('reports an unknown column', () => {
    const texts = withFile('clusters.csv', (t) => t.replace(/^id,name/, 'id,name,colour').replace(/\n(?=.)/g, '\n'));
    const problems = problemsOf(texts);
    expect(problems.some((p) => p.file === 'clusters.csv' && p.line === 1 && p.column === 3 && /unknown column "colour"/.test(p.message))).toBe(true);
  });

  it('reports a broken quote on its line, and keeps checking the other files', () => {
    let texts = withFile('processes.csv', (t) => editLine(t, 3, (l) => l.replace(/^([^,]+),/, '$1,"broken')));
    texts = new Map(texts);
    texts.set('countries.csv', editLine(texts.get('countries.csv')!, 2, () => 'JPN,'));
    const problems = problemsOf(texts).map(formatProblem);
    expect(problems).toContain('processes.csv:3:1: malformed quoting: a quoted value that starts on this line is never closed');
    expect(problems).toContain('countries.csv:2:2: name is required');
  });

  it('reports a bad boolean, a bad latitude and an unknown file together', () => {
    const texts = withFile('clusters.csv', (t) =>
      editLine(t, 2, (l) => {
        const c = l.split(',');
        c[4] = '-95'; // lat
        c[9] = 'yes'; // estimate
        return c.join(',');
      }),
    );
    texts.set('notes.csv', 'a\n1\n');
    const problems = problemsOf(texts).map(formatProblem);
    expect(problems).toContain('clusters.csv:2:5: lat must be between -90 and 90 (a latitude)');
    expect(problems).toContain('clusters.csv:2:10: estimate must be true or false, got "yes"');
    expect(problems.some((p) => p.startsWith('notes.csv:1:1: unknown file'))).toBe(true);
  });

  it('rejects a supplier that supplies itself and a duplicated supply', () => {
    const d = smallDataset();
    const s = d.supplies[0]!;
    const texts = withFile('supplies.csv', (t) => `${t}${s.supplier},${s.supplier},${s.component},,,,,\n${s.supplier},${s.buyer},${s.component},,,,,\n`);
    const problems = problemsOf(texts);
    const last = d.supplies.length + 1;
    expect(problems.find((p) => p.line === last + 1)?.message).toMatch(/cannot supply itself/);
    expect(problems.find((p) => p.line === last + 2)?.message).toMatch(/duplicate row: \(supplier, buyer, component\)/);
  });

  it('reads a JSON bundle and locates its problems by row and field', () => {
    const d = smallDataset();
    const good = datasetFromJsonText('bundle.json', JSON.stringify(d));
    expect(good.supplies).toEqual(d.supplies);
    const bad = { ...d, firms: d.firms.map((f, i) => (i === 1 ? { ...f, employees: -1, colour: 'red' } : f)) };
    try {
      datasetFromJsonText('bundle.json', JSON.stringify(bad));
      expect.unreachable();
    } catch (error) {
      const problems = (error as DatasetError).problems.map(formatProblem);
      expect(problems).toContain('bundle.json#firms:2:colour: unknown column "colour" (expected: id, name, tier, sector, cluster, province, regency, lat, lon, employees, capacity_tonnes, certifications, source, estimate, name_id, sector_id, source_id)');
    }
  });

  it('names the position of malformed JSON', () => {
    expect(() => datasetFromJsonText('b.json', '{\n "firms": [,]\n}')).toThrow(/b\.json:2:\d+: not valid JSON/);
  });
});
