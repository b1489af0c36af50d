// Moving the sentences into the message catalogue changed no English word: the explanations that
// docs/OPPORTUNITIES.md quotes (written down when that document was checked by hand) appear word for
// word in today's balanced ranking, and asking for English explicitly answers what the default does.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { missingLinks } from '../../server/analysis/links/index.ts';
import { substitution } from '../../server/analysis/substitution/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';

/** The quoted explanations of docs/OPPORTUNITIES.md: paragraphs that open with "Sentra and end with ." */
async function quoted(): Promise<string[]> {
  const text = await readFile('docs/OPPORTUNITIES.md', 'utf8');
  return [...text.matchAll(/^"(Sentra [\s\S]*?\.)"$/gm)].map((m) => m[1]!.replace(/\s*\n\s*/g, ' '));
}

describe('English sentences', () => {
  it('are those docs/OPPORTUNITIES.md quotes, word for word', async () => {
    const quotes = await quoted();
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    const out = await substitution(new EmbeddedStore(await readDataset('seed/indonesia')), { strategy: 'balanced', limit: 1000 });
    const explanations = new Set(out.opportunities.map((o) => o.explanation));
    for (const q of quotes) expect(explanations.has(q), q).toBe(true);
    expect(out.lang).toBe('en');
  });

  it('are the same whether English is asked for or is the default', async () => {
    const store = new EmbeddedStore(await readDataset('seed/indonesia'));
    expect(await substitution(store, { strategy: 'strategic', limit: 1000, lang: 'en' })).toEqual(await substitution(store, { strategy: 'strategic', limit: 1000 }));
    expect(await missingLinks(store, { lang: 'en' })).toEqual(await missingLinks(store));
  });
});
