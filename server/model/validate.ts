// Checks a dataset read from CSV, JSON or a workbook against every rule of the format and returns
// the typed Dataset, or throws a DatasetError listing every problem. Nothing is partially accepted.
//
// One pass finds everything: every row of every file is checked on its own first; then ids,
// duplicates and references are checked against the ids that *would* exist — a row whose other
// cells are wrong still names its id — so fixing the reported problems never uncovers new ones.
// A referenced file that is missing is one problem, not one per row; repeated problems are grouped.
import type { z } from 'zod';
import { render, text, type Text, type TextParam } from '../i18n/index.ts';
import { columnInfo } from './columns.ts';
import type { RawFile, RawRow } from './csv.ts';
import { fieldText } from './field-text.ts';
import { FILE_SPECS, type FileSpec } from './files.ts';
import { groupProblems } from './group.ts';
import { DatasetError, fileParam, problem, type Problem, type ProblemPlace } from './problems.ts';
import type { Dataset, DatasetFile } from './schemas.ts';
import { tradeRuleProblems } from './trade-rules.ts';

export interface ValidateOptions {
  /** How a file is named in problems when it is missing: `clusters.csv`, `bundle.json#clusters`, a sheet (a Text: "sheet clusters"). */
  nameOf?: (file: DatasetFile) => string | Text;
  /**
   * A merge: files absent from the upload are taken from this dataset (the one served now), and
   * the whole is checked together, so an upload cannot leave the rest pointing at nothing.
   */
  base?: Dataset;
  /** Filled with the names of the files that were given (not taken from `base`). */
  given?: DatasetFile[];
}

interface RowFacts {
  line: number;
  /** The parsed row when every cell is valid. */
  row?: Record<string, unknown>;
  /** Key and reference cells that parse on their own, whatever the rest of the row holds. */
  keys: Record<string, unknown>;
}

interface FileFacts {
  spec: FileSpec;
  raw: RawFile;
  rows: RowFacts[];
  /** Every row parsed (no problem in this file). */
  ok: boolean;
}

type ShapeOf = Record<string, z.ZodType>;

/** Where a problem of a raw file is. */
const placeOf = (raw: RawFile, line: number, column: number | string): ProblemPlace => {
  const place: ProblemPlace = { file: raw.file, line, column };
  if (raw.cell && line > 0) place.cell = raw.cell(line, column);
  if (raw.fileText) place.fileText = raw.fileText;
  return place;
};

const at = (raw: RawFile, line: number, column: number | string, message: Text): Problem => problem(placeOf(raw, line, column), message);

/** Problems found before checking stops: more would take long to find and nobody reads them. */
export const MAX_PROBLEMS = 1000;

/** A file's name as a problem names it: its text, or the Text of a name with words in it. */
const nameParts = (name: string | Text): { file: string; fileText?: Text } =>
  typeof name === 'string' ? { file: name } : { file: render('en', name), fileText: name };

/** Header problems; returns the columns the rows must not be blamed for (unknown, missing). */
function checkHeader(spec: FileSpec, raw: RawFile, problems: Problem[]): { unknown: Set<string>; missing: Set<string>; readable: boolean } {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  if (raw.header.length === 0) {
    if (raw.complete) problems.push(at(raw, 1, raw.columnAt(0), text('problem.emptyFile')));
    return { unknown, missing, readable: false };
  }
  const seen = new Set<string>();
  // Spreadsheets often save empty columns after the last one; only a gap between names is a mistake.
  let lastNamed = raw.header.length - 1;
  while (lastNamed >= 0 && raw.header[lastNamed] === '') lastNamed--;
  raw.header.forEach((column, i) => {
    if (column === '') {
      if (i < lastNamed) problems.push(at(raw, 1, raw.columnAt(i), text('problem.unnamedColumn')));
      return;
    }
    if (seen.has(column)) problems.push(at(raw, 1, raw.columnAt(i), text('problem.columnTwice', { column })));
    seen.add(column);
    if (!spec.columns.includes(column)) {
      unknown.add(column);
      problems.push(at(raw, 1, raw.columnAt(i), text('problem.unknownColumn', { column, expected: spec.columns.join(', ') })));
    }
  });
  for (const column of spec.required) {
    if (!seen.has(column)) {
      missing.add(column);
      problems.push(at(raw, 1, raw.columnAt(0), text('problem.requiredColumn', { column })));
    }
  }
  return { unknown, missing, readable: true };
}

/** The columns whose values identify rows or point at other rows. */
const keyColumns = (spec: FileSpec): string[] => [...new Set([...spec.key, ...spec.references.map((r) => r.column), ...(spec.name === 'supplies' ? ['supplier', 'buyer'] : [])])];

function checkRow(spec: FileSpec, raw: RawFile, row: RawRow, header: { unknown: Set<string>; missing: Set<string> }, problems: Problem[]): RowFacts {
  let values = row.values;
  if (header.unknown.size > 0) {
    values = { ...values };
    for (const column of header.unknown) delete values[column];
  }
  // With their input, the issues say which message they are (field-text.ts).
  const result = spec.schema.safeParse(values, { reportInput: true });
  if (result.success && !row.broken) return { line: row.line, row: result.data as Record<string, unknown>, keys: result.data as Record<string, unknown> };
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(at(raw, row.line, key, text('problem.unknownColumn', { column: key, expected: spec.columns.join(', ') })));
        continue;
      }
      const column = String(issue.path[0] ?? '');
      // A required column missing from the header was reported once, on the header.
      if (header.missing.has(column) || row.reported?.has(column)) continue;
      problems.push(at(raw, row.line, raw.locate(column), text('problem.cell', { column, reason: fieldText(columnInfo(spec, column).kind, issue) })));
    }
  }
  const shape = spec.schema.shape as ShapeOf;
  const keys: Record<string, unknown> = {};
  for (const column of keyColumns(spec)) {
    const parsed = shape[column]!.safeParse(values[column]);
    if (parsed.success) keys[column] = parsed.data;
  }
  return { line: row.line, keys };
}

/** The rows of a dataset file that is already valid (the current dataset, in a merge). */
export function rawFromRows(name: string | Text, spec: FileSpec, rows: readonly object[]): RawFile {
  const position = new Map(spec.columns.map((c, i) => [c, i + 1]));
  return {
    ...nameParts(name),
    header: [...spec.columns],
    // Line numbers as in the CSV export of the same rows (header on line 1).
    rows: rows.map((values, i) => ({ line: i + 2, values: values as Record<string, unknown> })),
    locate: (column) => position.get(column) ?? 1,
    columnAt: (index) => index + 1,
    problems: [],
    complete: true,
  };
}

interface MissingRefs {
  /** Referencing file → how many rows, and the first one. */
  byFile: Map<string, { count: number; first: ProblemPlace }>;
}

function checkKeys(files: FileFacts[], present: ReadonlySet<DatasetFile>, problems: Problem[]): Map<DatasetFile, MissingRefs> {
  // Ids are unique across every node file: one id names one node in the graph.
  const owners = new Map<string, { file: TextParam; line: number; cell?: string }>();
  const idsOf = new Map<DatasetFile, Set<string>>();
  const complete = new Set<DatasetFile>();
  for (const f of files) {
    if (f.raw.complete) complete.add(f.spec.name);
    if (f.spec.label) {
      const ids = new Set<string>();
      for (const r of f.rows) {
        const id = r.keys.id as string | undefined;
        if (id === undefined) continue;
        const first = owners.get(id);
        // In a workbook the first use is named as its cell (firms!A2), as the problem itself is.
        if (first) problems.push(at(f.raw, r.line, f.raw.locate('id'), first.cell ? text('problem.idUsedAtCell', { id, cell: first.cell }) : text('problem.idUsed', { id, file: first.file, line: String(first.line) })));
        else {
          const place = placeOf(f.raw, r.line, f.raw.locate('id'));
          owners.set(id, { file: fileParam(place), line: r.line, ...(place.cell ? { cell: place.cell } : {}) });
        }
        ids.add(id);
      }
      idsOf.set(f.spec.name, ids);
    } else {
      const seen = new Map<string, number>();
      for (const r of f.rows) {
        if (f.spec.required.some((c) => f.spec.key.includes(c) && r.keys[c] === undefined)) continue;
        const k = JSON.stringify(f.spec.key.map((c) => r.keys[c] ?? null));
        const first = seen.get(k);
        if (first !== undefined) {
          const shown = f.spec.key.map((c) => r.keys[c] ?? '').join(', ');
          problems.push(at(f.raw, r.line, f.raw.locate(f.spec.key[0]!), text('problem.duplicateRow', { columns: f.spec.key.join(', '), values: shown, line: String(first) })));
        } else seen.set(k, r.line);
      }
    }
  }

  const missing = new Map<DatasetFile, MissingRefs>();
  for (const f of files) {
    for (const r of f.rows) {
      for (const ref of f.spec.references) {
        const value = r.keys[ref.column];
        if (value === undefined) continue;
        const ids = ref.list ? (value as string[]) : [value as string];
        if (ids.length === 0) continue;
        if (!present.has(ref.target)) {
          const m = missing.get(ref.target) ?? { byFile: new Map() };
          missing.set(ref.target, m);
          const entry = m.byFile.get(f.raw.file);
          if (entry) entry.count++;
          else m.byFile.set(f.raw.file, { count: 1, first: placeOf(f.raw, r.line, f.raw.locate(ref.column)) });
          continue;
        }
        // A target file that could not be read to its end would give false "unknown id" reports.
        if (!complete.has(ref.target)) continue;
        const known = idsOf.get(ref.target)!;
        for (const id of ids) {
          if (!known.has(id)) problems.push(at(f.raw, r.line, f.raw.locate(ref.column), text('problem.noSuchId', { column: ref.column, id, target: ref.target })));
        }
      }
      if (f.spec.name === 'supplies' && r.keys.supplier !== undefined && r.keys.supplier === r.keys.buyer) {
        problems.push(at(f.raw, r.line, f.raw.locate('buyer'), text('problem.suppliesItself', { firm: String(r.keys.buyer) })));
      }
    }
  }
  return missing;
}

function missingFileProblems(present: ReadonlySet<DatasetFile>, refs: Map<DatasetFile, MissingRefs>, nameOf: (f: DatasetFile) => string | Text): Problem[] {
  const problems: Problem[] = [];
  const core = FILE_SPECS.filter((s) => !s.optional).map((s) => nameOf(s.name));
  for (const spec of FILE_SPECS) {
    if (present.has(spec.name)) continue;
    const name = nameOf(spec.name);
    const referenced = refs.get(spec.name);
    const hint = spec.optional ? '' : text('problem.coreHint');
    if (referenced) {
      const rows = [...referenced.byFile.values()].map(({ count, first }) => text(count === 1 ? 'problem.rows.one' : 'problem.rows.other', { n: { grouped: count }, file: fileParam(first) }));
      const first = [...referenced.byFile.values()][0]!.first;
      problems.push(problem(first, text('problem.referencedMissing', { rows: { join: rows }, target: spec.name, name, hint })));
    } else if (!spec.optional) {
      problems.push(problem({ ...nameParts(name), line: 0, column: 0 }, text('problem.missingFile', { name, hint, core: { join: core } })));
    }
  }
  return problems;
}

const compareProblems = (a: Problem, b: Problem): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/**
 * Validates every file. `raws` holds the files that were given; a file not given is missing (an
 * error for a core file, empty for an optional one) unless `options.base` supplies it (a merge).
 */
export function validateRaw(raws: ReadonlyMap<DatasetFile, RawFile>, extraProblems: Problem[] = [], options: ValidateOptions = {}): Dataset {
  const nameOf = options.nameOf ?? ((f: DatasetFile) => `${f}.csv`);
  options.given?.push(...FILE_SPECS.map((s) => s.name).filter((f) => raws.has(f)));
  const all = new Map(raws);
  if (options.base) {
    for (const spec of FILE_SPECS) {
      if (!all.has(spec.name)) all.set(spec.name, rawFromRows(text('problem.currentFile', { name: nameOf(spec.name) }), spec, (options.base[spec.name] ?? []) as object[]));
    }
  }
  const problems: Problem[] = [...extraProblems];
  const files: FileFacts[] = [];
  for (const spec of FILE_SPECS) {
    const raw = all.get(spec.name);
    if (!raw) continue;
    for (const p of raw.problems) problems.push(p);
    const header = checkHeader(spec, raw, problems);
    if (!header.readable) {
      files.push({ spec, raw: { ...raw, complete: false }, rows: [], ok: false });
      continue;
    }
    const before = problems.length;
    const facts: RowFacts[] = [];
    for (const row of raw.rows) {
      facts.push(checkRow(spec, raw, row, header, problems));
      // A file of a million broken rows would be checked (and listed) for minutes: past
      // MAX_PROBLEMS the upload is refused with what was found, and a note that there is more.
      if (problems.length >= MAX_PROBLEMS) {
        problems.push(at(raw, row.line, 1, text('problem.stopped', { n: { grouped: problems.length } })));
        problems.sort(compareProblems);
        throw new DatasetError(groupProblems(problems));
      }
    }
    files.push({ spec, raw, rows: facts, ok: problems.length === before && facts.every((r) => r.row) });
  }
  const present = new Set(files.map((f) => f.spec.name));
  const missing = checkKeys(files, present, problems);
  problems.push(...tradeRuleProblems(new Map(files.map((f) => [f.spec.name, { raw: f.raw, rows: f.rows, label: f.spec.label }])), at));
  problems.push(...missingFileProblems(present, missing, nameOf));

  if (problems.length > 0) {
    problems.sort(compareProblems);
    throw new DatasetError(groupProblems(problems));
  }
  const dataset = {} as Record<DatasetFile, unknown[]>;
  for (const spec of FILE_SPECS) dataset[spec.name] = files.find((f) => f.spec.name === spec.name)?.rows.map((r) => r.row) ?? [];
  return dataset as unknown as Dataset;
}
