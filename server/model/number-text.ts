// How a spreadsheet set to Indonesian writes numbers ("0,005", "1.800.000", "2.500,75"): the CSV
// reader's messages (field-text.ts) and the workbook's reading of numbers typed as text
// (workbook/cells.ts) recognise them by the same rules.

/** A decimal comma: "12,5", "0,005". */
export const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/** "200.000", "1.500": a whole number with thousands points. */
export const GROUPED_THOUSANDS = /^[-+]?\d{1,3}(\.\d{3})+$/;

const ID_GROUPED = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;

/**
 * The number in "1.800.000" or "2.500,75" as a program writes it ("1800000", "2500.75"); undefined
 * unless the Indonesian reading is the only one (a comma, or more than one point: "1.000" alone
 * could be one with three decimals).
 */
export function ungrouped(text: string): string | undefined {
  return ID_GROUPED.test(text) && (text.includes(',') || text.split('.').length > 2) ? text.replace(/\./g, '').replace(',', '.') : undefined;
}
