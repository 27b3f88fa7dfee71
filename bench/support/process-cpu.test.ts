import { cpuTimeMs, parseProcStat } from './process-cpu';

describe('CPU time from /proc/<pid>/stat', () => {
  it('reads user and system ticks, counting fields after the command name', () => {
    const line =
      '4242 (node) S 1 4242 4242 0 -1 4194560 3021 0 0 0 1234 567 0 0 20 0 11 0 987654 1182113792 24000 18446744073709551615';
    expect(parseProcStat(line)).toEqual({ user: 1234, system: 567 });
  });

  it('is not misled by spaces and parentheses in the command name', () => {
    const line = '7 (my (odd) name) R 1 7 7 0 -1 0 0 0 0 0 42 8 0 0 20 0 1 0 100 1000 10';
    expect(parseProcStat(line)).toEqual({ user: 42, system: 8 });
  });

  it('refuses what is not a stat line', () => {
    expect(() => parseProcStat('no such thing')).toThrow(/not a \/proc/);
  });

  it('agrees with what the process itself counts (to the 10 ms clock tick)', async () => {
    const before = await cpuTimeMs(process.pid);
    const own = process.cpuUsage();
    // Busy for 200 ms of CPU (not of wall time: the machine may be shared).
    while (process.cpuUsage(own).user + process.cpuUsage(own).system < 200_000);
    const used = (await cpuTimeMs(process.pid)) - before;
    const ownMs = (process.cpuUsage(own).user + process.cpuUsage(own).system) / 1000;
    expect(Math.abs(used - ownMs)).toBeLessThanOrEqual(30);
  });
});
