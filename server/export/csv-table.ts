// CSV *tables* for spreadsheets (analysis results, console results) — not the dataset format.
// A spreadsheet treats a cell that begins with =, +, -, @ (or a tab or carriage return before one)
// as a formula, so such text cells get a leading single quote (OWASP, "CSV Injection"). Numbers are
// left alone, including negative ones and numeric text such as "-7.679" (a negative latitude),
// since a spreadsheet reads those as numbers, not formulas. Every part after a ";" is treated as a
// cell's start too (a spreadsheet set to Indonesian splits there). The dataset CSV export does not do this:
// it must round-trip exactly. Dependency-free, so the web front end can use it too.
//
// Numbers keep every digit (a researcher's ECI must round-trip), except in the columns a caller names
// as money (`cents`): those are written to the cent. A national value is a trade value times a
// concordance share, and 14,174,985.825 × ⅓ is the double 4724995.274999999; a reader of the CSV
// sees 4724995.27, as the briefing's own table shows the dollars.

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A cell's text with formula-looking text neutralised. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A spreadsheet whose list separator is ";" (Excel or LibreOffice set to Indonesian) splits the
  // line there, quotes or not: each part then starts a cell of its own and is neutralised as one
  // ("PT Maju;=HYPERLINK(…)" and a list item "=2+3" became live formulas).
  return text.split(';').map(neutralisePart).join(';');
}

const neutralisePart = (part: string): string => (FORMULA_START.test(part) && !NUMERIC.test(part) ? `'${part}` : part);

/** RFC 4180 quoting: quotes a cell holding a comma, quote, CR or LF, doubling inner quotes. */
const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** A money value to the cent (finite numbers only; anything else as it is). */
const toCents = (value: unknown): unknown => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) / 100 : value);

/**
 * A CSV table (header row, CRLF line ends unless `lineEnd` says otherwise: the CLI prints LF) of the
 * given columns, every cell neutralised; numbers in the `cents` columns rounded to the cent.
 */
export function toCsvTable(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, { lineEnd = '\r\n', cents = [] }: { lineEnd?: '\r\n' | '\n'; cents?: readonly string[] } = {}): string {
  const money = columns.map((c) => cents.includes(c));
  const lines = [columns.map((c) => quote(neutraliseCell(c))).join(',')];
  for (const row of rows) lines.push(columns.map((c, i) => quote(neutraliseCell(money[i] ? toCents(row[c]) : row[c]))).join(','));
  return `${lines.join(lineEnd)}${lineEnd}`;
}
