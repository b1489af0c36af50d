// The HTML briefing: one self-contained document per view (no scripts, fonts or links to fetch, so
// it opens offline and can be mailed as it is). One title block with the scope; the picture with
// its legend; the key figures; each table as a reader reads it (human headers, names not ids,
// rounded numbers with units, status words), its first rows, with the whole table attached as a
// CSV file inside the document; the method and the sources. Print CSS: A4, headers repeated on
// every page, rows never split. A briefing pack (packHtml) is one such document holding several
// views, after a cover with its contents, each view starting a printed page.
import type { BriefingDoc, BriefingTable } from './capture.ts';
import { ROWS } from './capture.ts';
import { gapBefore, shownRows } from './rows.ts';
import { slugOf } from './download.ts';
import { pictureSlices } from './slices.ts';
import { titleBlockMm } from './title-room.ts';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A file name for a table's CSV ("substitution-ranking-balanced.csv"). */
const csvName = (title: string): string => `${slugOf(title) || 'table'}.csv`;

function tableHtml(tb: BriefingTable, id: string): string {
  // Short columns side by side; each long sentence (explanation, evidence) on a full-width line
  // under its row, so no column is squeezed to a letter's width beside it. Each row with its
  // sentences is one <tbody>, which print keeps on one page.
  const all = tb.headers.map((_, k) => k);
  const short = all.filter((k) => !tb.long[k]);
  const cols = short.length > 0 ? short : all;
  const long = short.length > 0 ? all.filter((k) => tb.long[k]) : [];
  const cls = (k: number) => (tb.numeric[k] ? ' class="num"' : '');
  const head = cols.map((k) => `<th scope="col"${cls(k)}>${escapeHtml(tb.headers[k]!)}</th>`).join('');
  // Rows in focus past the first ones follow a gap row, and are set in bold (export/rows.ts).
  const shown = shownRows(tb, ROWS.html);
  const rows = shown
    .map((p, i) => {
      const r = tb.rows[p]!;
      const gap = gapBefore(tb, shown, i) ? `<tbody><tr class="gap"><td colspan="${cols.length}">…</td></tr></tbody>` : '';
      const main = `<tr${tb.focus.includes(p) ? ' class="focus"' : ''}>${cols.map((k) => `<td${cls(k)}>${escapeHtml(r[k]!)}</td>`).join('')}</tr>`;
      const more = long
        .filter((k) => r[k] !== '—')
        .map((k) => `<tr class="more"><td colspan="${cols.length}"><div class="line"><span class="label">${escapeHtml(tb.headers[k]!)}:</span> ${escapeHtml(r[k]!)}</div></td></tr>`);
      return `${gap}<tbody>${main}${more.join('')}</tbody>`;
    })
    .join('\n');
  // On a narrow screen (a briefing forwarded to a phone) a table wider than the page scrolls in its
  // own box instead of widening the page under every paragraph, and each row's long sentence wraps
  // within the screen and stays in view as the table scrolls (div.line, sticky); printed, it is laid
  // out as before (a box that scrolls would not break across pages).
  // The whole table rides along as a data: link, so the file stays one file.
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${tb.csv}`)}`;
  return `<section class="table" id="${id}">
<h3>${escapeHtml(tb.title)}</h3>
<div class="scroll"><table><thead><tr>${head}</tr></thead>
${rows}
</table></div>
<p class="note">${escapeHtml(tb.notes.html)} <a class="csv" download="${escapeHtml(csvName(tb.title))}" href="${href}">${escapeHtml(tb.csvLabel)}</a></p>
</section>`;
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2933;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.4}
header.title{border-bottom:2px solid #1f2933;margin-bottom:1rem;padding-bottom:.5rem}
h1{font-size:1.6rem;margin:0 0 .4rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.scope{margin:.15rem 0;color:#3e4c59}.scope.filters{font-weight:600;color:#1f2933}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figure.slices{display:none}
table{border-collapse:collapse;width:100%;font-size:.85rem;table-layout:auto}
th,td{border:1px solid #cbd2d9;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{background:#f0f0ec}.num{text-align:right}td.num{white-space:nowrap}tr.more td{border-top:none;color:#3e4c59;font-size:.8rem;padding-left:1.2rem}tr.more .label{font-weight:600}tr.focus td{font-weight:700;background:#fdf6e3}tr.gap td{text-align:center;color:#52606d;border-left:none;border-right:none}
.note{color:#52606d;font-size:.85rem;margin:.3rem 0 0}
ul.figures li,ul.method li{margin:.2rem 0}
footer{margin-top:2rem;border-top:1px solid #cbd2d9;color:#52606d;font-size:.85rem}footer li{overflow-wrap:anywhere}
header.cover{border-bottom:2px solid #1f2933;margin-bottom:1rem;padding-bottom:.5rem}header.cover h1{font-size:2rem}.subtitle{font-size:1.15rem;color:#3e4c59;margin:.2rem 0 .6rem}
nav.contents ol{padding-left:1.4rem}nav.contents li{margin:.5rem 0}nav.contents a{font-weight:600;color:#1f2933}nav.contents .scope{font-size:.9rem}
article.view{margin-top:3rem;border-top:4px solid #1f2933;padding-top:1rem}p.back{font-size:.85rem;margin:.5rem 0 0}
@media screen{div.scroll{overflow-x:auto}}@media screen and (max-width:40rem){tr.more div.line{position:sticky;left:.4rem;max-width:calc(100vw - 3.5rem)}}
@page{size:A4 portrait;margin:15mm 12mm 18mm}
@media print{body{margin:0;max-width:none;font-size:10pt}a.csv,p.back{display:none}thead{display:table-header-group}tbody,tr,figure{break-inside:avoid}figure.picture svg{max-height:var(--fit,198mm)}figure.whole{display:none}figure.slices{display:block;break-inside:auto}figure.slices svg{display:block;width:100%;height:auto;break-inside:avoid}figure.slices svg+svg{break-before:page}h2,h3{break-after:avoid}section.table{break-inside:auto}article.view{break-before:page;margin-top:0;border-top:none;padding-top:0}}
`;

/** A4's room for a picture when printed (mm): the page inside @page's margins, less the body's padding (1rem each side). */
const PRINT = { w: 210 - 24 - 8.5, h: 297 - 33 } as const;
/**
 * A sliced picture's first slice (mm), which follows the title block on its page, and the height a
 * picture that fits a page is held to: at most these, less when the title block leaves less
 * (title-room.ts); each later slice, a page of its own.
 */
const FIRST_SLICE = 180;
const FIT_PICTURE = 198;
const NEXT_SLICE = 250;
/** Never less than this for the first slice, however long the title block (it then starts a page of its own). */
const LEAST_FIRST = 40;

/**
 * The picture. Printed, a picture taller than what the title block leaves of its page was one
 * image that Chromium moved whole to the next page, leaving the title block alone on the first.
 * One that fits a page is held in print to 198 mm high (shrunk by at most a quarter, centred, as
 * the PDF's); one taller than a page at the page's width (the Tiers view draws a row per firm) is
 * shown in print as slices down the pages instead (slices.ts), the first under the title block,
 * each later one starting a page with the column titles again. Each slice is the same drawing seen
 * through a window (`<use>` of the whole), so the file holds it once. On screen, the whole picture.
 */
function pictureHtml(figure: NonNullable<BriefingDoc['figure']>, label: string, id: string, block: number): string {
  const svg = figure.svg.replace(/^<\?xml[^>]*>\s*/, '');
  const room = PRINT.h - block;
  // Printed, a picture that fits a page is held to what the title block leaves, when that is less
  // than the style's 198 mm (the custom property the print style reads).
  const fit = room < FIT_PICTURE ? ` style="--fit:${Math.max(LEAST_FIRST, room).toFixed(1)}mm"` : '';
  const whole = (cls: string, body: string) => `<figure class="${cls}"${cls === 'picture' ? fit : ''} aria-label="${label}">${body}</figure>`;
  const tall = (PRINT.w * figure.height) / figure.width;
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (tall <= PRINT.h || !open) return whole('picture', svg);
  const unit = figure.width / PRINT.w; // the drawing's units per printed mm
  const strip = figure.header;
  const W = figure.width;
  const n = (v: number) => v.toFixed(2);
  // The slices keep the root's own attributes but its size and window (the font among them).
  const attrs = open[0].replace(/^<svg|>$/g, '').replace(/\s(?:width|height|viewBox)="[^"]*"/g, '');
  const body = svg.slice(open[0].length).replace(/<\/svg>\s*$/, '');
  /** The drawing seen through a window from `y`, `h` high (px), placed at `at` of its slice. */
  const through = (y: number, h: number, at: number) => `<svg x="0" y="${n(at)}" width="${W}" height="${n(h)}" viewBox="0 ${n(y)} ${W} ${n(h)}"><use href="#${id}"/></svg>`;
  const first = Math.max(LEAST_FIRST, Math.min(FIRST_SLICE, room));
  const slices = pictureSlices(tall, first, NEXT_SLICE, strip ? strip.height / unit : 0)
    .map(({ y, h, titles }) => {
      const [top, height] = [y * unit, h * unit];
      if (!titles || !strip) return `<svg${attrs} viewBox="0 ${n(top)} ${W} ${n(height)}" aria-hidden="true"><use href="#${id}"/></svg>`;
      // The column titles again, then the slice, a hairline between them (drawn last, over the slice's white ground).
      return `<svg${attrs} viewBox="0 0 ${W} ${n(strip.height + height)}" aria-hidden="true">${through(strip.y, strip.height, 0)}${through(top, height, strip.height)}<line x1="0" x2="${W}" y1="${n(strip.height)}" y2="${n(strip.height)}" stroke="#9aa5b1"/></svg>`;
    })
    .join('');
  return `${whole('picture whole', `<svg${attrs} width="${W}" height="${figure.height}" viewBox="0 0 ${W} ${figure.height}"><g id="${id}">${body}</g></svg>`)}
<figure class="slices" aria-hidden="true">${slices}</figure>`;
}

/** A view's part of a document: its title block, picture, figures, tables, method and sources. `at` sets its tables' ids apart in a pack. */
function viewHtml(doc: BriefingDoc, at = ''): string {
  const figures = doc.figures.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const method = doc.method.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const sources = doc.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  const block = titleBlockMm({ title: doc.title, filters: doc.scope.filters, scope: [`${doc.scope.dataset} · ${doc.scope.exported}`, doc.scope.notice] }, PRINT.w);
  const picture = doc.figure ? pictureHtml(doc.figure, escapeHtml(doc.text.picture), `${at}figure`, block) : '';
  const tables = doc.tables.map((tb, i) => tableHtml(tb, `${at}table-${i}`)).join('\n');
  return `<header class="title">
<h1>${escapeHtml(doc.title)}</h1>
<p class="scope filters">${escapeHtml(doc.scope.filters)}</p>
<p class="scope">${escapeHtml(`${doc.scope.dataset} · ${doc.scope.exported}`)}</p>
<p class="scope notice">${escapeHtml(doc.scope.notice)}</p>
</header>
${picture}
${figures ? `<h2>${escapeHtml(doc.text.keyFigures)}</h2><ul class="figures">${figures}</ul>` : ''}
${tables ? `<h2>${escapeHtml(doc.text.tables)}</h2>${tables}` : ''}
${!picture && !figures && !tables ? `<p>${escapeHtml(doc.text.empty)}</p>` : ''}
${method ? `<h2>${escapeHtml(doc.text.method)}</h2><ul class="method">${method}</ul>` : ''}
<footer><h2>${escapeHtml(doc.text.sources)}</h2><ul class="sources">${sources}</ul></footer>`;
}

const page = (lang: string, title: string, body: string): string => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;

export function briefingHtml(doc: BriefingDoc): string {
  return page(doc.lang, doc.title, viewHtml(doc));
}

/** A pack's cover: "Briefing pack", "6 views of the supply chain", the contents' heading and its "back to the contents" link. */
export interface HtmlCover {
  title: string;
  subtitle: string;
  contents: string;
  back: string;
}

/**
 * A briefing pack as one HTML document: the cover (title, how many views, the data and export
 * lines, the notice), its contents (each view's title, a link to it, and its scope), then each view
 * as the single-view briefing draws it, printed from a new page.
 */
export function packHtml(docs: readonly BriefingDoc[], cover: HtmlCover): string {
  const first = docs[0]!;
  const entries = docs.map((d, i) => `<li><a href="#view-${i + 1}">${escapeHtml(d.title)}</a><p class="scope">${escapeHtml(d.scope.filters)}</p></li>`).join('\n');
  const views = docs.map((d, i) => `<article class="view" id="view-${i + 1}">\n${viewHtml(d, `view-${i + 1}-`)}\n<p class="back"><a href="#contents">${escapeHtml(cover.back)}</a></p>\n</article>`).join('\n');
  return page(
    first.lang,
    `${cover.title}: ${docs.map((d) => d.title).join(' · ')}`,
    `<header class="cover">
<h1>${escapeHtml(cover.title)}</h1>
<p class="subtitle">${escapeHtml(cover.subtitle)}</p>
<p class="scope">${escapeHtml(`${first.scope.dataset} · ${first.scope.exported}`)}</p>
<p class="scope notice">${escapeHtml(first.scope.notice)}</p>
</header>
<nav class="contents" id="contents" aria-labelledby="contents-title"><h2 id="contents-title">${escapeHtml(cover.contents)}</h2><ol>
${entries}
</ol></nav>
${views}`,
  );
}
