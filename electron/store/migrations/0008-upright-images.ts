import { readImageHeader } from '../../images/image-header';
import type { Db } from '../open-database';

/**
 * Pictures imported before Banxin read EXIF orientation kept the sensor's width and height, so a
 * phone portrait (orientation 5–8) was placed as a wide frame and its ppi counted on the wrong
 * side. A data-only migration: every stored JPEG's size is read again from its own header, as
 * an import does today. Idempotent: rows already upright are left as they are.
 */
export const sql = '-- data only: see uprightImageSizes';

/** Re-read each stored JPEG's upright size and correct rows that hold the sideways one. */
export function uprightImageSizes(db: Db): void {
  const ids = (db.prepare("SELECT id FROM images WHERE format = 'jpeg'").all() as Array<{ id: number }>).map((r) => r.id);
  const read = db.prepare('SELECT width, height, data FROM images WHERE id = ?');
  const update = db.prepare('UPDATE images SET width = ?, height = ? WHERE id = ?');
  // One picture's bytes in memory at a time: a paper's archive can hold thousands.
  for (const id of ids) {
    const row = read.get(id) as { width: number; height: number; data: Buffer };
    let upright: { width: number; height: number };
    try {
      upright = readImageHeader(row.data);
    } catch {
      continue; // Bytes that no longer parse keep their row as it was; the export reports them.
    }
    if (upright.width !== row.width || upright.height !== row.height) update.run(upright.width, upright.height, id);
  }
}
