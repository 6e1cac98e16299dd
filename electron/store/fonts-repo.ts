import type { Db } from './engine/sql-db';
import { stmt } from './write';

/** The newsroom's own font files, by content hash (migration 0013). */
export const fontsRepo = {
  /** True when the font was new. */
  insert(db: Db, f: { hash: string; extension: string; data: Buffer; at: string }): boolean {
    return stmt(db, 'INSERT INTO user_fonts(hash, extension, data, added_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(f.hash, f.extension, f.data, f.at).changes > 0;
  },
  list(db: Db): Array<{ hash: string; extension: string }> {
    return stmt(db, 'SELECT hash, extension FROM user_fonts ORDER BY hash').all() as Array<{ hash: string; extension: string }>;
  },
  data(db: Db, hash: string): Buffer | undefined {
    return (stmt(db, 'SELECT data FROM user_fonts WHERE hash = ?').get(hash) as { data: Buffer } | undefined)?.data;
  },
};
