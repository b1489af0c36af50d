// The converted table being built, one entry per (year, HS code, partner): the rules every layout
// shares. Rows of a subheading under a heading named in --headings are summed into the heading (a
// row of the heading itself, when the input has one, wins over that sum); a partner and year may not
// give both a heading and one of its subheadings (that would count the subheading twice, and the
// dataset refuses it) nor the same code twice; quantities are kept only where their unit agrees.
// Memory grows with the output (years × codes × partners), never with the input's length.
import { text, type Text } from '../i18n/index.ts';
import { problem, type Problem } from '../model/index.ts';

export interface OutRow {
  year: number;
  /** 4 or 6 digits. */
  hs: string;
  /** Origin (national imports) or exporter (world table): ISO 3166 alpha-3. */
  party: string;
  valueUsd: number;
  quantity?: number;
  unit?: string;
  source: string;
}

/** A row as read, with where it came from (for problems). */
export interface InRow extends OutRow {
  /** The input file, as problems name it. */
  file: string;
  line: number;
  /** Where the code is in its file (1-based column), for problems. */
  hsColumn: number;
}

interface Entry extends InRow {
  /** Summed from subheadings into a heading of --headings. */
  summed: boolean;
  /** The quantities added up had different units (or some had none): no quantity. */
  mixedUnits: boolean;
  sources: Set<string>;
}

export interface TableLabels {
  /** How the input names the code, partner and year columns (for problems). */
  hs: string;
  party: string;
  year: string;
}

const key = (year: number, hs: string, party: string): string => `${year}\u0000${hs}\u0000${party}`;

/** Where an earlier row is, seen from a row of `file`: "line 4", or "other.csv:4" in another file. */
const whereFrom = (file: string, earlier: { file: string; line: number }): Text | string =>
  earlier.file === file ? text('problem.place.line', { line: String(earlier.line) }) : `${earlier.file}:${earlier.line}`;

export class TradeTable {
  private readonly direct = new Map<string, Entry>();
  private readonly summed = new Map<string, Entry>();
  /** Subheading rows given directly while their heading is summed (for the note). */
  private replaced = 0;

  /** `sum`: rows of the same year, code and partner are added up (BACI's world table: one row per importer). */
  constructor(
    private readonly labels: TableLabels,
    private readonly headings: ReadonlySet<string>,
    private readonly sum = false,
  ) {}

  add(row: InRow, problems: Problem[]): void {
    const heading = row.hs.slice(0, 4);
    if (row.hs.length === 6 && this.headings.has(heading)) {
      const k = key(row.year, heading, row.party);
      const e = this.summed.get(k);
      if (e) this.merge(e, row);
      else this.summed.set(k, this.entry({ ...row, hs: heading }, true));
      return;
    }
    const k = key(row.year, row.hs, row.party);
    const seen = this.direct.get(k);
    if (seen && this.sum) {
      this.merge(seen, row);
      return;
    }
    if (seen) {
      const { hs, party, year } = this.labels;
      const names = [year, hs, party].join(', ');
      const values = [row.year, row.hs, row.party].join(', ');
      problems.push(problem({ file: row.file, line: row.line, column: row.hsColumn }, text('convert.same', { names, values, where: whereFrom(row.file, seen) })));
      return;
    }
    this.direct.set(k, this.entry(row, false));
  }

  private entry(row: InRow, summed: boolean): Entry {
    return { ...row, summed, mixedUnits: false, sources: new Set([row.source]) };
  }

  private merge(e: Entry, row: InRow): void {
    e.valueUsd += row.valueUsd;
    e.sources.add(row.source);
    if (e.mixedUnits) return;
    if (e.quantity === undefined || row.quantity === undefined || e.unit !== row.unit) {
      e.mixedUnits = true;
      delete e.quantity;
      delete e.unit;
      return;
    }
    e.quantity += row.quantity;
  }

  /** The rows, sorted by year, code, partner; `notes` says what was dropped or merged and why. */
  finish(problems: Problem[], notes: Text[]): OutRow[] {
    const all = new Map(this.direct);
    for (const [k, e] of this.summed) {
      if (all.has(k)) this.replaced++;
      else all.set(k, e);
    }
    if (this.replaced > 0) notes.push(text('convert.note.replaced', { n: { grouped: this.replaced }, flag: '--headings' }));
    // A heading and one of its subheadings for the same partner and year count the subheading twice.
    const { hs } = this.labels;
    for (const e of all.values()) {
      if (e.hs.length !== 6) continue;
      const h = all.get(key(e.year, e.hs.slice(0, 4), e.party));
      if (h) {
        const where = whereFrom(e.file, h);
        problems.push(problem({ file: e.file, line: e.line, column: e.hsColumn }, text('convert.level', { column: hs, hs: e.hs, heading: h.hs, where, year: String(e.year), party: e.party, flag: '--headings' })));
      }
    }
    // One quantity unit per code (the dataset's rule): otherwise the code's quantities are dropped.
    const units = new Map<string, Set<string>>();
    for (const e of all.values()) if (e.unit !== undefined) units.set(e.hs, (units.get(e.hs) ?? new Set()).add(e.unit));
    let mixed = 0;
    for (const e of all.values()) {
      if (e.mixedUnits) mixed++;
      if (e.unit !== undefined && units.get(e.hs)!.size > 1) {
        delete e.quantity;
        delete e.unit;
        mixed++;
      }
    }
    if (mixed > 0) notes.push(text('convert.note.mixed', { n: { grouped: mixed } }));
    return [...all.values()]
      .sort((a, b) => a.year - b.year || (a.hs < b.hs ? -1 : a.hs > b.hs ? 1 : 0) || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0))
      .map((e) => ({ year: e.year, hs: e.hs, party: e.party, valueUsd: e.valueUsd, ...(e.quantity !== undefined ? { quantity: e.quantity, unit: e.unit } : {}), source: [...e.sources].sort().join('; ') }));
  }
}
