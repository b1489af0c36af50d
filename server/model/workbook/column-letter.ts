// Spreadsheet column names, shared by the dataset workbook (server) and the tables workbook the
// browser writes (web/src/export/xlsx.ts); no imports, so the web bundle can take it.

/** Column number (1-based) → letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
