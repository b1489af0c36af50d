// Reads exported briefings back the way their readers' tools do, independently of the code that
// wrote them: a PowerPoint deck unzipped (fflate) and its slide XML read; decks converted to PDF by
// LibreOffice (`soffice --headless --convert-to pdf`, one call for all of them); PDF text and page
// counts from poppler (`pdftotext`, `pdfinfo`). In CI a missing LibreOffice or poppler is an error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';

export const SOFFICE = '/usr/bin/soffice';
export const PDFTOTEXT = '/usr/bin/pdftotext';
export const PDFINFO = '/usr/bin/pdfinfo';
export const PDFTOHTML = '/usr/bin/pdftohtml';

/** Why the office-suite checks cannot run here, or null; throws in CI instead of skipping. */
export function officeUnavailable(): string | null {
  const missing = [SOFFICE, PDFTOTEXT, PDFINFO, PDFTOHTML].find((p) => !existsSync(p));
  const why = missing ? `${missing} is not installed (apt-get install libreoffice-impress poppler-utils)` : null;
  if (why && process.env.CI) throw new Error(`export tests need ${why}`);
  return why;
}

const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** The text runs (<a:t>) of a piece of DrawingML, in order. */
export const runs = (xml: string): string[] => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!));

/** The text of each paragraph (<a:p>) of a piece of DrawingML. */
export const paragraphs = (xml: string): string[] => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => runs(m[1]!).join(''));

export interface DeckSlide {
  xml: string;
  /** Every paragraph's text. */
  text: string[];
  pictures: number;
  /** Native tables: rows of cell texts (the first row is the header). */
  tables: string[][][];
  /** The layout (master) the slide uses, with its footer text. */
  layoutText: string[];
}

export interface Deck {
  slides: DeckSlide[];
  media: string[];
  /** The file's properties (docProps/core.xml), as a file manager shows them. */
  properties: { title: string; subject: string };
}

export function readDeck(bytes: Uint8Array): Deck {
  const files = unzipSync(bytes);
  const text = (name: string): string => strFromU8(files[name]!);
  const numbered = Object.keys(files)
    .map((f) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  const slides = numbered.map((m) => {
    const xml = text(m[0]);
    const rels = text(`ppt/slides/_rels/slide${m[1]}.xml.rels`);
    const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1];
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((tm) => [...tm[1]!.matchAll(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].map((rm) => [...rm[1]!.matchAll(/<a:tc\b[^>]*>([\s\S]*?)<\/a:tc>/g)].map((cm) => runs(cm[1]!).join(''))));
    return { xml, text: paragraphs(xml), pictures: (xml.match(/<p:pic>/g) ?? []).length, tables, layoutText: layout ? paragraphs(text(`ppt/slideLayouts/${layout}`)) : [] };
  });
  const core = files['docProps/core.xml'] ? text('docProps/core.xml') : '';
  const property = (tag: string): string => decode(new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1] ?? '');
  return { slides, media: Object.keys(files).filter((f) => f.startsWith('ppt/media/')), properties: { title: property('dc:title'), subject: property('dc:subject') } };
}

/** Converts decks and workbooks to PDF with LibreOffice in one call; returns the PDF paths (same names, .pdf). */
export function officeToPdf(files: readonly string[], outDir: string): string[] {
  if (files.length === 0) return [];
  execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', 'pdf', '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 600_000 });
  return files.map((f) => `${outDir}/${f.split('/').pop()!.replace(/\.(pptx|xlsx)$/, '.pdf')}`);
}

export const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync(PDFINFO, [file], { encoding: 'utf8' }))?.[1] ?? 0);

/** The text of each page of a PDF (poppler's pdftotext; pages end with a form feed). */
export function pdfPageTexts(file: string, raw = false): string[] {
  // -raw: in the order it was written (a table cell's lines stay together).
  const out = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), file, '-'], { encoding: 'utf8' });
  return out.split('\f').slice(0, -1);
}

/** The words of a PDF page with their boxes in points from the page's top left (poppler's pdftotext -bbox). */
export function pdfWords(file: string, page: number): Array<{ text: string; yMin: number; yMax: number }> {
  const out = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', '-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...out.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: decode(m[3]!), yMin: Number(m[1]), yMax: Number(m[2]) }));
}

/** A PDF's bookmarks (its outline), as poppler's pdftohtml -xml lists them: title and page. */
export function pdfOutline(file: string): Array<{ title: string; page: number }> {
  const out = execFileSync(PDFTOHTML, ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(out)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ title: decode(m[2]!), page: Number(m[1]) }));
}

/** Whitespace made single spaces, so a line broken anywhere reads as one. */
export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
