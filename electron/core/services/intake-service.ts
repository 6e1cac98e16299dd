import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { ImportedStoryView, IntakeSource, RepairView } from '../../../shared/api/methods/intake';
import type { StoryContent } from '../../../shared/model/story';
import { checkText } from '../../../shared/proof';
import { countChars } from '../../../shared/text';
import { ImportError, importFile, type ImportedStory, type ImportSource } from '../../import';
import { isoNow } from '../../store/clock';
import { storiesRepo } from '../../store/stories-repo';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import type { Db } from '../../store/open-database';
import { findSimilarStory, similarWarning } from './similar-stories';
import { insertStory } from './story-writer';

/** Checker categories whose fixes are proposed as intake repairs: extraction damage, not style. */
const INTAKE_FIX_CATEGORIES = ['halfwidth-punct', 'quote-style', 'fullwidth-alnum'] as const;

function toImportSource(source: IntakeSource): ImportSource {
  if ('file' in source) return { name: source.file.name, bytes: new Uint8Array(Buffer.from(source.file.dataBase64, 'base64')) };
  return { name: 'paste.txt', text: source.paste.text, ...(source.paste.html !== undefined ? { html: source.paste.html } : {}) };
}

/**
 * Ids for punctuation repairs that survive the editor's other choices: a rejected space removal or
 * paragraph rejoin shifts offsets and paragraph numbers, so an id made of those would name a
 * different repair (or none) on commit and a rejected fix would be applied anyway. The id is the
 * mark with its neighbours, spaces ignored, plus an ordinal for repeats within the story.
 */
function punctRepairIds(story: number, text: string, fixes: readonly { start: number; end: number }[], seen: Map<string, number>): string[] {
  return fixes.map((f) => {
    const left = text.slice(Math.max(0, f.start - 12), f.start).replace(/\s+/g, '').slice(-4);
    const right = text.slice(f.end, f.end + 12).replace(/\s+/g, '').slice(0, 4);
    const key = `punct:${story}:${left}[${text.slice(f.start, f.end)}]${right}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/**
 * The importer's stories plus one more family of reviewable repairs: ASCII punctuation in Chinese
 * context made full-width, proposed by the proofreading checker (so intake and proofreading agree
 * on what is an error, e.g. 8.7%, 1,256.3 and 19:30 stay). Rejected ids are left as they were.
 */
async function parse(source: IntakeSource, rejected: ReadonlySet<string>, db?: Db): Promise<{ stories: ImportedStoryView[]; warnings: string[] }> {
  let result: { stories: ImportedStory[]; warnings: string[] };
  try {
    result = await importFile(toImportSource(source), undefined, { rejected });
  } catch (err) {
    if (err instanceof ImportError) throw new BanxinError('IMPORT_FAILED', { zh: err.messageZh, en: err.messageEn, details: err.code });
    throw err;
  }
  const stories = result.stories.map((s, si) => {
    const repairs: RepairView[] = s.repairs.map((r) => ({ id: r.id, kind: r.kind, before: r.before, after: r.after, reason: r.reason, accepted: r.accepted }));
    const seen = new Map<string, number>();
    const body = s.body.map((text) => {
      const fixes = checkText(text, { categories: [...INTAKE_FIX_CATEGORIES] });
      let out = text;
      const ids = punctRepairIds(si, text, fixes, seen);
      // Apply from the end so earlier offsets stay valid.
      for (const [k, f] of [...fixes.entries()].sort((a, b) => b[1].start - a[1].start)) {
        const id = ids[k]!;
        const accepted = !rejected.has(id);
        repairs.push({ id, kind: 'fullwidth-punct', before: text.slice(Math.max(0, f.start - 6), f.end + 6), after: `${text.slice(Math.max(0, f.start - 6), f.start)}${f.suggestion}${text.slice(f.end, f.end + 6)}`, reason: f.message, accepted });
        if (accepted) out = out.slice(0, f.start) + f.suggestion + out.slice(f.end);
      }
      return out;
    });
    const found = db ? findSimilarStory(db, body.join('\n')) : null;
    return {
      kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline, dateline: s.dateline,
      body, repairs, charCount: countChars([s.kicker, s.headline, s.subhead, ...body].join('')),
      similar: found ? { ...found, message: similarWarning(found) } : null,
    };
  });
  const warnings = [...result.warnings];
  stories.forEach((s, i) => {
    if (s.similar) warnings.push(`第 ${i + 1} 篇《${s.headline || '无标题'}》：${s.similar.message}`);
  });
  return { stories, warnings };
}

export function intakeService(c: CoreContext): Pick<Handlers, 'import.preview' | 'import.commit'> {
  return {
    // The preview compares every story with the 稿库 (已有相近稿件…); the commit stores what the editor kept.
    'import.preview': (p) => parse(p.source, new Set(p.rejectedRepairIds), c.db),
    'import.commit': async (p, ctx) => {
      const parsed = await parse(p.source, new Set(p.rejectedRepairIds));
      const skip = new Set(p.skipStories);
      const kept = parsed.stories.filter((_, i) => !skip.has(i));
      if (kept.length === 0) return { stories: [] };
      // All stories of one import in one transaction: nothing is ever half-imported.
      const ids = write(c.db, () => {
        const at = isoNow(c.clock);
        return kept.map((s) => {
          const content: StoryContent = {
            kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline, dateline: s.dateline,
            section: p.section, body: s.body.map((text) => ({ type: 'paragraph' as const, text })),
          };
          return insertStory(c.db, content, ctx.session.userId, at, 'story.import');
        });
      });
      c.emit('stories.imported', { ids });
      return { stories: storiesRepo.summaries(c.db, ids) };
    },
  };
}
