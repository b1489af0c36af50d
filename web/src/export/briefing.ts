// One self-contained HTML file for a briefing: the decorated view, its key figures, its tables and
// the sources. No scripts, fonts or links to fetch, so it opens offline and can be mailed as is.
import type { ViewExport } from '../app/view.ts';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface BriefingText {
  lang: string;
  dateLine: string;
  sourcesLine: string;
  keyFigures: string;
  tables: string;
}

export function briefingHtml(exp: ViewExport, svg: string | null, text: BriefingText): string {
  const tables = exp.tables
    .map((tb) => {
      const head = tb.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
      const rows = tb.rows
        .map((r) => `<tr>${tb.columns.map((c) => `<td>${escapeHtml(formatCell(r[c]))}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table><caption>${escapeHtml(tb.title)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    })
    .join('\n');
  const figures = exp.summary.map((s) => `<li>${escapeHtml(s)}</li>`).join('');
  return `<!doctype html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(exp.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;margin:2rem auto;max-width:1100px;padding:0 1rem}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #ddd}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}caption{text-align:left;font-weight:600;margin-bottom:.3rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f0f0ec}
.meta{color:#52606d;font-size:.9rem}
</style>
</head>
<body>
<h1>${escapeHtml(exp.title)}</h1>
<p class="meta">${escapeHtml(text.dateLine)}</p>
${svg ? `<figure>${svg.replace(/^<\?xml[^>]*>\s*/, '')}</figure>` : ''}
${figures ? `<h2>${escapeHtml(text.keyFigures)}</h2><ul>${figures}</ul>` : ''}
${tables ? `<h2>${escapeHtml(text.tables)}</h2>${tables}` : ''}
<p class="meta">${escapeHtml(text.sourcesLine)}</p>
</body>
</html>
`;
}

function formatCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
