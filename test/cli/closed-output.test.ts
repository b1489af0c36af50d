// Where the command's output goes, when it cannot take it: a reader that stops reading (`| head -1`,
// the pipe closed under a long output) ends the command quietly, as command-line tools do, and a
// full disk (`> /dev/full`) is told in --lang after its code. Both stopped Node with its own stack
// trace ("Unhandled 'error' event … EPIPE", "ENOSPC … at writeSync").
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.ts';

const sh = (command: string) => spawnSync('bash', ['-c', command], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' }, timeout: 120_000 });

describe('the output stream closed or full', () => {
  it('a pipe closed by its reader: the first line, no stack, exit 0', () => {
    // 1,000 recommendations as pretty JSON: far more than the pipe holds once head has gone.
    const r = sh('node bin/rantai.mjs analyse missing-links --limit 1000 | head -1; echo "exit=${PIPESTATUS[0]}" >&2');
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('exit=0\n');
  });

  it('a full disk: the code, then the sentence in --lang, exit 1', () => {
    const id = sh('node bin/rantai.mjs validate seed/indonesia --lang id > /dev/full; echo "exit=$?" >&2');
    expect(id.stderr).toBe('ENOSPC: ruang disk habis\nexit=1\n');
    const en = sh('node bin/rantai.mjs validate seed/indonesia > /dev/full; echo "exit=$?" >&2');
    expect(en.stderr).toBe('ENOSPC: no space left on the disk\nexit=1\n');
  });
});
