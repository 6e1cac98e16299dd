import { readFileSync } from 'node:fs';

/**
 * CPU time used so far by this process and by its children that have exited (Linux's
 * cutime/cstime in /proc/self/stat), in milliseconds. A harness's cost per unit of work measured
 * in CPU rather than wall time does not change with what else the shared machine is running.
 */
export function cpuMs(): { self: number; children: number } {
  const u = process.cpuUsage();
  const self = (u.user + u.system) / 1000;
  try {
    // Fields after the command name: state is field 3, so cutime (16) and cstime (17) are 13 and 14 here.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return { self, children: ticks * 10 };
  } catch {
    return { self, children: Number.NaN };
  }
}
