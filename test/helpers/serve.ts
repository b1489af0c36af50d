// `rantai serve` run as a child process through the real executable, on the seed with an empty
// data folder (so no upload another test kept is served): resolves once its stdout matches
// `ready` (the line saying where it listens), with what it has written so far and a stop that
// sends SIGTERM and resolves with the exit code.
import { spawn } from 'node:child_process';
import { REPO } from './cli.ts';

export interface ServeChild {
  /** The match of `ready` on stdout. */
  listening: RegExpExecArray;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

export async function serveChild(args: string[], dataDir: string, ready: RegExp): Promise<ServeChild> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: '', RANTAI_WRITE_TOKEN: '', RANTAI_DATA_DIR: dataDir };
  // The default interface is what some tests check: HOST from the caller's shell must not decide it.
  delete env.HOST;
  const child = spawn(process.execPath, ['bin/rantai.mjs', 'serve', '--port', '0', ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m);
    });
    void exit.then(() => reject(new Error(`rantai serve exited before it listened:\n${out}\n${err}`)));
  });
  return {
    listening,
    stderr: () => err,
    stop: async () => {
      child.kill('SIGTERM');
      return exit;
    },
  };
}
