// The English side of the "no English left" checks (indonesian-answers.test.ts's approach, for
// messages that quote what the user sent): every word of the English catalogue's fixed text, and
// the words of a message left once what it quotes from the request or the dataset is taken out.
import { EN, fixedParts, type MessageKey } from '../../server/i18n/index.ts';
import { FILE_NAMES, specOf, type DatasetFile } from '../../server/model/index.ts';

/**
 * Words both languages write alike: the tiers the industry names in English, file formats and
 * units (kg, t, u for items; digit is Indonesian too), the values a file must hold (true, false), the trade source UN
 * Comtrade, and the names of the standards, headers and settings a message tells the user to use;
 * the any-graph route's symbols and names (NetworkX's G and k, ln, tol; XML and CDATA); the graph
 * file formats GraphML and GEXF, `web` ("antarmuka web") and `stderr` (the stream's name); the
 * console's example variable `f` (`WHERE f.id IN $ids`), an edge's `v` (`[u, v]`) and the ISO code
 * IDN (a country named by its code in both languages); the regular expressions the console gives as
 * examples (`(?i).*ceper.*`, `^(PT|CV) .*`, `$q`).
 */
const SHARED_WORDS = new Set(['oem', 'ikm', 'tier', 'csv', 'json', 'xlsx', 'zip', 'utf', 'excel', 'readme', 'javascript', 'mb', 'kb', 'content', 'type', 'bearer', 'authorization', 'neo', 'cypher', 'dataset', 'format', 'true', 'false', 'kg', 't', 'u', 'digit', 'comtrade', 'g', 'k', 'ln', 'tol', 'xml', 'cdata', 'networkx', 'graphml', 'gexf', 'stderr', 'web', 'f', 'v', 'idn', 'i', 'q', 'pt', 'cv', 'ceper', 'per']);

export const words = (text: string): string[] => (text.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());

/** Every word of the English templates' fixed text (the shared ones left out). */
export const ENGLISH_WORDS = new Set(
  (Object.keys(EN) as MessageKey[])
    .flatMap((k) => fixedParts(EN[k]))
    .flatMap(words)
    .filter((w) => !SHARED_WORDS.has(w)),
);

/** The dataset's own identifiers: its file, sheet and column names. */
const DATASET_NAMES = new Set(FILE_NAMES.flatMap((f) => [f, ...specOf(f as DatasetFile).columns]));

/** English words of the catalogue in a message once what it quotes (values, names, places, settings) is taken out. */
export function englishIn(message: string): string[] {
  const rest = message
    .replace(/^(--)?([\w.]+): \2\b/, ' ') // a field named again after its place ("--limit: limit harus …")
    .replace(/\bdolar AS\b/g, ' ') // US dollars in Indonesian: AS is Amerika Serikat, not the English "as"
    .replace(/"[^"]*"/g, ' ') // quoted values, ids, names, headers
    .replace(/\S+\.(csv|json|xlsx|zip)\b/gi, ' ') // file names
    .replace(/\b\w+!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, ' ') // sheet!cell references
    .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ') // settings and codes (RANTAI_WRITE_TOKEN, GET, OEM)
    .replace(/\/api\/\S*/g, ' ') // routes
    .replace(/(^|\s|\()--[\w-]+/g, ' ') // command-line flags (--headings, --reporter)
    .replace(/\b[\w.+-]+\/[\w.+-]+/g, ' ') // media types (application/json)
    .replace(/\b\w*_\w*\b/g, ' '); // column names with an underscore (mass_kg)
  return words(rest).filter((w) => ENGLISH_WORDS.has(w) && !DATASET_NAMES.has(w));
}
