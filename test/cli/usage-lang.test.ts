// Usage mistakes and the help text of every `rantai` command in English and Bahasa Indonesia
// (--lang, default English): run in process through the dispatcher (server/cli/index.ts), each
// mistake with `--lang id` exits 2 as in English, names the flag (or argument) at fault, and holds
// no word of the English catalogue (english-words.ts) once the synopsis - command syntax, alike in
// both languages - is taken out. The English run of the same mistake is the control: its sentence
// differs and does contain English words, so the check can fail.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/datasets.ts';
import { main } from '../../server/cli/index.ts';
import { runCli } from '../helpers/cli.ts';
import { COMMANDS } from '../../server/cli/commands/index.ts';
import { englishIn } from '../i18n/english-words.ts';

const run = runCli;

/**
 * The printed text without its syntax and proper names: the synopsis lines (`usage: rantai …`,
 * `cara pakai: rantai …` and their continuation), `rantai <command> --help`, the command names
 * heading the lines of `rantai --help`, and the names Neo4j, UN Comtrade and CEPII BACI.
 */
const withoutSynopsis = (text: string): string =>
  text
    .split('\n')
    .map((line) =>
      line
        .replace(/^(usage|cara pakai): rantai .*$/, '$1:')
        .replace(/^\s+rantai \S+ .*$/, '')
        .replace(/^rantai <\S+> --help/, '')
        .replace(/^ {2}[a-z]+ {2,}/, '  ')
        .replace(/\bNeo4j\b|\bUN Comtrade\b|\bCEPII BACI\b/g, ' '),
    )
    .join('\n');

/** [argv, what the first line must name]: at least one mistake per command, of every kind the parser and the commands refuse. */
const MISTAKES: Array<[string[], string]> = [
  [['validate'], 'dataset'],
  [['validate', 'seed/indonesia', '--bogus'], '--bogus'],
  [['load'], 'dataset'],
  [['load', 'seed/indonesia', '--name', ' '], '--name'],
  [['serve', '--port', 'eighty'], '--port'],
  [['serve', '--port'], '--port'],
  [['analyse'], 'metrics'],
  [['analyse', 'risk', '--format', 'xml'], '--format'],
  [['analyse', 'risk', '--strategy', 'fast'], '--strategy'],
  [['analyse', 'risk', '--basis', 'world'], '--basis'],
  [['analyse', 'imports', '--year', '1200'], '--year'],
  [['analyse', 'metrics', '--limit', '5'], '--limit'],
  [['analyse', 'missing-links', '--limit', 'many'], '--limit'],
  [['analyse', 'risk', '--top', '5'], '--top'],
  [['analyse', 'risk', '--graph', 'g.csv'], '--graph'],
  [['export', '--format', 'pdf', '--out', 'x.pdf'], '--format'],
  [['export', '--format', 'json'], '--out'],
  [['template'], '--out'],
  [['template', '--out', 'book.ods'], '--out'],
  [['template', '--out', 'book.xlsx', '--trade=yes'], '--trade'],
  [['generate', '--firms', 'many', '--out', 'x'], '--firms'],
  [['generate', '--firms', '10'], '--out'],
  [['generate', '--trade=1', '--out', 'x'], '--trade'],
  [['complexity', 'x.csv'], '--location'],
  [['complexity', 'x.csv', '--location', 'a', '--product', 'b', '--value', 'c', '--rca-threshold', '-1'], '--rca-threshold'],
  [['complexity', 'x.csv', '--location', 'a', '--product', 'b', '--value', 'c', '--format', 'xml'], '--format'],
  [['complexity'], 'CSV'],
  [['trade'], 'convert'],
  [['trade', 'convert', 'x.csv', '--from', 'wits', '--out', 't.csv'], '--from'],
  [['trade', 'convert', 'x.csv', '--from', 'baci'], '--out'],
  [['trade', 'convert', 'x.csv', '--from', 'baci', '--out', 't.csv', '--reporter', 'id'], '--reporter'],
  [['trade', 'convert', 'x.csv', '--from', 'baci', '--out', 't.csv', '--headings', '87'], '--headings'],
  [['trade', 'convert', 'x.csv', '--from', 'baci', '--out', 't.csv', '--world', '--flow', 'M'], '--flow'],
];

describe('rantai usage mistakes in Bahasa Indonesia (--lang id)', () => {
  it('covers every command', () => {
    expect(new Set(MISTAKES.map(([argv]) => argv[0]))).toEqual(new Set(COMMANDS.map((c) => c.name)));
  });

  it.each(MISTAKES)('rantai %j --lang id: exit 2, names %s, no English', async (argv, named) => {
    const en = await run(argv);
    const id = await run([...argv, '--lang', 'id']);
    expect(en.code).toBe(2);
    expect(id.code).toBe(2);
    const [enFirst, idFirst] = [en.text.split('\n')[0]!, id.text.split('\n')[0]!];
    expect(idFirst).toContain(named);
    expect(idFirst).not.toBe(enFirst);
    // The control: the English sentence has words the check finds.
    expect(englishIn(withoutSynopsis(en.text)), en.text).not.toEqual([]);
    expect(englishIn(withoutSynopsis(id.text)), id.text).toEqual([]);
    expect(id.text).toMatch(/^cara pakai: rantai /m);
    expect(en.text).toMatch(/^usage: rantai /m);
  });

  it('--help of every command, and rantai --help, in Bahasa Indonesia hold no English', async () => {
    for (const argv of [['--help'], ['help'], ...COMMANDS.map((c) => [c.name, '--help'])]) {
      const id = await run([...argv, '--lang', 'id']);
      expect(id.code, argv.join(' ')).toBe(0);
      expect(englishIn(withoutSynopsis(id.text)), id.text).toEqual([]);
    }
    const list = await run(['--help', '--lang', 'id']);
    for (const c of COMMANDS) expect(list.text).toMatch(new RegExp(`^  ${c.name} +\\S`, 'm'));
  });

  it('an unknown command is told in Indonesian with the command list (exit 2)', async () => {
    const id = await run(['frobnicate', '--lang', 'id']);
    expect(id.code).toBe(2);
    expect(id.text.split('\n')[0]).toBe('perintah "frobnicate" tidak dikenal');
    expect(englishIn(withoutSynopsis(id.text)), id.text).toEqual([]);
  });

  it('a number past JavaScript\'s safe integers is told the flag\'s own bound (it was "at most 9,007,199,254,740,991")', async () => {
    const id = await run(['analyse', 'substitution', '--limit', '99999999999999999999', '--lang', 'id']);
    expect(id.code).toBe(2);
    expect(id.text.split('\n')[0]).toBe('--limit: harus antara 1 sampai 1000');
  });

  it('a second analysis word is a usage mistake (`analyse risk risk` ran risk and ignored it)', async () => {
    const id = await run(['analyse', 'risk', 'risk', '--lang', 'id']);
    expect(id.code).toBe(2);
    expect(id.text.split('\n')[0]).toBe('argumen "risk" tidak dikenali');
  });

  it('--link and --top of analyse --graph are refused as flags (exit 2), not as the API\'s fields (exit 1)', async () => {
    const { dir, cleanup } = await tempDir('rantai-usage-graph-');
    try {
      const file = path.join(dir, 'edges.csv');
      await writeFile(file, 'source,target\na,b\nb,c\n');
      const top = await run(['analyse', '--graph', file, '--link', 'jaccard_coefficient', '--top', '0', '--lang', 'id']);
      const link = await run(['analyse', '--graph', file, '--link', 'jacard', '--lang', 'en']);
      expect([top.code, link.code]).toEqual([2, 2]);
      expect(top.text.split('\n')[0]).toBe('--top: paling kecil 1');
      expect(link.text.split('\n')[0]).toMatch(/^--link: must be one of resource_allocation_index, jaccard_coefficient, /);
      expect(`${top.text}${link.text}`).not.toContain('linkPrediction');
    } finally {
      await cleanup();
    }
  });

  it('rantai with no command: the help on stderr, exit 2; asked for, on stdout, exit 0', async () => {
    const streams = async (argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const bare = await streams([]);
    const asked = await streams(['--help']);
    expect([bare.code, bare.out]).toEqual([2, '']);
    expect(bare.err).toBe(asked.out);
    expect([asked.code, asked.err]).toEqual([0, '']);
  });

  it('stays English by default, with the sentences it had', async () => {
    expect((await run(['generate', '--firms', 'many', '--out', 'x'])).text.split('\n')[0]).toBe('--firms must be a whole non-negative number, got "many"');
    expect((await run(['analyse', 'risk', '--strategy', 'fast'])).text.split('\n')[0]).toBe('--strategy must be ready-now, balanced or strategic, got "fast"');
    expect((await run(['validate', 'seed/indonesia', '--lang', 'fr'])).text.split('\n')[0]).toBe('--lang must be en or id, got "fr"');
  });
});
