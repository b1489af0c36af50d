// Who holds a load lock, for people (user@host pid N) and for a later load on the same machine
// that must tell whether the holder process still lives. "The same machine" is the host name plus,
// on Linux, the boot id and the PID namespace: two containers share the first two, never the last.
import { createHash } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';

export interface LockHolder {
  owner: string;
  host: string;
  machine: string;
  pid: number;
}

function tryRead(read: () => string): string {
  try {
    return read().trim();
  } catch {
    return '';
  }
}

let machine: string | undefined;

/**
 * This machine, as stored in the lock: a SHA-256 of the three, so that the lock node (readable
 * through the Cypher console during a load) does not show the boot id.
 */
export function machineId(): string {
  machine ??= createHash('sha256')
    .update([os.hostname(), tryRead(() => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')), tryRead(() => readlinkSync('/proc/self/ns/pid'))].join('|'))
    .digest('hex');
  return machine;
}

export function thisHolder(): LockHolder {
  const user = tryRead(() => os.userInfo().username) || 'unknown';
  return { owner: `${user}@${os.hostname()} pid ${process.pid}`, host: os.hostname(), machine: machineId(), pid: process.pid };
}

/** Whether the holder is a process of this machine that no longer exists (false when unsure). */
export function holderIsGone(holder: { machine?: unknown; pid?: unknown }): boolean {
  if (holder.machine !== machineId() || typeof holder.pid !== 'number') return false;
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
