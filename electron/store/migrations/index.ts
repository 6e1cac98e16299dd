import { sql as initial } from './0001-initial';
import { sql as search } from './0002-search';
import { sql as proofing } from './0003-proofing';
import { sql as layout } from './0004-layout';
import { sql as tags } from './0005-tags';
import { sql as lexicons } from './0006-lexicons';
import { sql as images } from './0007-images';
import { sql as uprightImages, uprightImageSizes } from './0008-upright-images';
import { sql as accounts, uniqueDisplayNames } from './0009-accounts';
import { sql as quality } from './0010-quality';
import { sql as editLeases } from './0011-edit-leases';
import { sql as storyKinds } from './0012-story-kinds';
import { pg as postgresBaseline } from './0012-postgres-baseline';
import { sql as userFonts, pg as userFontsPg } from './0013-user-fonts';
import { backfillSearch } from '../search-index';
import type { Db } from '../open-database';

export interface Migration {
  version: number;
  name: string;
  /** The change in SQLite's SQL. */
  sql: string;
  /**
   * The same change in PostgreSQL's. The first migration that has one is PostgreSQL's baseline
   * (the whole schema at that version); every migration after it must have one.
   */
  pg?: string;
  /** Rewrites data the SQL cannot (in the same transaction, after `sql`). */
  data?: (db: Db) => void;
  /** Rebuilds a table other tables reference: run with foreign keys off, checked before commit. */
  rebuildsTables?: boolean;
}

/**
 * Numbered migrations for both engines, applied in order; each together with the version bump in
 * one transaction (SQLite's user_version, PostgreSQL's banxin_schema row).
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'search', sql: search, data: backfillSearch },
  { version: 3, name: 'proofing', sql: proofing },
  { version: 4, name: 'layout', sql: layout },
  { version: 5, name: 'tags', sql: tags },
  { version: 6, name: 'lexicons', sql: lexicons },
  { version: 7, name: 'images', sql: images },
  { version: 8, name: 'upright-images', sql: uprightImages, data: uprightImageSizes },
  { version: 9, name: 'accounts', sql: accounts, data: uniqueDisplayNames },
  { version: 10, name: 'quality', sql: quality, rebuildsTables: true },
  { version: 11, name: 'edit-leases', sql: editLeases },
  { version: 12, name: 'story-kinds', sql: storyKinds, rebuildsTables: true, pg: postgresBaseline },
  { version: 13, name: 'user-fonts', sql: userFonts, pg: userFontsPg },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
