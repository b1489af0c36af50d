// A briefing document and its tables as a view's capture hands them to the writers (html.ts, pdf.ts),
// built by hand for the tests that read those writers' output back: English words, one scope line.
import type { BriefingDoc, BriefingTable } from '../../web/src/export/capture.ts';

/** The document's words, as the English page gives them. */
const TEXT: BriefingDoc['text'] = { keyFigures: 'Key figures', tables: 'Tables', method: 'Method', sources: 'Sources', scope: 'Scope', legend: 'Legend', picture: 'Picture', page: 'Page {n} of {m}', empty: 'Nothing to show', everyRow: '{column} in every row shown: {value}', pictureBand: '{title}: picture, part {n} of {m}', tablePart: '{title} ({n} of {m})', tableContinues: 'Continued on the next slide.' };

export interface DocParts {
  view: string;
  title: string;
  /** The scope line: "View: Tiers · Whole dataset". */
  line: string;
  date: string;
  notice?: string;
}

/** A document of one view; `more` sets its picture, figures, tables and sources (none but one source by default). */
export function briefingDoc(parts: DocParts, more: Partial<Pick<BriefingDoc, 'figure' | 'figures' | 'tables' | 'sources'>> = {}): BriefingDoc {
  const { view, title, line, date } = parts;
  return {
    lang: 'en',
    view,
    title,
    scope: { filters: line, items: [], dataset: 'Data: test', exported: `Exported ${date}, in English`, notice: parts.notice ?? 'Figures are estimates.', line, lines: [line] },
    url: `http://localhost/?view=${view}`,
    date,
    figure: null,
    slide: null,
    figures: [],
    method: [],
    tables: [],
    data: [],
    sources: ['Source A'],
    text: TEXT,
    ...more,
  };
}

/** A table whose rows are all shown; `kinds` says which columns are numbers and long sentences, and the notes under it. */
export function briefingTable(
  title: string,
  headers: string[],
  rows: string[][],
  kinds: { numeric: boolean[]; long?: boolean[]; notes?: Partial<BriefingTable['notes']>; csv?: string; csvLabel?: string },
): BriefingTable {
  return {
    title,
    headers,
    numeric: kinds.numeric,
    long: kinds.long ?? headers.map(() => false),
    slide: headers.map(() => true),
    rows,
    at: rows.map((_, i) => i),
    focus: [],
    total: rows.length,
    csv: kinds.csv ?? '',
    notes: { pdf: '', html: '', slide: '', ...kinds.notes },
    csvLabel: kinds.csvLabel ?? 'CSV',
  };
}
