// cypher/README.md stays true: it names every query file of cypher/analysis/, and its three example
// research queries are, character for character, the ones the console tests run.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.ts';
import { CLUSTERS_NEAR_FC250, FAILURE_CUTS_OEM, IMPORT_SHARE_BY_ORIGIN } from './corpus.ts';

const readme = () => readFile(path.join(REPO, 'cypher/README.md'), 'utf8');

describe('cypher/README.md', () => {
  it('names every file in cypher/analysis/', async () => {
    const text = await readme();
    const dir = path.join(REPO, 'cypher/analysis');
    // git keeps no empty folders: no folder means no query files yet.
    const files = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.cypher')) : [];
    expect(files.filter((f) => !text.includes(`analysis/${f}`))).toEqual([]);
  });

  it('shows the example research queries exactly as the console tests run them', async () => {
    const text = await readme();
    for (const query of [IMPORT_SHARE_BY_ORIGIN, CLUSTERS_NEAR_FC250, FAILURE_CUTS_OEM]) expect(text).toContain(`\`\`\`cypher\n${query}\n\`\`\``);
  });
});
