// CSV *tables* for spreadsheets (analysis results, console results) — not the dataset format.
// A spreadsheet treats a cell that begins with =, +, -, @ (or a tab or carriage return before one)
// as a formula, so such text cells get a leading single quote (OWASP, "CSV Injection"). Numbers are
// left alone, including negative ones and numeric text such as "-7.679" (a negative latitude),
// since a spreadsheet reads those as numbers, not formulas. The dataset CSV export does not do this:
// it must round-trip exactly. Dependency-free, so the web front end can use it too.
//
// A fractional number is written with at most 15 significant digits, the precision a spreadsheet
// keeps (Excel stores 15; LibreOffice shows no more): a national value of 9,449,990.55 × 0.5 is the
// double 4724995.274999999, which a reader of the CSV's text should see as 4724995.275, as the
// spreadsheet shows it. Integers are written whole (ids and counts above 10^15 keep every digit).

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A number's text: fractional ones to 15 significant digits, without the digits' trailing zeros. */
const numberText = (value: number): string => (Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(Number(value.toPrecision(15))));

/** A cell's text with formula-looking text neutralised. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text) && !NUMERIC.test(text)) return `'${text}`;
  return text;
}

/** RFC 4180 quoting: quotes a cell holding a comma, quote, CR or LF, doubling inner quotes. */
const quote = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A CSV table (header row, CRLF line ends unless `lineEnd` says otherwise: the CLI prints LF) of the
 * given columns, every cell neutralised.
 */
export function toCsvTable(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, { lineEnd = '\r\n' }: { lineEnd?: '\r\n' | '\n' } = {}): string {
  const lines = [columns.map((c) => quote(neutraliseCell(c))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(neutraliseCell(row[c]))).join(','));
  return `${lines.join(lineEnd)}${lineEnd}`;
}
