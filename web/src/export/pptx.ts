// The PowerPoint deck (pptxgenjs, 16:9, 10 × 5.625 in): per view a title slide (title, scope,
// dataset, date, notice), the picture as a native image as wide as the slide allows, the key
// figures, each table's first rows as a native, editable table (human headers, rounded numbers
// with units; as many rows as the slide holds, the rest in the HTML, PDF and CSV), the
// method and definitions, and the sources. Every slide of a view carries its scope line in the
// footer (a slide master per view) and its number. A basket's deck starts with a cover listing its
// views and their scopes.
import { BAND_CAPTION, PICTURE_ROOM, SLIDE } from './bands.ts';
import type { BriefingDoc, BriefingTable, DocPicture } from './capture.ts';
import { ROWS } from './capture.ts';
import { gapBefore, rowsNote, shownRows } from './rows.ts';
import { CELL_MARGIN, cellLines, textInches } from './slide-text.ts';

const { W, H, FOOT } = SLIDE;
const FONT = 'Arial';
const INK = '1F2933';
const GREY = '52606D';

type Pptx = import('pptxgenjs').default;
type Slide = import('pptxgenjs').default.Slide;

/** Font size that lets `lines` fit a box of `h` inches at `w` inches wide (a rough line count). */
function fitSize(lines: readonly string[], w: number, h: number, max: number, min: number): number {
  for (let pt = max; pt > min; pt -= 1) {
    const perLine = Math.max(10, Math.floor((w * 72) / (pt * 0.52)));
    const count = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
    if (count * pt * 1.25 + lines.length * pt * 0.35 <= h * 72) return pt;
  }
  return min;
}

function bullets(slide: Slide, lines: readonly string[], y: number, lang: string): void {
  const h = H - FOOT - y - 0.1;
  const size = fitSize(lines, W - 1, h, 18, 9);
  slide.addText(
    lines.map((text) => ({ text, options: { bullet: true, breakLine: true, paraSpaceAfter: size * 0.35 } })),
    { x: 0.5, y, w: W - 1, h, fontFace: FONT, fontSize: size, color: INK, valign: 'top', lang, fit: 'shrink' },
  );
}

function heading(slide: Slide, text: string, lang: string): void {
  slide.addText(text, { x: 0.4, y: 0.2, w: W - 0.8, h: 0.6, fontFace: FONT, fontSize: 22, bold: true, color: INK, valign: 'middle', lang, fit: 'shrink' });
}

/**
 * Column widths in inches at `size` points (Arial's mean character width): numbers on one line;
 * each text column at least its longest word and as much wider (up to its longest cell on one
 * line) as the slide leaves room for, shared in proportion to what each wants.
 */
function columnWidths(headers: readonly string[], rows: readonly string[][], numeric: readonly boolean[], total: number, size: number): number[] {
  const inch = (text: string, bold = false) => textInches(text, size, bold) + 0.12;
  const longestWord = (s: string, bold = false) => Math.max(0, ...s.split(/\s+/).map((w) => inch(w, bold)));
  // Headers are bold, wider: "Pertumbuhan" broke as "Pertumbuha/n" when measured plain.
  const least = headers.map((h, k) => Math.max(longestWord(h, true), ...rows.map((r) => (numeric[k] ? inch(r[k]!) : longestWord(r[k]!)))));
  const want = headers.map((_, k) => (numeric[k] ? least[k]! : Math.max(least[k]!, Math.min(2.6, Math.max(0, ...rows.map((r) => inch(r[k]!)))))));
  const spare = total - least.reduce((a, b) => a + b, 0);
  const extra = want.reduce((a, b, k) => a + b - least[k]!, 0);
  const widths = spare >= extra ? want : spare > 0 ? least.map((l, k) => l + ((want[k]! - l) * spare) / extra) : least.map((l) => (l * total) / (total - spare));
  // What is left over widens every column alike, so the table spans the slide.
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w * total) / sum);
}

/** Slides one table may take: its first rows (ROWS.slide) over as many as they need, up to this. */
const TABLE_SLIDES = 3;

/** The slides of a table with rows (one without is a line on the key figures' slide: docSlides). */
function tableSlides(pptx: Pptx, master: string, tb: BriefingTable, lang: string, partTitle: string, continues: string): void {
  // Long sentences (explanations, evidence) stay in the HTML and PDF: a slide shows the figures,
  // and what its view keeps for slides (ColumnSpec.slide).
  const keep = tb.slide;
  const headers = tb.headers.filter((_, k) => keep[k]);
  const rows = tb.rows.map((r) => r.filter((_, k) => keep[k]));
  const planned = shownRows(tb, ROWS.slide);
  const numeric = tb.numeric.filter((_, k) => keep[k]);
  const size = headers.length > 7 ? 9 : headers.length > 5 ? 10 : 12;
  const colW = columnWidths(headers, planned.map((p) => rows[p]!), numeric, W - 0.6, size);
  // A row is never split over two slides, and never runs over the footer. A row is as high as its
  // cell of most lines (broken between words at Arial's widths, slide-text.ts), a line as Arial's
  // ascent and descent (1.12 em), plus the cell's margins and border, each with a little to spare.
  // Measured in LibreOffice's rendering at 9 pt: 0.08 in and 10.1 pt a line (rows of 2, 3 and 4
  // lines 0.36, 0.50 and 0.64 in high).
  const lineH = (size * 1.13) / 72;
  const rowH = (cells: readonly string[], bold = false) => 0.09 + lineH * Math.max(1, ...cells.map((c, k) => cellLines(c, colW[k]!, size, bold)));
  // From the table's top (0.9 in) to just above the note under it.
  const room = H - FOOT - 0.34 - 0.05 - 0.9;
  // The planned rows from..to (positions in `planned`), with a gap row where rows were skipped.
  const height = (from: number, to: number) =>
    rowH(headers, true) + planned.slice(from, to).reduce((sum, p, i) => sum + rowH(rows[p]!, tb.focus.includes(p)) + (gapBefore(tb, planned, from + i) ? rowH(['…']) : 0), 0);
  // The planned rows over as many slides as they need: the rows a slide cannot hold go on the next
  // (a Tiers deck had shown 8 of Ceper's 9 flows, the ninth left out for want of a second slide).
  const parts: Array<[number, number]> = [];
  for (let from = 0; from < planned.length && parts.length < TABLE_SLIDES; ) {
    let to = planned.length;
    while (to > from + 1 && height(from, to) > room) to--;
    parts.push([from, to]);
    from = to;
  }
  const shownCount = parts[parts.length - 1]![1];
  const cell = (text: string, k: number, head: boolean, focus = false) => ({
    text,
    options: { bold: head || focus, fill: { color: head ? 'F0F0EC' : focus ? 'FDF6E3' : 'FFFFFF' }, align: (numeric[k] ? 'right' : 'left') as 'right' | 'left', valign: 'top' as const, lang },
  });
  const gap = { text: '…', options: { colspan: headers.length, align: 'center' as const, color: GREY, fill: { color: 'FFFFFF' }, lang } };
  parts.forEach(([from, to], n) => {
    const slide = pptx.addSlide({ masterName: master });
    heading(slide, parts.length === 1 ? tb.title : partTitle.replace('{title}', tb.title).replace('{n}', String(n + 1)).replace('{m}', String(parts.length)), lang);
    const body = planned.slice(from, to).flatMap((p, i) => [...(gapBefore(tb, planned, from + i) ? [[gap]] : []), rows[p]!.map((c, k) => cell(c, k, false, tb.focus.includes(p)))]);
    slide.addTable([headers.map((h, k) => cell(h, k, true)), ...body], {
      x: 0.3,
      y: 0.9,
      w: W - 0.6,
      colW,
      fontFace: FONT,
      fontSize: size,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'CBD2D9' },
      margin: CELL_MARGIN,
    });
    // Under the table's last part, the rows shown and where the whole table is; under the others, that it goes on.
    const note = n < parts.length - 1 ? continues : shownCount < planned.length ? rowsNote(tb, planned.slice(0, shownCount), true) : tb.notes.slide;
    slide.addText(note, { x: 0.3, y: H - FOOT - 0.34, w: W - 0.6, h: 0.3, fontFace: FONT, fontSize: 9, italic: true, color: GREY, lang });
  });
}

function docSlides(pptx: Pptx, doc: BriefingDoc, i: number): void {
  const lang = doc.lang === 'id' ? 'id-ID' : 'en-GB';
  const master = `VIEW_${i}`;
  pptx.defineSlideMaster({
    title: master,
    background: { color: 'FFFFFF' },
    objects: [
      { line: { x: 0.3, y: H - FOOT, w: W - 0.6, h: 0, line: { color: 'CBD2D9', width: 0.75 } } },
      { text: { text: `${doc.scope.filters} · ${doc.scope.dataset} · ${doc.scope.exported}`, options: { x: 0.3, y: H - FOOT + 0.02, w: W - 1.1, h: FOOT - 0.04, fontFace: FONT, fontSize: 7, color: GREY, valign: 'middle', fit: 'shrink', lang } } },
    ],
    slideNumber: { x: W - 0.7, y: H - FOOT + 0.08, w: 0.45, h: 0.26, fontFace: FONT, fontSize: 8, color: GREY, align: 'right' },
  });

  // Title slide.
  const title = pptx.addSlide({ masterName: master });
  title.addText(doc.title, { x: 0.5, y: 0.6, w: W - 1, h: 1.3, fontFace: FONT, fontSize: 30, bold: true, color: INK, valign: 'bottom', lang, fit: 'shrink' });
  title.addText(
    [
      { text: doc.scope.filters, options: { bold: true, fontSize: 16, color: INK, breakLine: true, paraSpaceAfter: 8 } },
      { text: `${doc.scope.dataset} · ${doc.scope.exported}`, options: { fontSize: 12, color: GREY, breakLine: true, paraSpaceAfter: 8 } },
      { text: doc.scope.notice, options: { fontSize: 11, color: GREY, italic: true } },
    ],
    { x: 0.5, y: 2.1, w: W - 1, h: 2.6, fontFace: FONT, valign: 'top', lang, fit: 'shrink' },
  );

  // The picture: as wide as the slide, as high as the room above the footer lets it be; a tall
  // one in bands, a slide each under a caption that says which part it is (bands.ts).
  const bands = doc.slideBands ?? [];
  if (bands.length > 1) {
    bands.forEach((band, i) => {
      const slide = pptx.addSlide({ masterName: master });
      const caption = doc.text.pictureBand.replace('{title}', doc.title).replace('{n}', String(i + 1)).replace('{m}', String(bands.length));
      slide.addText(caption, { x: 0.3, y: 0.04, w: W - 0.6, h: BAND_CAPTION - 0.06, fontFace: FONT, fontSize: 11, color: GREY, valign: 'middle', lang, fit: 'shrink' });
      placePicture(slide, band, BAND_CAPTION, PICTURE_ROOM.h - BAND_CAPTION, caption);
    });
  } else if (doc.slide) placePicture(pptx.addSlide({ masterName: master }), doc.slide, 0, PICTURE_ROOM.h, doc.title);

  // A table with no rows in the scope is a line, not a slide of its own: a Risk deck had a slide
  // that said only "Single-source components — No rows in this scope" (review 49, F12).
  const hasRows = (tb: BriefingTable) => tb.rows.length > 0 && tb.slide.some(Boolean);
  const emptyLines = doc.tables.filter((tb) => !hasRows(tb)).map((tb) => `${tb.title}: ${tb.notes.slide}`);
  const figures = doc.figures.slice(0, 10);
  const withEmpty = figures.length > 0 && figures.length + emptyLines.length <= 10;
  if (figures.length > 0) {
    const slide = pptx.addSlide({ masterName: master });
    heading(slide, doc.text.keyFigures, lang);
    bullets(slide, withEmpty ? [...figures, ...emptyLines] : figures, 0.95, lang);
  }
  if (emptyLines.length > 0 && !withEmpty) {
    const slide = pptx.addSlide({ masterName: master });
    heading(slide, doc.text.tables, lang);
    bullets(slide, emptyLines, 0.95, lang);
  }
  for (const tb of doc.tables.filter(hasRows)) tableSlides(pptx, master, tb, lang, doc.text.tablePart, doc.text.tableContinues);
  if (doc.method.length > 0) {
    const slide = pptx.addSlide({ masterName: master });
    heading(slide, doc.text.method, lang);
    bullets(slide, doc.method, 0.95, lang);
  }
  const sources = pptx.addSlide({ masterName: master });
  heading(sources, doc.text.sources, lang);
  bullets(sources, doc.sources, 0.95, lang);
}

/** `picture` as large as the room `top`…`top + room` (inches) lets it be, centred in it. */
function placePicture(slide: Slide, picture: DocPicture, top: number, room: number, altText: string): void {
  let w = W;
  let h = (w * picture.height) / picture.width;
  if (h > room) {
    h = room;
    w = (h * picture.width) / picture.height;
  }
  slide.addImage({ data: picture.png, x: (W - w) / 2, y: top + (room - h) / 2, w, h, altText });
}

export interface DeckText {
  /** The basket cover: "Briefing pack", "2 views of the supply chain". */
  title: string;
  subtitle: string;
  lang: 'en' | 'id';
}

export async function docsToPptx(docs: readonly BriefingDoc[], cover: DeckText | null): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.author = 'Rantai';
  pptx.company = 'Rantai';
  pptx.title = cover?.title ?? docs[0]?.title ?? 'Rantai';
  // The file's properties in the deck's language (pptxgenjs writes "PptxGenJS Presentation" otherwise).
  pptx.subject = cover?.subtitle ?? docs[0]?.scope.filters ?? 'Rantai';
  if (cover) {
    const lang = cover.lang === 'id' ? 'id-ID' : 'en-GB';
    const slide = pptx.addSlide();
    slide.addText(cover.title, { x: 0.5, y: 0.4, w: W - 1, h: 1, fontFace: FONT, fontSize: 30, bold: true, color: INK, lang });
    slide.addText(cover.subtitle, { x: 0.5, y: 1.3, w: W - 1, h: 0.5, fontFace: FONT, fontSize: 16, color: GREY, lang });
    const lines = docs.flatMap((d) => [
      { text: d.title, options: { bold: true, breakLine: true } },
      { text: d.scope.filters, options: { color: GREY, breakLine: true, paraSpaceAfter: 6 } },
    ]);
    slide.addText(lines, { x: 0.5, y: 1.9, w: W - 1, h: H - 2.2, fontFace: FONT, fontSize: fitSize(docs.flatMap((d) => [d.title, d.scope.filters]), W - 1, H - 2.2, 16, 8), color: INK, valign: 'top', lang, fit: 'shrink' });
  }
  docs.forEach((doc, i) => docSlides(pptx, doc, i));
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
