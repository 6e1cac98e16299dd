import { createHash } from 'node:crypto';
import { diffChars } from '../../../shared/diff/char-diff';
import { positionMapper } from '../../../shared/diff/position-map';
import type { StoryContent } from '../../../shared/model/story';
import { countChars } from '../../../shared/text';
import { auditRepo } from '../../store/audit-repo';
import type { Db } from '../../store/open-database';
import { correctionsRepo, reviewsRepo } from '../../store/proofing-repo';
import { revisionsRepo } from '../../store/revisions-repo';
import { bodyText, storiesRepo } from '../../store/stories-repo';

/** 字数 of a story: headline roles and body, counted as Chinese newsrooms count (characters). */
export function storyCharCount(c: StoryContent): number {
  return countChars([c.kicker, c.headline, c.subhead, bodyText(c.body)].join(''));
}

/** The hash a sign-off is bound to: exactly the content, canonically serialised. */
export function contentHash(c: StoryContent): string {
  const canonical: StoryContent = {
    kind: c.kind, kicker: c.kicker, headline: c.headline, subhead: c.subhead, byline: c.byline, dateline: c.dateline, section: c.section,
    body: c.body.map((b) => ({ type: b.type, text: b.text, ...(b.marks?.length ? { marks: b.marks.map((m) => ({ type: m.type, start: m.start, end: m.end })) } : {}) })),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** Insert a story with its first revision and audit entry — inside the caller's transaction. */
export function insertStory(db: Db, content: StoryContent, userId: number | null, at: string, action = 'story.create'): number {
  const charCount = storyCharCount(content);
  const id = storiesRepo.insert(db, content, { ownerId: userId, charCount, at, status: 'draft' });
  revisionsRepo.insert(db, { storyId: id, number: 1, authorId: userId, at, content, hash: contentHash(content), charCount });
  auditRepo.record(db, { at, userId, action, entity: 'story', entityId: id, detail: content.headline });
  return id;
}

/**
 * Write a new revision of a story — run inside the caller's IMMEDIATE transaction. Besides the
 * row and the immutable revision, this keeps the proofreading state true to the new text: open
 * corrections are mapped through the edit (or marked stale when the text they marked changed),
 * and every review of the old content is voided.
 */
export function commitContent(db: Db, a: { id: number; previous: StoryContent; previousRevision: number; content: StoryContent; userId: number | null; at: string; action: string }): number {
  const number = a.previousRevision + 1;
  const charCount = storyCharCount(a.content);
  storiesRepo.update(db, a.id, a.content, { charCount, revision: number, at: a.at });
  const hash = contentHash(a.content);
  revisionsRepo.insert(db, { storyId: a.id, number, authorId: a.userId, at: a.at, content: a.content, hash, charCount });
  auditRepo.record(db, { at: a.at, userId: a.userId, action: a.action, entity: 'story', entityId: a.id, detail: `r${number}` });

  const oldText = bodyText(a.previous.body);
  const newText = bodyText(a.content.body);
  if (oldText !== newText) {
    const map = positionMapper(diffChars(oldText, newText));
    for (const c of correctionsRepo.open(db, a.id)) {
      const start = c.start === c.end ? map(c.start, -1) : map(c.start, 1);
      const end = c.start === c.end ? start : Math.max(start, map(c.end, -1));
      const still = newText.slice(start, end) === c.original;
      correctionsRepo.move(db, c.id, start, end, still ? 'open' : 'stale');
    }
  }
  if (contentHash(a.previous) !== hash && reviewsRepo.voidAll(db, a.id, a.at) > 0) {
    const row = storiesRepo.getRow(db, a.id);
    if (row && (row.status === 'signed-off' || row.status === 'awaiting-signoff')) {
      storiesRepo.setStatus(db, a.id, 'editing', a.at);
      auditRepo.record(db, { at: a.at, userId: a.userId, action: 'story.signoff-voided', entity: 'story', entityId: a.id, detail: '内容改动，签发失效' });
    }
  }
  return number;
}
