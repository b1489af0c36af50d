// Runs the real `rantai` executable (bin/rantai.mjs) in a child process, or its dispatcher in process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../server/cli/index.ts';

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

/** The dispatcher (server/cli/index.ts) run in process: its exit code, and what it wrote to stdout and stderr as one text. */
export async function runCli(argv: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await main(argv, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
  return { code, text: lines.join('\n') };
}
