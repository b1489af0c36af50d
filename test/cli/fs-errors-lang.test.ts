// File-system mistakes on the command line (an output folder that does not exist, a file in the way)
// are told in the language --lang asks for, after the error code that scripts match: exit 1, the path
// named, and no word of the English catalogue in the Indonesian line. The English run of the same
// mistake is the control (its sentence differs and has English words, so the check can fail).
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { englishIn } from '../i18n/english-words.ts';

const run = runCli;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rantai-fs-errors-'));
  await writeFile(path.join(dir, 'taken'), 'x');
  await mkdir(path.join(dir, 'folder.csv'));
  await mkdir(path.join(dir, 'dataset', 'firms.csv'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('file-system errors in both languages', () => {
  const cases: Array<[string, (d: string) => string[], string]> = [
    ['ENOENT', (d) => ['template', '--out', path.join(d, 'missing', 't.xlsx')], path.join('missing', 't.xlsx')],
    ['EEXIST', (d) => ['generate', '--out', path.join(d, 'taken'), '--firms', '10', '--clusters', '2', '--components', '5'], 'taken'],
    // A trade file that is not there, or is a folder: the file's read stream failed unheard, and
    // Node stopped the command with its own stack trace instead.
    ['ENOENT', (d) => ['trade', 'convert', '--from', 'comtrade', path.join(d, 'nope.csv'), '--out', path.join(d, 'trade.csv')], 'nope.csv'],
    ['EISDIR', (d) => ['trade', 'convert', '--from', 'comtrade', path.join(d, 'folder.csv'), '--out', path.join(d, 'trade.csv')], 'folder.csv'],
    // A dataset folder whose firms.csv is a folder: read() names no path, and the line said "EISDIR: : is a folder".
    ['EISDIR', (d) => ['validate', path.join(d, 'dataset')], path.join('dataset', 'firms.csv')],
    // Codes past the first six were Node's English ("rantai template failed: ENAMETOOLONG: name too long, …").
    ['ENAMETOOLONG', (d) => ['template', '--out', path.join(d, `${'n'.repeat(300)}.xlsx`)], `${'n'.repeat(300)}.xlsx`],
  ];
  for (const [code, argv, named] of cases) {
    it(`${code} (${argv('')[0]}): code first, the path named, the sentence in --lang`, async () => {
      const en = await run([...argv(dir), '--lang', 'en']);
      const id = await run([...argv(dir), '--lang', 'id']);
      for (const out of [en, id]) {
        expect(out.code).toBe(1);
        expect(out.text.startsWith(`${code}: `)).toBe(true);
        expect(out.text).toContain(named);
      }
      const sentence = (text: string) => text.slice(text.indexOf(named) + named.length);
      expect(sentence(id.text)).not.toBe(sentence(en.text));
      expect(englishIn(sentence(en.text)).length).toBeGreaterThan(0);
      expect(englishIn(sentence(id.text))).toEqual([]);
    });
  }
});

describe('trade convert writing where it cannot', () => {
  const comtrade = path.join('test', 'trade', 'fixtures', 'comtrade', 'IDN_imports_2022_2023.csv');
  it('a missing folder: ENOENT naming the output (not its temporary file), in --lang, nothing left behind', async () => {
    // The temporary file's stream failed unheard: "Unhandled 'error' event … open '….part'".
    const out = path.join(dir, 'missing', 'trade.csv');
    const id = await run(['trade', 'convert', '--from', 'comtrade', comtrade, '--out', out, '--lang', 'id']);
    expect(id.code).toBe(1);
    expect(id.text).toBe(`ENOENT: ${out}: berkas atau direktori tidak ditemukan`);
  });

  it('a device (--out /dev/full): refused, the device left as it was (it was replaced by a file, exit 0)', async () => {
    const en = await run(['trade', 'convert', '--from', 'comtrade', comtrade, '--out', '/dev/full']);
    expect(en.code).toBe(1);
    expect(en.text).toBe('invalid_request: /dev/full is not a file to write (a device or a pipe); name a file instead');
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
  });
});

describe('a device given as the dataset', () => {
  it('is not a dataset, said as such (it was "ENOTDIR: /dev/null: part of the path is not a folder")', async () => {
    const out = await run(['validate', '/dev/null']);
    expect(out.code).toBe(1);
    expect(out.text).toMatch(/^\/dev\/null: not a dataset: give a folder of CSV files/);
  });
});

describe('--lang given twice', () => {
  it('the last one counts, for the command and for its errors alike (the errors took the first)', async () => {
    const out = await run(['validate', path.join(dir, 'dataset'), '--lang', 'en', '--lang', 'id']);
    expect(out.code).toBe(1);
    expect(out.text).toContain('berupa direktori, padahal yang diminta berkas');
  });
});

describe('a server that cannot listen, in both languages', () => {
  it('EADDRINUSE: the port named, the sentence in --lang (not Node\'s "listen EADDRINUSE")', async () => {
    // A port held by this test: serve loads the seed, then cannot listen there.
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = String((blocker.address() as { port: number }).port);
    try {
      const en = await run(['serve', '--port', port, '--host', '0.0.0.0', '--lang', 'en']);
      const id = await run(['serve', '--port', port, '--host', '0.0.0.0', '--lang', 'id']);
      for (const out of [en, id]) {
        expect(out.code).toBe(1);
        expect(out.text).toMatch(new RegExp(`^EADDRINUSE: port ${port} `, 'm'));
        expect(out.text).not.toContain('listen EADDRINUSE');
      }
      const line = (text: string) => text.split('\n').find((l) => l.startsWith('EADDRINUSE'))!.slice(`EADDRINUSE: port ${port}`.length);
      expect(englishIn(line(en.text)).length).toBeGreaterThan(0);
      // "server" and "port" are Indonesian words too (KBBI); nothing else of the English sentence stays.
      const loanwords = new Set(['server', 'port']);
      expect(englishIn(line(id.text).replaceAll('rantai serve', '').replaceAll('--port', '')).filter((w) => !loanwords.has(w))).toEqual([]);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 60_000);

  it('a --host that names no machine: said in --lang, not "getaddrinfo ENOTFOUND"', async () => {
    const en = await run(['serve', '--port', '0', '--host', 'no-such-host.invalid', '--lang', 'en']);
    const id = await run(['serve', '--port', '0', '--host', 'no-such-host.invalid', '--lang', 'id']);
    expect(en).toMatchObject({ code: 1, text: expect.stringContaining('ENOTFOUND: no-such-host.invalid is not a host name this machine can find; choose another with --host') });
    expect(id).toMatchObject({ code: 1, text: expect.stringContaining('ENOTFOUND: nama host no-such-host.invalid tidak dapat ditemukan oleh mesin ini') });
    expect(id.text).not.toContain('getaddrinfo');
  }, 60_000);

  it('refuses a port beyond 65535 as a usage mistake, in --lang', async () => {
    const id = await run(['serve', '--port', '99999', '--lang', 'id']);
    expect(id.code).toBe(2);
    expect(id.text).toContain('--port harus nomor port dari 0 sampai 65535, tertulis "99999"');
  });
});
