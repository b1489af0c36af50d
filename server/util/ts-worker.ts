// The server is TypeScript run through tsx's loader, and a worker thread starts without it: a
// worker is started from this boot code, which registers the loader in the worker first and then
// imports the worker's own TypeScript entry (the network and complexity pools, the upload reader).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let tsxApi: string | undefined;

/** The file URL of tsx's ESM API (its `register`), found through tsx's package.json exports. */
function tsxApiUrl(): string {
  if (tsxApi) return tsxApi;
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  tsxApi = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
  return tsxApi;
}

/** Code for `new Worker(code, { eval: true })` that runs the TypeScript module at `entry`. */
export function tsWorkerCode(entry: URL): string {
  return `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
}
