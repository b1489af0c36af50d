// CSV *tables* for spreadsheets (analysis results, console results) — not the dataset format.
// A spreadsheet treats a cell that begins with =, +, -, @ (or a tab or carriage return before one)
// as a formula, so such text cells get a leading single quote (OWASP, "CSV Injection"). Numbers are
// left alone, including negative ones and numeric text such as "-7.679" (a negative latitude),
// since a spreadsheet reads those as numbers, not formulas. The dataset CSV export does not do this:
// it must round-trip exactly. Dependency-free, so the web front end can use it too.

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A cell's text with formula-looking text neutralised. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
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
