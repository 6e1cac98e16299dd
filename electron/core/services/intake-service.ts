import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import type { ImportedStoryView, IntakeSource, RepairView } from '../../../shared/api/methods/intake';
import { StoryContentSchema, type StoryContent } from '../../../shared/model/story';
import { StructureEditError, applyStructureEdits, itemFields, structureFromStories, type StructureEdit, type StructureItem } from '../../../shared/model/structure-edits';
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

const FIELD_ZH: Record<string, string> = { kicker: '引题', headline: '主题', subhead: '副题', byline: '署名', dateline: '电头', body: '正文' };

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
async function parse(source: IntakeSource, rejected: ReadonlySet<string>, edits: readonly StructureEdit[], db?: Db): Promise<{ stories: ImportedStoryView[]; warnings: string[] }> {
  let result: { stories: ImportedStory[]; warnings: string[] };
  try {
    result = await importFile(toImportSource(source), undefined, { rejected });
  } catch (err) {
    if (err instanceof ImportError) throw new BanxinError('IMPORT_FAILED', { zh: err.messageZh, en: err.messageEn, details: err.code });
    throw err;
  }
  const found = result.stories.map((s, si) => {
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
    return { kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline, dateline: s.dateline, body, repairs, ...(s.page !== undefined ? { page: s.page } : {}) };
  });
  const items = restructure(structureFromStories(found), edits);
  const stories = items.map((item) => {
    const f = itemFields(item);
    // A found story's repairs are listed once, on the item that now holds its first line.
    const repairs = found.flatMap((s, origin) => (item.lines.some((l) => l.origin === origin && isFirstLineOf(items, l.id, origin)) ? s.repairs : []));
    const like = db ? findSimilarStory(db, f.body.join('\n')) : null;
    // An item is on the page of the found story its first line came from (after merges and splits too).
    const page = found[item.lines[0]?.origin ?? -1]?.page;
    return {
      ...f, repairs, lines: item.lines, charCount: countChars([f.kicker, f.headline, f.subhead, ...f.body].join('')),
      similar: like ? { ...like, message: similarWarning(like) } : null,
      ...(page !== undefined ? { page } : {}),
    };
  });
  const warnings = [...result.warnings];
  stories.forEach((s, i) => {
    if (s.similar) warnings.push(`第 ${i + 1} 篇《${s.headline || '无标题'}》：${s.similar.message}`);
  });
  return { stories, warnings };
}

/** The editor's structure edits on the importer's structure; one that does not fit is refused with its message. */
function restructure(base: StructureItem[], edits: readonly StructureEdit[]): StructureItem[] {
  try {
    return applyStructureEdits(base, edits);
  } catch (err) {
    if (err instanceof StructureEditError) throw new BanxinError('IMPORT_FAILED', { zh: err.zh, en: `Structure edit ${err.index + 1}: ${err.en}`, details: { structureEdit: err.index } });
    throw err;
  }
}

// Lines keep the order they had in the importer's items, so the first line of origin `o` found
// across the items in order is that story's first line.
function isFirstLineOf(items: readonly StructureItem[], id: string, origin: number): boolean {
  for (const it of items) for (const l of it.lines) if (l.origin === origin) return l.id === id;
  return false;
}

export function intakeService(c: CoreContext): Pick<Handlers, 'import.preview' | 'import.commit'> {
  return {
    // The preview compares every story with the 稿库 (已有相近稿件…); the commit stores what the editor kept.
    'import.preview': (p) => parse(p.source, new Set(p.rejectedRepairIds), p.structureEdits, c.db),
    'import.commit': async (p, ctx) => {
      const parsed = await parse(p.source, new Set(p.rejectedRepairIds), p.structureEdits);
      const skip = new Set(p.skipStories);
      const kept = parsed.stories.filter((_, i) => !skip.has(i));
      if (kept.length === 0) return { stories: [] };
      const contents = kept.map((s, i): StoryContent => {
        const content: StoryContent = {
          kind: s.kind, kicker: s.kicker, headline: s.headline, subhead: s.subhead, byline: s.byline, dateline: s.dateline,
          section: p.section, body: s.body.map((text) => ({ type: 'paragraph' as const, text })),
        };
        // A line given the 主题 role can be longer than a 主题 may be: refused before anything is stored.
        const ok = StoryContentSchema.safeParse(content);
        if (!ok.success) {
          const field = String(ok.error.issues[0]?.path[0] ?? '');
          throw new BanxinError('IMPORT_FAILED', { zh: `第 ${i + 1} 篇《${s.headline.slice(0, 20) || '无标题'}》的${FIELD_ZH[field] ?? field}超出长度限制，请调整行的角色`, en: `Item ${i + 1}: its ${field} is too long; give the lines other roles`, details: { field } });
        }
        return content;
      });
      // All stories of one import in one transaction: nothing is ever half-imported.
      const ids = write(c.db, () => {
        const at = isoNow(c.clock);
        return contents.map((content) => insertStory(c.db, content, ctx.session.userId, at, 'story.import'));
      });
      c.emit('stories.imported', { ids });
      return { stories: storiesRepo.summaries(c.db, ids) };
    },
  };
}
