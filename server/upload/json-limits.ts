// The cell and column limits for a JSON bundle (`{"firms": [{...}, …], …}`): a row with too many
// keys or a text value that is too long gets a located problem (file#key, row number, field).
import type { Problem } from '../model/index.ts';
import { WIDEST_FILE } from './csv-limits.ts';
import type { UploadLimits } from './limits.ts';

const MAX_PROBLEMS = 20;

export function checkJsonLimits(file: string, bundle: unknown, limits: Pick<UploadLimits, 'maxCellChars' | 'maxColumns'>): Problem[] {
  const problems: Problem[] = [];
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) return problems;
  for (const [key, rows] of Object.entries(bundle)) {
    if (!Array.isArray(rows)) continue;
    rows.forEach((row: unknown, i) => {
      if (problems.length >= MAX_PROBLEMS || typeof row !== 'object' || row === null) return;
      const entries = Object.entries(row);
      if (entries.length > limits.maxColumns) {
        problems.push({ file: `${file}#${key}`, line: i + 1, column: key, message: `the row has ${entries.length} fields; dataset rows have at most ${WIDEST_FILE}` });
        return;
      }
      for (const [field, value] of entries) {
        const text = typeof value === 'string' ? value : Array.isArray(value) ? value.join(';') : '';
        if (text.length > limits.maxCellChars) {
          problems.push({ file: `${file}#${key}`, line: i + 1, column: field, message: `a value of ${text.length.toLocaleString('en')} characters; a value may hold at most ${limits.maxCellChars.toLocaleString('en')}` });
        }
      }
    });
  }
  return problems;
}
