// The Indonesian of every text of the OpenAPI document (each description, summary and title), keyed
// by its English exactly as the built document holds it; one table per part of the API. A text built
// with a constant (a limit, a list of tiers) is keyed by the same template over the same constant,
// so a changed limit changes both languages. Identifiers, field names, enum values, code, Cypher,
// file names, HTTP statuses and NetworkX names stay as they are in the Indonesian.
import { ERROR_CODES } from '../../errors.ts';
import { CYPHER } from './cypher.ts';
import { DATA } from './data.ts';
import { DOCUMENT } from './document.ts';
import { GRAPH_VIEW } from './graph-view.ts';
import { IMPORTS_TRADE } from './imports-trade.ts';
import { LANGUAGE } from './language.ts';
import { LINKS_NETWORK } from './links-network.ts';
import { NETWORKX } from './networkx.ts';
import { ROUTES } from './routes.ts';
import { SUBSTITUTION } from './substitution.ts';

/** English text → its Indonesian. */
export type Entries = Readonly<Record<string, string>>;

/** The tables, by part (a test checks that no English text is in two of them). */
export const PARTS: Readonly<Record<string, Entries>> = { DOCUMENT, ROUTES, LANGUAGE, GRAPH_VIEW, DATA, LINKS_NETWORK, IMPORTS_TRADE, SUBSTITUTION, NETWORKX, CYPHER };

const TABLE: ReadonlyMap<string, string> = new Map(Object.values(PARTS).flatMap((part) => Object.entries(part)));

/**
 * An error answer's description (document.ts): "error: " and the stable codes of that status, which
 * differ per route and so cannot be listed one by one. Only the word is translated.
 */
const ERROR_LIST = /^error: ([a-z_]+(?:, [a-z_]+)*)$/;

/** The Indonesian of one text of the document, or undefined when the catalogue lacks it. */
export function indonesian(english: string): string | undefined {
  const exact = TABLE.get(english);
  if (exact !== undefined) return exact;
  const codes = ERROR_LIST.exec(english)?.[1];
  return codes !== undefined && codes.split(', ').every((code) => Object.hasOwn(ERROR_CODES, code)) ? `kesalahan: ${codes}` : undefined;
}
