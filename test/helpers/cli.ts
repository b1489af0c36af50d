// Runs the real `rantai` executable (bin/rantai.mjs) in a child process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function rantai(args: string[], env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/rantai.mjs', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
