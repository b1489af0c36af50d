// The rules of the trade files that span several rows (a single row is checked by its schema in
// schemas.ts and trade-fields.ts; duplicates and references by validate.ts like every file):
//
// - one level per origin and year: a trade table that gives both heading 8708 and subheading
//   870830 for the same origin and year counts 870830 twice (the heading includes it), so the
//   subheading row is refused; the same for an exporter and year of world_trade.csv;
// - one quantity unit per HS code in trade.csv (kg and items cannot be added up), and a quantity
//   always has its unit;
// - the concordance shares of one HS code add up to at most 1 (hs_components.csv);
// - the HsProduct nodes these files make are named `hs:<code>` (graph.ts): no node file may use
//   such an id for something else.
// Only rows whose cells all parsed take part, so a row is never blamed twice for one mistake.
import { text, type Text } from '../i18n/index.ts';
import type { RawFile } from './csv.ts';
import type { Problem } from './problems.ts';
import type { DatasetFile } from './schemas.ts';

/** A row as the validator knows it: its line, its parsed values when valid, its key cells. */
export interface RuleRow {
  line: number;
  row?: Record<string, unknown>;
  keys: Record<string, unknown>;
}

export interface RuleFile {
  raw: RawFile;
  rows: readonly RuleRow[];
  /** Node files have a label (their ids name nodes). */
  label?: string;
}

/** A problem at a place of a file, its message a Text of the catalogue (messages/trade-files.ts). */
export type Locate = (raw: RawFile, line: number, column: number | string, message: Text) => Problem;

/** The id of the HsProduct node of an HS code (graph.ts). */
export const hsNodeId = (code: string): string => `hs:${code}`;

/** Share sums may exceed 1 by rounding this much (three shares of 1/3 written as 0.3333333333). */
const SHARE_TOLERANCE = 1e-6;

/** A sum without its rounding noise (0.25 + 0.5 + 0.3 = 1.05, not 1.0499999999999998). */
const show = (n: number): number => Number(n.toPrecision(12));

function levels(file: RuleFile, by: 'origin' | 'exporter', at: Locate, problems: Problem[]): void {
  const headings = new Map<string, number>();
  const group = (r: Record<string, unknown>) => `${String(r.year)}\u0000${String(r[by])}`;
  for (const r of file.rows) {
    const row = r.row;
    if (row && (row.hs as string).length === 4) headings.set(`${group(row)}\u0000${String(row.hs)}`, r.line);
  }
  if (headings.size === 0) return;
  for (const r of file.rows) {
    const row = r.row;
    if (!row || (row.hs as string).length !== 6) continue;
    const heading = (row.hs as string).slice(0, 4);
    const line = headings.get(`${group(row)}\u0000${heading}`);
    if (line === undefined) continue;
    problems.push(
      at(file.raw, r.line, file.raw.locate('hs'), text('trade.rule.level', { hs: String(row.hs), heading, line: String(line), year: String(row.year), party: String(row[by]) })),
    );
  }
}

function units(file: RuleFile, at: Locate, problems: Problem[]): void {
  const first = new Map<string, { unit: string; line: number }>();
  for (const r of file.rows) {
    const row = r.row;
    if (!row) continue;
    const unit = row.unit as string | undefined;
    if (row.quantity !== undefined && unit === undefined) {
      problems.push(at(file.raw, r.line, file.raw.locate('unit'), text('trade.rule.unitRequired', { column: 'unit' })));
      continue;
    }
    if (unit === undefined || row.quantity === undefined) continue;
    const hs = String(row.hs);
    const seen = first.get(hs);
    if (!seen) first.set(hs, { unit, line: r.line });
    else if (seen.unit !== unit) {
      problems.push(
        at(file.raw, r.line, file.raw.locate('unit'), text('trade.rule.unitDiffers', { column: 'unit', unit, first: seen.unit, hs, line: String(seen.line) })),
      );
    }
  }
}

function shares(file: RuleFile, at: Locate, problems: Problem[]): void {
  const sums = new Map<string, { sum: number; lines: number[]; reported: boolean }>();
  for (const r of file.rows) {
    const row = r.row;
    if (!row) continue;
    const hs = String(row.hs);
    let s = sums.get(hs);
    if (!s) sums.set(hs, (s = { sum: 0, lines: [], reported: false }));
    s.sum += row.share as number;
    s.lines.push(r.line);
    if (!s.reported && s.sum > 1 + SHARE_TOLERANCE) {
      s.reported = true;
      problems.push(
        at(file.raw, r.line, file.raw.locate('share'), text('trade.rule.shares', { hs, sum: show(s.sum), lines: s.lines.join(', ') })),
      );
    }
  }
}

function nodeIds(files: ReadonlyMap<DatasetFile, RuleFile>, at: Locate, problems: Problem[]): void {
  const codes = new Set<string>();
  for (const name of ['trade', 'hs_components', 'world_trade'] as const) {
    for (const r of files.get(name)?.rows ?? []) if (typeof r.keys.hs === 'string') codes.add(r.keys.hs);
  }
  if (codes.size === 0) return;
  for (const file of files.values()) {
    if (!file.label) continue;
    for (const r of file.rows) {
      const id = r.keys.id;
      if (typeof id === 'string' && id.startsWith('hs:') && codes.has(id.slice(3))) {
        problems.push(at(file.raw, r.line, file.raw.locate('id'), text('trade.rule.hsId', { id, code: id.slice(3) })));
      }
    }
  }
}

/** Every cross-row problem of the trade files. */
export function tradeRuleProblems(files: ReadonlyMap<DatasetFile, RuleFile>, at: Locate): Problem[] {
  const problems: Problem[] = [];
  const trade = files.get('trade');
  if (trade) {
    levels(trade, 'origin', at, problems);
    units(trade, at, problems);
  }
  const world = files.get('world_trade');
  if (world) levels(world, 'exporter', at, problems);
  const concordance = files.get('hs_components');
  if (concordance) shares(concordance, at, problems);
  nodeIds(files, at, problems);
  return problems;
}
