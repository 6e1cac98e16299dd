import type { ImageSummary } from '../../shared/api/methods/images';
import type { Db } from './open-database';
import { stmt, insertId } from './write';

const COLUMNS = 'id, name, format, width, height, components, bit_depth AS bitDepth, alpha, byte_length AS byteLength, hash, created_at AS createdAt';

type Row = Omit<ImageSummary, 'alpha'> & { alpha: number };
const toSummary = (r: Row): ImageSummary => ({ ...r, alpha: r.alpha === 1 });

/** Pictures and their bytes (the `images` table). */
export const imagesRepo = {
  list(db: Db): ImageSummary[] {
    return (stmt(db, `SELECT ${COLUMNS} FROM images ORDER BY id DESC`).all() as Row[]).map(toSummary);
  },
  get(db: Db, id: number): ImageSummary | undefined {
    const r = stmt(db, `SELECT ${COLUMNS} FROM images WHERE id = ?`).get(id) as Row | undefined;
    return r ? toSummary(r) : undefined;
  },
  byHash(db: Db, hash: string): ImageSummary | undefined {
    const r = stmt(db, `SELECT ${COLUMNS} FROM images WHERE hash = ?`).get(hash) as Row | undefined;
    return r ? toSummary(r) : undefined;
  },
  data(db: Db, id: number): Buffer | undefined {
    return (stmt(db, 'SELECT data FROM images WHERE id = ?').get(id) as { data: Buffer } | undefined)?.data;
  },
  insert(db: Db, i: Omit<ImageSummary, 'id' | 'byteLength'>, data: Uint8Array, by: number | null): number {
    return insertId(
      db, 'INSERT INTO images(name, format, width, height, components, bit_depth, alpha, byte_length, hash, data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      i.name, i.format, i.width, i.height, i.components, i.bitDepth, i.alpha ? 1 : 0, data.length, i.hash, data, i.createdAt, by,
    );
  },
};
