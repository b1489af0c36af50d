// Invisible control characters in a dataset's text: a right-to-left override (U+202E, "Trojan
// Source") makes "PT Maju ‮ayaJ" read as another name in the views and the briefings, and a NUL in an
// id makes two ids look alike. Both were stored and echoed as they came; now each is refused at its
// file, line and column, naming the character (U+XXXX) and where it is in the cell (counted by hand
// below), in both languages, from a CSV file and a JSON bundle alike. Tabs and line breaks in free
// text stay allowed (a description may hold them).
import { describe, expect, it } from 'vitest';
import { datasetFromJsonText, DatasetError, datasetToGraph, formatProblemIn } from '../../server/model/index.ts';
import { smallDataset, problemsOf, smallCsvTexts } from '../helpers/datasets.ts';

/** Replaces the first data row's `from` (the first firm's id or name, as written in firms.csv) with `to`. */
function firmsWith(from: string, to: string): Map<string, string> {
  const texts = smallCsvTexts();
  const lines = texts.get('firms.csv')!.split('\n');
  expect(lines[1]).toContain(from);
  lines[1] = lines[1]!.replace(from, to);
  texts.set('firms.csv', lines.join('\n'));
  return texts;
}

describe('invisible control characters in a dataset', () => {
  const first = smallDataset().firms[0]!;

  it('a right-to-left override in a name: refused at its cell, the character and its place named', () => {
    // The name is the second column; the override is put after "PT " (character 4).
    const texts = firmsWith(`,${first.name},`, `,PT \u202E${first.name.slice(3)},`);
    const problems = problemsOf(texts);
    expect(problems.map((p) => formatProblemIn(p, 'en'))).toEqual([
      'firms.csv:2:2: name holds an invisible control character (U+202E) at character 4; delete it: such a character can hide or reorder the text around it in the views and the briefings',
    ]);
    expect(formatProblemIn(problems[0]!, 'id')).toBe(
      'firms.csv:2:2: name memuat karakter kendali tak terlihat (U+202E) pada karakter ke-4; hapus karakter itu: karakter semacam ini dapat menyembunyikan atau membalik urutan teks di sekitarnya pada tampilan dan bahan paparan',
    );
  });

  it('a NUL or a tab inside an id: refused (the id is the first column; at its ends a tab is trimmed)', () => {
    for (const [char, code] of [['\u0000', 'U+0000'], ['\t', 'U+0009']] as const) {
      const texts = firmsWith(`${first.id},`, `${first.id.slice(0, 2)}${char}${first.id.slice(2)},`);
      const problems = problemsOf(texts).filter((p) => p.file === 'firms.csv');
      expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1']);
      expect(problems[0]!.message).toContain(`(${code}) at character 3`);
    }
  });

  it('in a JSON bundle too, and a line break in free text stays allowed', () => {
    const dataset = smallDataset();
    const bundle = (name: string) => JSON.stringify({ ...dataset, firms: dataset.firms.map((f, i) => (i === 0 ? { ...f, name } : f)) });
    const refused = (() => {
      try {
        datasetFromJsonText('bundle.json', bundle('PT Aman\u2066 Sentosa'));
      } catch (error) {
        return error as DatasetError;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(DatasetError);
    expect(refused!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^name holds an invisible control character \(U\+2066\) at character 8;/)]);
    const kept = datasetFromJsonText('bundle.json', bundle('PT Aman\nSentosa'));
    expect(kept.firms[0]!.name).toBe('PT Aman\nSentosa');
    expect(datasetToGraph(kept).nodes.length).toBe(datasetToGraph(dataset).nodes.length);
  });
});
