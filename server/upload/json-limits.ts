// The cell and column limits for a JSON bundle (`{"firms": [{...}, …], …}`): a row with too many
// keys or a text value that is too long gets a located problem (file#key, row number, field).
import { text } from '../i18n/index.ts';
import { problem, type Problem } from '../model/index.ts';
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
        problems.push(problem({ file: `${file}#${key}`, line: i + 1, column: key }, text('upload.tooManyFields', { n: entries.length, widest: WIDEST_FILE })));
        return;
      }
      for (const [field, value] of entries) {
        const cell = typeof value === 'string' ? value : Array.isArray(value) ? value.join(';') : '';
        if (cell.length > limits.maxCellChars) {
          problems.push(problem({ file: `${file}#${key}`, line: i + 1, column: field }, text('upload.valueTooLong', { n: { grouped: cell.length }, max: { grouped: limits.maxCellChars } })));
        }
      }
    });
  }
  return problems;
}
