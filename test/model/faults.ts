// Independent faults injected into a valid dataset's CSV texts, each with the one located problem
// it must cause. "Independent": each fault touches its own row, never an id that other rows name
// (so it cannot hide or cause another problem), and appended rows go after every existing line.
// Used by the one-pass property test and the hidden-fault test.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { specOf, type DatasetFile } from '../../server/model/index.ts';
import type { Rng } from '../../server/util/random.ts';

export interface Expected {
  file: string;
  line: number;
  column: number;
  /** What the problem's message must say. */
  message: RegExp;
}

type Texts = Map<string, string>;

export const FAULT_KINDS = ['tier', 'negative', 'latitude', 'required', 'flag', 'year', 'dangling', 'self-supply', 'duplicate', 'quote'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The file and column each fault kind works on (its column is 1-based in the CSV). */
const WHERE: Record<FaultKind, { file: DatasetFile; column: string }> = {
  tier: { file: 'firms', column: 'tier' },
  negative: { file: 'components', column: 'mass_kg' },
  latitude: { file: 'clusters', column: 'lat' },
  required: { file: 'processes', column: 'name' },
  flag: { file: 'capabilities', column: 'estimate' },
  year: { file: 'imports', column: 'year' },
  dangling: { file: 'makes', column: 'component' },
  'self-supply': { file: 'supplies', column: 'buyer' },
  duplicate: { file: 'needs', column: 'firm' },
  quote: { file: 'needs', column: 'firm' },
};

const columnOf = (file: DatasetFile, column: string): number => specOf(file).columns.indexOf(column) + 1;

function setCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split('\n');
  const [cells] = parse(lines[line - 1]!, { relax_column_count: true }) as string[][];
  cells![column - 1] = value;
  lines[line - 1] = stringify([cells!]).replace(/\n$/, '');
  return lines.join('\n');
}

const dataLines = (text: string): number => text.replace(/\n$/, '').split('\n').length - 1;

/**
 * Injects one fault of `kind` into the row `pick` chooses among the rows not in `used` (file:line).
 * Returns the problem it must cause, or null when the file has no free row.
 */
export function inject(texts: Texts, kind: FaultKind, rng: Rng, used: Set<string>): Expected | null {
  const { file, column: name } = WHERE[kind];
  const fileName = `${file}.csv`;
  const text = texts.get(fileName)!;
  const n = dataLines(text);
  const free = Array.from({ length: n }, (_, i) => i + 2).filter((l) => !used.has(`${fileName}:${l}`));
  if (free.length === 0) return null;
  const line = free[Math.floor(rng() * free.length)]!;
  used.add(`${fileName}:${line}`);
  const column = columnOf(file, name);
  const at = (message: RegExp, l = line, c = column): Expected => ({ file: fileName, line: l, column: c, message });
  switch (kind) {
    case 'tier':
      texts.set(fileName, setCell(text, line, column, 'TIER9'));
      return at(/^tier must be one of OEM, TIER1, TIER2, IKM, BUYER, got "TIER9"$/);
    case 'negative':
      texts.set(fileName, setCell(text, line, column, '-2.5'));
      return at(/^mass_kg must not be negative$/);
    case 'latitude':
      texts.set(fileName, setCell(text, line, column, '-95'));
      return at(/^lat must be between -90 and 90 \(a latitude\)$/);
    case 'required':
      texts.set(fileName, setCell(text, line, column, ''));
      return at(/^name is required$/);
    case 'flag':
      texts.set(fileName, setCell(text, line, column, 'maybe'));
      return at(/^estimate must be true or false, got "maybe"$/);
    case 'year':
      texts.set(fileName, setCell(text, line, column, 'twenty'));
      return at(/^year must be a year, got "twenty"$/);
    case 'dangling': {
      const id = `c-nowhere-${line}`;
      texts.set(fileName, setCell(text, line, column, id));
      return at(new RegExp(`^component "${id}" does not match any id in components$`));
    }
    case 'self-supply': {
      const supplier = (parse(text.split('\n')[line - 1]!) as string[][])[0]![0]!;
      texts.set(fileName, setCell(text, line, column, supplier));
      return at(/^a firm cannot supply itself/);
    }
    case 'duplicate': {
      // A copy of the row, appended after the last line (and after any earlier appended row).
      const body = text.replace(/\n$/, '');
      const copy = body.split('\n')[line - 1]!;
      const added = n + 2;
      used.add(`${fileName}:${added}`);
      texts.set(fileName, `${body}\n${copy}\n`);
      return at(/^duplicate row: \(firm, component\) = /, added, 1);
    }
    case 'quote': {
      const cells = (parse(text.split('\n')[line - 1]!) as string[][])[0]!;
      const lines = text.split('\n');
      lines[line - 1] = [`${cells[0]}"x`, ...cells.slice(1)].join(',');
      texts.set(fileName, lines.join('\n'));
      return at(/^malformed quoting/, line, 1);
    }
  }
}

export function describeProblem(p: { file: string; line: number; column: number | string; message: string }): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
