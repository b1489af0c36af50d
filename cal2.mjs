import { readFileSync, readdirSync } from 'node:fs';
const port = process.argv[2];
const params = { buyer: null, candidates: null, cluster: null, clusters: null, component: null, components: null, firm: null, firms: null, year: null };
for (const f of readdirSync('cypher/analysis').sort()) {
  const text = readFileSync(`cypher/analysis/${f}`, 'utf8');
  const used = Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`\\$${k}\\b`).test(text)));
  const t0 = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text, params: used, timeoutMs: 60000, limit: Number(process.env.LIMIT ?? 1000) }) });
  const body = await res.json();
  console.log(f, res.status, Date.now() - t0, 'ms', res.status === 200 ? `${body.rows.length} rows truncated=${body.truncated}` : JSON.stringify(body.error).slice(0, 250));
}
