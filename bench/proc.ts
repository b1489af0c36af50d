// A process's CPU time as Linux accounts it (/proc/<pid>/stat), every thread included: what a bench
// prints beside wall time when the question is how much work a process did, not how long it took
// (a load into Neo4j on two cores: is Neo4j busy, and doing more or less than the peer's load?).
import { readFile } from 'node:fs/promises';

const TICK = 100; // clock ticks per second in /proc/<pid>/stat (USER_HZ on Linux)

/** User + system CPU seconds of `pid` so far (garbage collection and JIT threads included). */
export async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICK; // utime + stime
}

/** This process's own CPU seconds so far (every thread: the driver, V8's collector). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}
