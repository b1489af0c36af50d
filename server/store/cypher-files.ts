// The Cypher library in cypher/ is the one source of truth: the Neo4j store reads its queries
// from these files at run time, so what a researcher runs in Neo4j Browser is what Rantai runs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const CYPHER_ROOT = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, Promise<string>>();

/** The text of `cypher/<relativePath>` (e.g. `analysis/substitution.cypher`), cached. */
export function cypherFile(relativePath: string): Promise<string> {
  let text = cache.get(relativePath);
  if (!text) {
    text = readFile(CYPHER_ROOT + relativePath, 'utf8');
    cache.set(relativePath, text);
  }
  return text;
}

/**
 * Splits a file of several statements on `;` at line ends (schema and load files). Comment lines
 * (`//`) are dropped; a statement never contains `;` at the end of a line inside it.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
