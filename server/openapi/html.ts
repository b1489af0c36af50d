// The API reference as one server-rendered HTML page (GET /api/docs), made from the OpenAPI
// document itself: no scripts, no external resources, so it works under the app's strict content
// security policy and offline. Schemas are shown as JSON with their $refs turned into links. The
// page's own words are in the document's language, with a link to the page in the other one.
import type { Lang } from '../i18n/index.ts';
import type { JsonSchema } from './json-schema.ts';

interface PageWords {
  reference: (title: string) => string;
  version: string;
  machineReadable: string;
  generated: string;
  routes: string;
  routesInDetail: string;
  schemas: string;
  columns: readonly [parameter: string, where: string, required: string, type: string, description: string];
  yes: string;
  answer: string;
  body: string;
  needs: string;
  byDefault: string;
  anyType: string;
  /** The link to the page in the other language, written in that language. */
  other: { lang: Lang; text: string };
}

const WORDS: Readonly<Record<Lang, PageWords>> = {
  en: {
    reference: (title) => `${title} reference`,
    version: 'Version',
    machineReadable: 'Machine-readable',
    generated: "OpenAPI 3.1, generated from the server's zod schemas",
    routes: 'Routes',
    routesInDetail: 'Routes in detail',
    schemas: 'Schemas',
    columns: ['parameter', 'in', 'required', 'type', 'description'],
    yes: 'yes',
    answer: 'answer',
    body: 'body',
    needs: 'Needs',
    byDefault: 'default',
    anyType: 'any',
    other: { lang: 'id', text: 'Baca dalam Bahasa Indonesia' },
  },
  id: {
    reference: (title) => `Referensi ${title}`,
    version: 'Versi',
    machineReadable: 'Untuk dibaca mesin',
    generated: 'OpenAPI 3.1, dibuat otomatis dari skema zod server',
    routes: 'Rute',
    routesInDetail: 'Rincian rute',
    schemas: 'Skema',
    columns: ['parameter', 'letak', 'wajib', 'tipe', 'keterangan'],
    yes: 'ya',
    answer: 'jawaban',
    body: 'isi permintaan',
    needs: 'Memerlukan',
    byDefault: 'bawaan',
    anyType: 'apa pun',
    other: { lang: 'en', text: 'Read in English' },
  },
};

const esc = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const anchor = (name: string): string => `schema-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Pretty JSON with every `"$ref": "#/components/schemas/X"` a link to X's section. */
function schemaHtml(schema: unknown): string {
  return esc(JSON.stringify(schema, null, 2)).replace(
    /&quot;#\/components\/schemas\/([^&]+)&quot;/g,
    (_m, name: string) => `&quot;<a href="#${anchor(name)}">#/components/schemas/${name}</a>&quot;`,
  );
}

const asRecord = (v: unknown): Record<string, JsonSchema> => (v && typeof v === 'object' ? (v as Record<string, JsonSchema>) : {});

// Types, bounds and defaults are the schema's own values (as in its JSON below), in either language.
function typeText(schema: JsonSchema | undefined, words: PageWords): string {
  if (!schema) return '';
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  const bounds = [schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : '', schema.maximum !== undefined ? `≤ ${String(schema.maximum)}` : ''].filter(Boolean).join(', ');
  const dflt = schema.default !== undefined ? ` (${words.byDefault} ${JSON.stringify(schema.default)})` : '';
  return `${String(schema.type ?? words.anyType)}${bounds ? ` ${bounds}` : ''}${dflt}`;
}

function parametersHtml(params: JsonSchema[], words: PageWords): string {
  if (params.length === 0) return '';
  const rows = params
    .map((p) => `<tr><td><code>${esc(String(p.name))}</code></td><td>${esc(String(p.in))}</td><td>${p.required ? esc(words.yes) : ''}</td><td>${esc(typeText(p.schema as JsonSchema, words))}</td><td>${esc(String(p.description ?? ''))}</td></tr>`)
    .join('');
  return `<table><thead><tr>${words.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`;
}

function contentHtml(title: string, content: Record<string, JsonSchema>): string {
  return Object.entries(content)
    .map(([media, body]) => {
      const schema = body.schema as JsonSchema | undefined;
      const inner = schema ? `<pre>${schemaHtml(schema)}</pre>` : '';
      return `<div class="media"><span class="label">${esc(title)}</span> <code>${esc(media)}</code>${inner}</div>`;
    })
    .join('');
}

function operationHtml(path: string, method: string, op: JsonSchema, words: PageWords): string {
  const responses = Object.entries(asRecord(op.responses))
    .map(([status, r]) => `<li><strong>${esc(status)}</strong> ${esc(String(r.description ?? ''))}${status === '200' ? contentHtml(words.answer, asRecord(r.content)) : ''}</li>`)
    .join('');
  const body = op.requestBody ? contentHtml(words.body, asRecord((op.requestBody as JsonSchema).content)) : '';
  const auth = op.security ? `<p class="auth">${esc(words.needs)} <code>Authorization: Bearer &lt;RANTAI_WRITE_TOKEN&gt;</code>.</p>` : '';
  return `<section class="op" id="${esc(String(op.operationId))}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(String(op.summary ?? ''))}</p>${op.description ? `<p class="desc">${esc(String(op.description))}</p>` : ''}${auth}
${parametersHtml((op.parameters ?? []) as JsonSchema[], words)}${body}
<ul class="responses">${responses}</ul>
</section>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d2430}
h1{margin-bottom:0}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f6f8;padding:.6rem;overflow:auto;max-height:28rem}
.method{display:inline-block;min-width:3.5rem;text-align:center;border-radius:3px;color:#fff;padding:0 .3rem;font-size:13px}
.get{background:#2b6cb0}.post{background:#2f855a}.op{border-top:1px solid #d8dee4;padding-top:.5rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d8dee4;padding:.2rem .5rem;text-align:left;vertical-align:top}
.label{font-weight:600}.desc{color:#3c4656}.auth{color:#9c4221}nav li{margin:.1rem 0}.langs{float:right;margin:.4rem 0}`;

/** The readable page of an OpenAPI document whose texts are in `lang`. */
export function openApiHtml(doc: JsonSchema, lang: Lang = 'en'): string {
  const words = WORDS[lang];
  const info = asRecord(doc.info) as unknown as { title?: string; version?: string; description?: string };
  const paths = asRecord(doc.paths);
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(asRecord(methods)).map(([method, op]) => ({ path, method, op })));
  const toc = ops.map(({ path, method, op }) => `<li><a href="#${esc(String(op.operationId))}">${esc(method.toUpperCase())} ${esc(path)}</a> — ${esc(String(op.summary ?? ''))}</li>`).join('');
  const schemas = Object.entries(asRecord(asRecord(doc.components).schemas))
    .map(([name, s]) => `<section id="${anchor(name)}"><h3><code>${esc(name)}</code></h3><pre>${schemaHtml(s)}</pre></section>`)
    .join('');
  const title = esc(words.reference(info.title ?? 'API'));
  // The machine-readable document in the page's language; English is the default, so it needs no lang.
  const json = lang === 'en' ? 'openapi.json' : `openapi.json?lang=${lang}`;
  const other = words.other;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><style>${STYLE}</style></head>
<body>
<p class="langs"><a href="?lang=${other.lang}" hreflang="${other.lang}" lang="${other.lang}">${esc(other.text)}</a></p>
<h1>${title}</h1>
<p>${esc(words.version)} ${esc(info.version ?? '')}. ${esc(info.description ?? '')}</p>
<p>${esc(words.machineReadable)}: <a href="${esc(json)}">/api/${esc(json)}</a> (${esc(words.generated)}).</p>
<nav><h2>${esc(words.routes)}</h2><ul>${toc}</ul></nav>
<h2>${esc(words.routesInDetail)}</h2>
${ops.map(({ path, method, op }) => operationHtml(path, method, op, words)).join('\n')}
<h2>${esc(words.schemas)}</h2>
${schemas}
</body></html>
`;
}
