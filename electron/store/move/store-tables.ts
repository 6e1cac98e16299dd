/**
 * Every table of the store that holds the newsroom's data, parents before children (so each
 * batch of a move satisfies its foreign keys), with the key a move walks it by. The search index
 * is not here: each engine builds its own from the stories (see move-store.ts).
 */
export interface StoreTable {
  name: string;
  /** Columns that order and resume the walk: the primary key. */
  key: readonly string[];
  /** An identity column whose sequence must follow the copied ids (PostgreSQL). */
  identity: boolean;
}

const withId = (name: string): StoreTable => ({ name, key: ['id'], identity: true });

export const STORE_TABLES: readonly StoreTable[] = [
  withId('users'),
  withId('stories'),
  withId('revisions'),
  withId('audit_log'),
  { name: 'settings', key: ['key'], identity: false },
  withId('corrections'),
  withId('reviews'),
  withId('issues'),
  withId('pages'),
  withId('frames'),
  withId('tags'),
  { name: 'story_tags', key: ['story_id', 'tag_id'], identity: false },
  { name: 'page_tags', key: ['page_id', 'tag_id'], identity: false },
  { name: 'tag_rejections', key: ['story_id', 'term'], identity: false },
  { name: 'tag_doc_terms', key: ['story_id'], identity: false },
  { name: 'tag_df', key: ['term'], identity: false },
  withId('lexicon_entries'),
  { name: 'lexicon_disabled_defaults', key: ['kind', 'wrong', 'right_form'], identity: false },
  withId('images'),
  withId('sign_in_sessions'),
  withId('quality_marks'),
  { name: 'edit_leases', key: ['kind', 'entity_id'], identity: false },
  { name: 'user_fonts', key: ['hash'], identity: false },
];

/** Tables a fresh store already has rows in (the shipped 栏目): a move replaces them with the source's. */
export const SEEDED_TABLES: readonly string[] = ['tags'];
