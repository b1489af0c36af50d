// Looks inside an .xlsx before exceljs reads it: the workbook is a zip, so every part is inflated
// within the limits and checked (a hostile or damaged workbook is refused like a hostile zip), and
// what the streaming reader does not report is collected on the way: the sheets' names and their
// merged cells.
import { visitZip } from '../../upload/zip.ts';

export interface PackageFacts {
  /** Sheet names in workbook order. */
  sheets: string[];
  /** Sheets hidden from the tabs (state="hidden" or "veryHidden"): a reader told of one must be told it is hidden. */
  hidden: Set<string>;
  /** Sheet name → merged ranges (`D14:D16`). */
  merges: Map<string, string[]>;
  /**
   * Parts that stop before their closing tag (a worksheet cut short), by sheet name where the part
   * is a sheet: the streaming reader reads such a part as far as it goes and says nothing, so a
   * truncated sheet lost its last rows silently.
   */
  truncated: string[];
  /** Every part's name, in the file's order. */
  parts: string[];
}

export interface PackageLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const decoder = new TextDecoder('utf-8');
const MERGE = Buffer.from('<mergeCell ');

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The `ref`s of every <mergeCell> in a sheet part, found without decoding the whole part. */
function mergeRefs(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const refs: string[] = [];
  for (let at = buf.indexOf(MERGE); at >= 0; at = buf.indexOf(MERGE, at + 1)) {
    const end = buf.indexOf('>', at);
    const ref = attr(buf.subarray(at, end < 0 ? buf.length : end).toString('utf8'), 'ref');
    if (ref) refs.push(ref);
  }
  return refs;
}

/** The closing tag each part the reader relies on must end with (any namespace prefix). */
const CLOSING: ReadonlyArray<[RegExp, RegExp]> = [
  [/^xl\/worksheets\/[^/]+\.xml$/, /<\/(?:[\w.-]+:)?worksheet>\s*$/],
  [/^xl\/workbook\.xml$/, /<\/(?:[\w.-]+:)?workbook>\s*$/],
  [/^xl\/sharedStrings\.xml$/, /<\/(?:[\w.-]+:)?sst>\s*$/],
  [/^xl\/styles\.xml$/, /<\/(?:[\w.-]+:)?styleSheet>\s*$/],
];

/** Whether a part ends as a complete XML document of its kind (its last bytes, decoded). */
const complete = (closing: RegExp, data: Uint8Array): boolean => closing.test(decoder.decode(data.subarray(Math.max(0, data.length - 256))));

export function inspectWorkbook(bytes: Uint8Array, limits: PackageLimits): PackageFacts {
  let workbookXml = '';
  let relsXml = '';
  const partMerges = new Map<string, string[]>();
  const cut: string[] = [];
  const parts: string[] = [];
  visitZip(bytes, limits, (name, data) => {
    parts.push(name);
    const closing = CLOSING.find(([part]) => part.test(name))?.[1];
    if (closing && !complete(closing, data)) cut.push(name);
    if (name === 'xl/workbook.xml') workbookXml = decoder.decode(data);
    else if (name === 'xl/_rels/workbook.xml.rels') relsXml = decoder.decode(data);
    else if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const refs = mergeRefs(data);
      if (refs.length > 0) partMerges.set(name, refs);
    }
  });
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const sheets: string[] = [];
  const hidden = new Set<string>();
  const merges = new Map<string, string[]>();
  const sheetOfPart = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attr(m[0], 'name') ?? '');
    sheets.push(name);
    if (/^(?:hidden|veryHidden)$/.test(attr(m[0], 'state') ?? '')) hidden.add(name);
    const part = targets.get(attr(m[0], 'r:id') ?? '');
    if (part) sheetOfPart.set(part, name);
    const refs = part ? partMerges.get(part) : undefined;
    if (refs) merges.set(name, refs);
  }
  return { sheets, hidden, merges, truncated: cut.map((part) => sheetOfPart.get(part) ?? part), parts };
}
