// Property: a random corruption of a valid dataset (a changed cell, a dropped or duplicated line,
// a stray quote, a truncated file, an extra column) is either accepted or rejected with problems
// that each name a file, a line ≥ 1 inside that file (or 1 for the file itself) and a column.
// Never a crash. fast-check seeds the run, so a failure reproduces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetError, datasetFromCsvTexts } from '../../server/model/index.ts';
import { smallCsvTexts } from '../helpers/datasets.ts';

const base = smallCsvTexts(7);
const names = [...base.keys()];

const corruption = fc.record({
  file: fc.constantFrom(...names),
  kind: fc.constantFrom('cell', 'drop', 'duplicate', 'quote', 'truncate', 'extra'),
  line: fc.nat(),
  cell: fc.nat(),
  value: fc.oneof(fc.string(), fc.constantFrom('-1', 'NaN', 'Infinity', '1e999', '', 'TIER9', '"', 'x;y', '91', 'true', '\u0000')),
});

type Corruption = typeof corruption extends fc.Arbitrary<infer T> ? T : never;

function corrupt(texts: Map<string, string>, c: Corruption): Map<string, string> {
  const out = new Map(texts);
  const lines = out.get(c.file)!.split('\n');
  const i = c.line % lines.length;
  switch (c.kind) {
    case 'cell': {
      const cells = lines[i]!.split(',');
      cells[c.cell % cells.length] = c.value;
      lines[i] = cells.join(',');
      break;
    }
    case 'drop':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'quote':
      lines[i] = `${lines[i]!.slice(0, c.cell % (lines[i]!.length + 1))}"${lines[i]!.slice(c.cell % (lines[i]!.length + 1))}`;
      break;
    case 'truncate':
      lines.length = i;
      break;
    case 'extra':
      lines[i] = `${lines[i]},${c.value}`;
      break;
  }
  out.set(c.file, lines.join('\n'));
  return out;
}

describe('random corruptions', () => {
  it('are accepted or rejected with located problems, never a crash', () => {
    fc.assert(
      fc.property(fc.array(corruption, { minLength: 1, maxLength: 3 }), (cs) => {
        const texts = cs.reduce(corrupt, base);
        try {
          datasetFromCsvTexts(texts);
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          const problems = (error as DatasetError).problems;
          expect(problems.length).toBeGreaterThan(0);
          for (const p of problems) {
            expect(names).toContain(p.file);
            const lineCount = texts.get(p.file)!.split('\n').length;
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lineCount + 1);
            expect(typeof p.column === 'number' ? p.column >= 1 : p.column.length > 0).toBe(true);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
