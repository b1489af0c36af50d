// The PDF briefing (A4 portrait, jsPDF): per view a title block with the scope, the picture with its
// legend (a tall one at the page's width, in slices down the pages), the key figures, the first
// rows of each table (jspdf-autotable: wrapped cells, the header repeated on every page a table
// runs onto, rows never split), the method and the sources; on every page a footer with the scope
// line of the view on it and "page n of m". Several views (a basket) make one document, set in
// DejaVu Sans (pdf-fonts.ts), which writes every sign the views use; a basket's opens with a cover
// whose contents give each view's scope and first page (a link to it), and each view is a bookmark,
// so a reader of a 30-page pack finds the views without leafing through it.
import type { BriefingDoc } from './capture.ts';
import { ROWS } from './capture.ts';
import { gapBefore, shownRows } from './rows.ts';
import { addPdfFonts, PDF_FONT } from './pdf-fonts.ts';
import { pictureSlices } from './slices.ts';

const PAGE = { w: 210, h: 297 };
const M = { left: 15, right: 15, top: 15, bottom: 24 };
const WIDTH = PAGE.w - M.left - M.right;
/** Millimetres in a point: font sizes are in points, the page in millimetres. */
const PT = 0.3528;
/** From one line's top to the next's, at `size` points. */
const lineHeight = (size: number): number => size * PT * 1.25;
/** Writes `lines` at `size` points down the left margin from `y`; returns the y under them. */
function writeLines(pdf: Pdf, lines: readonly string[], size: number, y: number): number {
  for (const line of lines) {
    pdf.text(line, M.left, y + size * PT);
    y += lineHeight(size);
  }
  return y;
}
const INK: [number, number, number] = [31, 41, 51];
const GREY: [number, number, number] = [82, 96, 109];
/** The least a picture is scaled to stay on the page it follows (see docsToPdf). */
const MIN_FIT = 0.75;
/**
 * Pages a picture taller than a page may run onto at the page's width; a taller one is fitted to
 * one page (at national scale the Tiers view of every IKM sentra runs onto 4.3 pages).
 */
const MAX_SLICED_PAGES = 6;
/** The least room a tall picture's first slice starts in, in mm. */
const MIN_SLICE = 60;

// Spaces the line breaker does not know (no-break, narrow no-break) as plain spaces; control
// characters out. Everything else DejaVu Sans writes (Latin, Greek, arrows, ≥, the status signs).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f]/g;

/** Text as the PDF writes it: odd spaces made plain, control characters dropped, runs of spaces one. */
export function pdfText(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(CONTROL, '').replace(/ {2,}/g, ' ').trim();
}

type Pdf = import('jspdf').jsPDF;

/** The value column `k` holds in every one of the rows `shown`, or null (they differ, or say nothing: "—"). */
function everyRowValue(tb: BriefingDoc['tables'][number], shown: readonly number[], k: number): string | null {
  const value = tb.rows[shown[0]!]![k]!;
  if (value === '' || value === '—') return null;
  return shown.every((p) => tb.rows[p]![k] === value) ? value : null;
}

/** The table's font size, in points, unless the table is too wide for it (tableLayout). */
const TABLE_FONT = 7.5;
const SMALLEST_TABLE_FONT = 5.5;

interface TableLayout {
  fontSize: number;
  columnStyles: Record<number, { halign?: 'right'; cellWidth?: number }>;
}

/**
 * Column widths that never break a word: numbers on one line; each text column at least as wide
 * as its longest header word (bold) and its longest cell word, and as much wider (up to a cell on
 * one line, at most 45 mm) as the page leaves room for, shared in proportion to what each wants.
 * When those minimums do not fit the page at TABLE_FONT, the table is set smaller, half a point
 * at a time down to SMALLEST_TABLE_FONT, rather than broken inside words ("Peringka/t": the
 * Opportunities ranking on the national basis has twelve columns); only below that do the
 * minimums shrink alike.
 */
function tableLayout(pdf: Pdf, tb: BriefingDoc['tables'][number], cols: readonly number[], shown: readonly number[]): TableLayout {
  const pad = 2.6;
  // A row in focus is set in bold (wider): it is measured so.
  const rows = shown.map((p) => ({ cells: tb.rows[p]!, bold: tb.focus.includes(p) }));
  const words = (s: string) => pdfText(s).split(/\s+/);
  const at = (fontSize: number) => {
    const width = (s: string, bold: boolean) => {
      pdf.setFont(PDF_FONT, bold ? 'bold' : 'normal');
      pdf.setFontSize(fontSize);
      return pdf.getTextWidth(s);
    };
    const headWord = (k: number) => Math.max(...words(tb.headers[k]!).map((w) => width(w, true)));
    const least = cols.map((k) => {
      if (tb.numeric[k]) return Math.max(headWord(k), ...rows.map((r) => width(pdfText(r.cells[k]!), r.bold))) + pad;
      return Math.min(40, Math.max(headWord(k), ...rows.flatMap((r) => words(r.cells[k]!).map((w) => width(w, r.bold))))) + pad;
    });
    const want = cols.map((k, i) => (tb.numeric[k] ? least[i]! : Math.max(least[i]!, Math.min(45, Math.max(0, ...rows.map((r) => width(pdfText(r.cells[k]!), r.bold))) + pad))));
    return { least, want, spare: WIDTH - least.reduce((a, b) => a + b, 0) };
  };
  let fontSize = TABLE_FONT;
  let plan = at(fontSize);
  while (plan.spare < 0 && fontSize > SMALLEST_TABLE_FONT) {
    fontSize -= 0.5;
    plan = at(fontSize);
  }
  const { least, want, spare } = plan;
  const extra = want.reduce((a, b, i) => a + b - least[i]!, 0);
  // Room for every text column's wish: granted; some room: shared; none even at the smallest
  // size: every minimum shrinks alike (a word may then break).
  const widths = spare >= extra ? want : spare > 0 ? least.map((l, i) => l + ((want[i]! - l) * spare) / extra) : least.map((l) => (l * WIDTH) / (WIDTH - spare));
  return { fontSize, columnStyles: Object.fromEntries(widths.map((w, i) => [i, { ...(tb.numeric[cols[i]!] ? { halign: 'right' as const } : {}), cellWidth: w }])) };
}

/** A basket's cover: "Briefing pack", "6 views of the supply chain", the contents' heading and "page {n}". */
export interface PdfCover {
  title: string;
  subtitle: string;
  contents: string;
  pageRef: string;
}

/** The cover's contents entry of one view: its number and title, its scope under them. */
const entryLines = (pdf: Pdf, doc: BriefingDoc, i: number) => {
  pdf.setFont(PDF_FONT, 'bold');
  pdf.setFontSize(11);
  const title = pdf.splitTextToSize(pdfText(`${i + 1}. ${doc.title}`), WIDTH - 30) as string[];
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setFontSize(9);
  const scope = pdf.splitTextToSize(pdfText(doc.scope.filters), WIDTH - 30) as string[];
  return { title, scope, height: title.length * lineHeight(11) + scope.length * lineHeight(9) + 3 };
};

export async function docsToPdf(docs: readonly BriefingDoc[], cover: PdfCover | null = null): Promise<Blob> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'mm', format: 'a4', compress: true });
  addPdfFonts(pdf);
  pdf.setProperties({ title: pdfText(cover ? `${cover.title}: ${docs.map((d) => d.title).join(' · ')}` : docs.map((d) => d.title).join(' · ')), creator: 'Rantai' });
  const firstPage: number[] = [];
  /** Which view each page belongs to (its footer names that view's scope). */
  const pageDoc: number[] = [];
  let y = M.top;
  const room = () => PAGE.h - M.bottom - y;
  const newPage = () => {
    pdf.addPage();
    y = M.top;
  };
  const text = (s: string, size: number, style: 'normal' | 'bold' = 'normal', colour = INK, gap = 1.5) => {
    pdf.setFont(PDF_FONT, style);
    pdf.setFontSize(size);
    pdf.setTextColor(...colour);
    const lines = pdf.splitTextToSize(pdfText(s), WIDTH) as string[];
    for (const line of lines) {
      if (room() < lineHeight(size)) newPage();
      y = writeLines(pdf, [line], size, y);
    }
    y += gap;
  };
  /**
   * A picture taller than a page at the page's width (the Tiers view draws a row per firm or
   * sentra), drawn at that width in slices down the pages (slices.ts): fitted to one page it was a
   * sliver whose names could not be read. Each slice is the one image clipped to the room of its
   * page (`alias` makes the PDF hold the image once); each after the first repeats the foot of the
   * one before, and the picture's column titles above it with a hairline under them.
   */
  const sliced = (figure: NonNullable<BriefingDoc['figure']>, h: number, alias: string) => {
    if (room() < MIN_SLICE) newPage();
    const mm = WIDTH / figure.width;
    const strip = figure.header;
    /** The part of the picture from `from` mm, `height` mm high, drawn at y. */
    const part = (from: number, height: number) => {
      pdf.saveGraphicsState();
      pdf.rect(M.left, y, WIDTH, height, null).clip().discardPath();
      pdf.addImage(figure.png, 'PNG', M.left, y - from, WIDTH, h, alias, 'FAST');
      pdf.restoreGraphicsState();
      y += height;
    };
    pictureSlices(h, room(), PAGE.h - M.top - M.bottom, strip ? strip.height * mm : 0).forEach((slice, k) => {
      if (k > 0) newPage();
      const line = y + (slice.titles && strip ? strip.height * mm : 0);
      if (slice.titles && strip) part(strip.y * mm, strip.height * mm);
      part(slice.y, slice.h);
      // The hairline under the titles, over the slice's white ground.
      if (slice.titles) {
        pdf.setDrawColor(154, 165, 177);
        pdf.line(M.left, line, M.left + WIDTH, line);
      }
    });
    y += 4;
  };
  /**
   * A heading never ends a page: what it heads (a table's header and first rows) comes with it.
   * `keep` is the room (mm) it needs below it: the "Tables" heading, which a table's own heading
   * follows, needs that heading's room too, or it stood alone at the foot of a page (review 49, F12).
   */
  const heading = (s: string, size = 13, keep = 40) => {
    if (room() < keep) newPage();
    y += 3;
    text(s, size, 'bold');
  };

  // A basket's cover: its title block now, its contents' places kept (with the pages they need) and
  // written once every view's first page is known.
  const entries = cover ? docs.map((doc, i) => entryLines(pdf, doc, i)) : [];
  const slots: Array<{ page: number; y: number }> = [];
  if (cover) {
    text(cover.title, 24, 'bold', INK, 2);
    text(cover.subtitle, 13, 'normal', GREY, 3);
    text(`${docs[0]!.scope.dataset} · ${docs[0]!.scope.exported}`, 9, 'normal', GREY);
    text(docs[0]!.scope.notice, 9, 'normal', GREY, 4);
    text(cover.contents, 13, 'bold', INK, 2);
    let page = 1;
    let at = y;
    entries.forEach((e, i) => {
      if (at + e.height > PAGE.h - M.bottom) {
        page++;
        at = M.top;
      }
      slots[i] = { page, y: at };
      at += e.height;
    });
    for (let p = 1; p < page; p++) pdf.addPage();
  }
  const coverCount = cover ? pdf.getNumberOfPages() : 0;

  docs.forEach((doc, d) => {
    if (d > 0 || cover) newPage();
    const first = pdf.getNumberOfPages();
    firstPage[d] = first;
    if (cover || docs.length > 1) pdf.outline.add(null, pdfText(doc.title), { pageNumber: first });
    text(doc.title, 18, 'bold', INK, 2);
    text(doc.scope.filters, 10, 'bold');
    text(`${doc.scope.dataset} · ${doc.scope.exported}`, 9, 'normal', GREY);
    text(doc.scope.notice, 9, 'normal', GREY, 4);
    if (doc.figure) {
      const full = PAGE.h - M.top - M.bottom;
      const tall = (WIDTH * doc.figure.height) / doc.figure.width;
      if (tall > full && tall <= full * MAX_SLICED_PAGES) sliced(doc.figure, tall, `figure-${d}`);
      else {
        let w = WIDTH;
        let h = tall;
        if (h > full) {
          h = full;
          w = (h * doc.figure.width) / doc.figure.height;
        }
        if (h > room()) {
          // A picture a little too tall for what the title block leaves of its page shrinks into
          // it when that costs less than a quarter of its size; moved to the next page whole, it
          // left the first page holding the title block alone.
          const fit = room() / h;
          if (fit >= MIN_FIT) {
            h *= fit;
            w *= fit;
          } else newPage();
        }
        pdf.addImage(doc.figure.png, 'PNG', M.left + (WIDTH - w) / 2, y, w, h, `figure-${d}`, 'FAST');
        y += h + 4;
      }
    }
    if (doc.figures.length > 0) {
      heading(doc.text.keyFigures);
      for (const f of doc.figures) text(`•  ${f}`, 10, 'normal', INK, 0.8);
    }
    if (doc.tables.length > 0) heading(doc.text.tables, 13, 58);
    for (const tb of doc.tables) {
      heading(tb.title, 11);
      // Short columns side by side; each long sentence (explanation, evidence) on a full-width
      // line under its row, so no column is squeezed into breaking words.
      const short = tb.headers.map((_, k) => k).filter((k) => !tb.long[k]);
      const long = short.length > 0 ? tb.headers.map((_, k) => k).filter((k) => tb.long[k]) : [];
      const all = short.length > 0 ? short : tb.headers.map((_, k) => k);
      // Rows in focus past the first ones follow a gap row, and are set in bold (export/rows.ts).
      const shown = shownRows(tb, ROWS.pdf);
      // A column with one value in every row shown (focused on a sentra: its name as each row's
      // supplier's sentra) is said once above the table: in a PDF's narrow columns it took four
      // lines of every row.
      const every = shown.length > 1 ? all.filter((k) => !tb.numeric[k] && everyRowValue(tb, shown, k) !== null) : [];
      const cols = every.length < all.length ? all.filter((k) => !every.includes(k)) : all;
      for (const k of cols === all ? [] : every) text(doc.text.everyRow.replace('{column}', tb.headers[k]!).replace('{value}', everyRowValue(tb, shown, k)!), 9, 'normal', INK, 1);
      const body = shown.flatMap((p, i) => {
        const r = tb.rows[p]!;
        const focus = tb.focus.includes(p);
        return [
          ...(gapBefore(tb, shown, i) ? [[{ content: pdfText('…'), colSpan: cols.length, styles: { halign: 'center' as const, textColor: GREY } }]] : []),
          cols.map((k) => (focus ? { content: pdfText(r[k]!), styles: { fontStyle: 'bold' as const } } : pdfText(r[k]!))),
          ...long.filter((k) => r[k] !== '—').map((k) => [{ content: pdfText(`${tb.headers[k]}: ${r[k]}`), colSpan: cols.length, styles: { halign: 'left' as const, fontSize: 7, textColor: GREY, cellPadding: { top: 0.6, bottom: 1.2, left: 4, right: 1.2 } } }]),
        ];
      });
      const layout = tableLayout(pdf, tb, cols, shown);
      autoTable(pdf, {
        head: [cols.map((k) => pdfText(tb.headers[k]!))],
        body,
        startY: y,
        margin: { left: M.left, right: M.right, top: M.top, bottom: M.bottom },
        showHead: 'everyPage',
        rowPageBreak: 'avoid',
        theme: 'grid',
        styles: { font: PDF_FONT, fontSize: layout.fontSize, cellPadding: 1.2, overflow: 'linebreak', textColor: INK, lineColor: [203, 210, 217], lineWidth: 0.2 },
        headStyles: { fillColor: [240, 240, 236], textColor: INK, fontStyle: 'bold' },
        columnStyles: layout.columnStyles,
      });
      y = ((pdf as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable?.finalY ?? y) + 2;
      text(tb.notes.pdf, 8, 'normal', GREY, 3);
    }
    if (!doc.figure && doc.figures.length === 0 && doc.tables.length === 0) text(doc.text.empty, 10);
    if (doc.method.length > 0) {
      heading(doc.text.method);
      for (const m of doc.method) text(`•  ${m}`, 9, 'normal', INK, 0.8);
    }
    heading(doc.text.sources);
    for (const s of doc.sources) text(s, 8.5, 'normal', GREY, 0.8);
    for (let p = first; p <= pdf.getNumberOfPages(); p++) pageDoc[p] = d;
  });

  if (cover) {
    entries.forEach((e, i) => {
      pdf.setPage(slots[i]!.page);
      y = slots[i]!.y;
      const top = y;
      pdf.setTextColor(...INK);
      pdf.setFont(PDF_FONT, 'bold');
      pdf.setFontSize(11);
      y = writeLines(pdf, e.title, 11, y);
      pdf.setFont(PDF_FONT, 'normal');
      pdf.text(pdfText(cover.pageRef.replace('{n}', String(firstPage[i]))), PAGE.w - M.right, top + 11 * PT, { align: 'right' });
      pdf.setFontSize(9);
      pdf.setTextColor(...GREY);
      y = writeLines(pdf, e.scope, 9, y);
      pdf.link(M.left, top, WIDTH, y - top, { pageNumber: firstPage[i]! });
    });
  }

  // Footers last, when the number of pages is known.
  const pages = pdf.getNumberOfPages();
  for (let p = 1; p <= pages; p++) {
    pdf.setPage(p);
    const doc = docs[pageDoc[p] ?? 0]!;
    pdf.setFont(PDF_FONT, 'normal');
    pdf.setTextColor(...GREY);
    pdf.setDrawColor(203, 210, 217);
    pdf.line(M.left, PAGE.h - M.bottom + 4, PAGE.w - M.right, PAGE.h - M.bottom + 4);
    const pageLabel = pdfText(doc.text.page.replace('{n}', String(p)).replace('{m}', String(pages)));
    if (p <= coverCount) {
      // The cover names no view's scope of its own: its footer is the pack's title and the page.
      pdf.setFontSize(7);
      pdf.text(pdfText(`${cover!.title} · ${cover!.subtitle}`), M.left, PAGE.h - M.bottom + 8);
      pdf.text(pageLabel, PAGE.w - M.right, PAGE.h - 5, { align: 'right' });
      continue;
    }
    // The whole scope line, in four lines at most: a long one gets a smaller font, never cut. The
    // page number goes below it, so the line reads on unbroken when the text is extracted.
    let size = 7;
    let lines: string[] = [];
    for (; size >= 4; size -= 0.5) {
      pdf.setFontSize(size);
      lines = pdf.splitTextToSize(pdfText(doc.scope.line), WIDTH) as string[];
      if (lines.length <= 4) break;
    }
    lines.forEach((line, i) => pdf.text(line, M.left, PAGE.h - M.bottom + 8 + i * size * PT * 1.2));
    pdf.setFontSize(7);
    pdf.text(pageLabel, PAGE.w - M.right, PAGE.h - 5, { align: 'right' });
  }
  return pdf.output('blob');
}
