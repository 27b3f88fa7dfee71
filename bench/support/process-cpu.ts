import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';

export interface CpuTicks {
  user: number;
  system: number;
}

/**
 * utime and stime (fields 14 and 15) from a `/proc/<pid>/stat` line. The command name (field 2)
 * is in parentheses and may itself hold spaces and parentheses, so fields are counted from the
 * last `)`.
 */
export function parseProcStat(line: string): CpuTicks {
  const afterName = line
    .slice(line.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // afterName[0] is field 3 (state), so field n is afterName[n - 3].
  const user = Number(afterName[14 - 3]);
  const system = Number(afterName[15 - 3]);
  if (!Number.isInteger(user) || !Number.isInteger(system)) throw new Error(`not a /proc/<pid>/stat line: ${line}`);
  return { user, system };
}

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc's CPU times (almost always 100). */
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/**
 * CPU time (user + system, all threads) a process has used so far, read from outside it, so the
 * server under test needs no endpoint of its own for it. 10 ms resolution: a round of a few
 * seconds under load uses hundreds of ticks.
 */
export async function cpuTimeMs(pid: number): Promise<number> {
  const { user, system } = parseProcStat(await fs.readFile(`/proc/${pid}/stat`, 'utf8'));
  return ((user + system) * 1000) / clockTicks();
}
