import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Why a database file was moved aside: found damaged at open, or replaced by a restore. */
export type AsideKind = 'damaged' | 'before-restore';

/** A database file renamed aside (never deleted), as the 备份 dialog lists it: a name, never a path. */
export interface AsideFile {
  name: string;
  kind: AsideKind;
  movedAt: string;
  bytes: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The labels moveAside is given: recovery.ts stamps damaged files with the ISO time ([:.] → -),
// restoreDatabaseFile stamps replaced ones like backup names; a clash adds -2, -3 …
// The -wal/-shm moved with a file do not match (the pattern is anchored at the end).
function patterns(dbPath: string): Array<{ kind: AsideKind; re: RegExp; movedAt: (m: RegExpExecArray) => string }> {
  const base = escape(basename(dbPath));
  return [
    {
      kind: 'damaged',
      re: new RegExp(`^${base}\\.damaged-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-\\d+)?$`),
      movedAt: (m) => `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`,
    },
    {
      kind: 'before-restore',
      re: new RegExp(`^${base}\\.before-restore-(\\d{4})(\\d{2})(\\d{2})-(\\d{2})(\\d{2})(\\d{2})-(\\d{3})(?:-\\d+)?$`),
      movedAt: (m) => `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`,
    },
  ];
}

/** The files moved aside beside this database, newest first. Never throws for a missing folder. */
export function listAsideFiles(dbPath: string): AsideFile[] {
  if (dbPath === ':memory:') return [];
  const dir = dirname(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: AsideFile[] = [];
  for (const name of names) {
    for (const p of patterns(dbPath)) {
      const m = p.re.exec(name);
      if (!m) continue;
      const movedAt = p.movedAt(m);
      if (Number.isNaN(Date.parse(movedAt))) continue;
      try {
        const st = statSync(join(dir, name));
        if (st.isFile()) out.push({ name, kind: p.kind, movedAt, bytes: st.size });
      } catch {
        // Removed while listing.
      }
    }
  }
  return out.sort((a, b) => (a.movedAt < b.movedAt ? 1 : a.movedAt > b.movedAt ? -1 : a.name < b.name ? 1 : -1));
}
