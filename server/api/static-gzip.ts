// The web front end's files sent gzipped to a browser that accepts it: a first visit loads about
// 1.4 MB of script and the country outlines (the map), a third of that compressed. In front of
// express.static, which still serves everything else (and these files to a client without gzip).
// Only the files there at start are served from here (no path from the request reaches the disk),
// each compressed once and again only when its size or time of change differs.
import type { RequestHandler } from 'express';
import { readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { acceptsGzip, gzipBody, MIN_COMPRESSED_BYTES } from '../work/index.ts';

/** Text files of a Vite build. */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg', '.txt', '.map', '.xml', '.webmanifest']);

interface Zipped {
  /** The file's size and time of change it was compressed from. */
  stamp: string;
  body: Buffer | null;
}

/** URL path → file, for the text files under `root` large enough to be worth compressing. */
function textFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && TEXT_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && statSync(file).size >= MIN_COMPRESSED_BYTES) {
        files.set(`/${path.relative(root, file).split(path.sep).join('/')}`, file);
      }
    }
  };
  walk(root);
  return files;
}

export function gzipStatic(root: string, maxAgeSeconds: number): RequestHandler {
  const files = textFiles(root);
  const zipped = new Map<string, Promise<Zipped>>();
  const compress = async (file: string, stamp: string): Promise<Zipped> => ({ stamp, body: await gzipBody(await readFile(file)) });

  return (req, res, next) => {
    const file = (req.method === 'GET' || req.method === 'HEAD') && files.get(req.path);
    if (!file) return next();
    res.vary('Accept-Encoding');
    if (!acceptsGzip(req)) return next();
    void (async () => {
      const info = await stat(file);
      const stamp = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
      let kept = zipped.get(file);
      if (!kept || (await kept.catch(() => null))?.stamp !== stamp) {
        kept = compress(file, stamp);
        zipped.set(file, kept);
        // A failed compression is tried again on the next request (this one gets the file as it is).
        kept.catch(() => zipped.delete(file));
      }
      const { body } = await kept;
      if (!body) return next();
      res.type(path.extname(file));
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Cache-Control', `public, max-age=${maxAgeSeconds}`);
      res.setHeader('Last-Modified', info.mtime.toUTCString());
      // Weak like express.static's own, and another one than the file's: another representation.
      res.setHeader('ETag', `W/"${stamp}-gz"`);
      res.send(body);
    })().catch(() => next());
  };
}
