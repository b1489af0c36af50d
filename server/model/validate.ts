// Checks a dataset read from CSV or JSON against every rule of the format and returns the typed
// Dataset, or throws a DatasetError listing every problem found. Nothing is partially accepted.
import type { z } from 'zod';
import type { RawFile, RawRow } from './csv.ts';
import { FILE_SPECS, type FileSpec } from './files.ts';
import { DatasetError, type Problem } from './problems.ts';
import type { Dataset, DatasetFile } from './schemas.ts';

interface ParsedRow {
  line: number;
  row: Record<string, unknown>;
}

const keyText = (row: Record<string, unknown>, key: readonly string[]): string =>
  JSON.stringify(key.map((k) => row[k] ?? null));

function checkHeader(spec: FileSpec, raw: RawFile, problems: Problem[]): boolean {
  if (raw.header.length === 0) {
    if (raw.complete) problems.push({ file: raw.file, line: 1, column: 1, message: 'the file is empty: it needs a header row' });
    return false;
  }
  let ok = true;
  const seen = new Set<string>();
  raw.header.forEach((column, i) => {
    if (seen.has(column)) {
      problems.push({ file: raw.file, line: 1, column: i + 1, message: `column "${column}" appears twice` });
      ok = false;
    }
    seen.add(column);
    if (!spec.columns.includes(column)) {
      problems.push({
        file: raw.file,
        line: 1,
        column: i + 1,
        message: `unknown column "${column}" (expected: ${spec.columns.join(', ')})`,
      });
      ok = false;
    }
  });
  for (const column of spec.required) {
    if (!seen.has(column)) {
      problems.push({ file: raw.file, line: 1, column: 1, message: `required column "${column}" is missing` });
      ok = false;
    }
  }
  return ok;
}

function parseRow(spec: FileSpec, raw: RawFile, row: RawRow, problems: Problem[]): ParsedRow | undefined {
  const result = (spec.schema as z.ZodObject).safeParse(row.values);
  if (result.success) return { line: row.line, row: result.data as Record<string, unknown> };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ file: raw.file, line: row.line, column: key, message: `unknown column "${key}" (expected: ${spec.columns.join(', ')})` });
      }
      continue;
    }
    const column = String(issue.path[0] ?? '');
    problems.push({ file: raw.file, line: row.line, column: raw.locate(column), message: `${column} ${issue.message}` });
  }
  return undefined;
}

/** Validates every file; `raws` holds the files that exist (a missing file is an empty one). */
export function validateRaw(raws: ReadonlyMap<DatasetFile, RawFile>, extraProblems: Problem[] = []): Dataset {
  const problems: Problem[] = [...extraProblems];
  const parsed = new Map<DatasetFile, ParsedRow[]>();
  const incomplete = new Set<DatasetFile>();

  for (const spec of FILE_SPECS) {
    const raw = raws.get(spec.name);
    if (!raw) {
      parsed.set(spec.name, []);
      continue;
    }
    for (const p of raw.problems) problems.push(p);
    const headerOk = checkHeader(spec, raw, problems);
    if (!raw.complete || !headerOk) incomplete.add(spec.name);
    const rows: ParsedRow[] = [];
    if (headerOk) {
      for (const row of raw.rows) {
        const ok = parseRow(spec, raw, row, problems);
        if (ok) rows.push(ok);
        else incomplete.add(spec.name);
      }
    }
    parsed.set(spec.name, rows);
  }

  // Ids are unique across every node file: one id names one node in the graph.
  const owners = new Map<string, { file: string; line: number }>();
  const idsOf = new Map<DatasetFile, Set<string>>();
  for (const spec of FILE_SPECS) {
    const raw = raws.get(spec.name);
    const rows = parsed.get(spec.name)!;
    if (spec.label) {
      const ids = new Set<string>();
      for (const { line, row } of rows) {
        const id = row.id as string;
        const first = owners.get(id);
        if (first) {
          problems.push({
            file: raw!.file,
            line,
            column: raw!.locate('id'),
            message: `id "${id}" is already used at ${first.file}:${first.line}`,
          });
        } else owners.set(id, { file: raw!.file, line });
        ids.add(id);
      }
      idsOf.set(spec.name, ids);
    } else {
      const keys = new Map<string, number>();
      for (const { line, row } of rows) {
        const k = keyText(row, spec.key);
        const first = keys.get(k);
        if (first !== undefined) {
          problems.push({
            file: raw!.file,
            line,
            column: raw!.locate(spec.key[0]!),
            message: `duplicate row: (${spec.key.join(', ')}) = (${spec.key.map((c) => row[c] ?? '').join(', ')}) already appears on line ${first}`,
          });
        } else keys.set(k, line);
      }
    }
  }

  for (const spec of FILE_SPECS) {
    const raw = raws.get(spec.name);
    for (const { line, row } of parsed.get(spec.name)!) {
      for (const ref of spec.references) {
        // A target file that could not be read completely would give false "unknown id" reports.
        if (incomplete.has(ref.target)) continue;
        const value = row[ref.column];
        const ids = ref.list ? (value as string[]) : value === undefined ? [] : [value as string];
        for (const id of ids) {
          if (!idsOf.get(ref.target)!.has(id)) {
            problems.push({
              file: raw!.file,
              line,
              column: raw!.locate(ref.column),
              message: `${ref.column} "${id}" does not match any id in ${ref.target}`,
            });
          }
        }
      }
      if (spec.name === 'supplies' && row.supplier === row.buyer) {
        problems.push({ file: raw!.file, line, column: raw!.locate('buyer'), message: `a firm cannot supply itself ("${String(row.buyer)}")` });
      }
    }
  }

  if (problems.length > 0) {
    problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    throw new DatasetError(problems);
  }
  const dataset = {} as Record<DatasetFile, unknown[]>;
  for (const spec of FILE_SPECS) dataset[spec.name] = parsed.get(spec.name)!.map((p) => p.row);
  return dataset as unknown as Dataset;
}
