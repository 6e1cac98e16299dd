import type { Handlers } from '../../../shared/api/dispatcher';
import { BanxinError } from '../../../shared/api/errors';
import { subsume } from '../../../shared/tags/candidates';
import { IPTC_MEDIA_TOPICS, iptcTopic } from '../../../shared/tags/iptc-media-topics';
import { rankCandidates } from '../../../shared/tags/suggest';
import { TaxonomyIndex } from '../../../shared/tags/taxonomy';
import type { Suggestion, Tag, TagKind } from '../../../shared/tags/types';
import { auditRepo } from '../../store/audit-repo';
import { isoNow } from '../../store/clock';
import { storiesRepo, toContent } from '../../store/stories-repo';
import { tagsRepo, type TagFields } from '../../store/tags-repo';
import { write } from '../../store/write';
import { analyse, dbCorpus, headlineOf, storyText, syncCorpus } from '../../tags/corpus-sync';
import { loadSegmenter, type Segmenter } from '../../tags/jieba-segmenter';
import type { CoreContext } from '../context';

type TagHandlers = Pick<
  Handlers,
  | 'tags.list' | 'tags.create' | 'tags.update' | 'tags.merge' | 'tags.delete' | 'tags.iptc' | 'tags.suggest' | 'tags.suggestText'
  | 'tags.apply' | 'tags.remove' | 'tags.reject' | 'tags.forStory' | 'tags.forPage' | 'tags.applyToPage' | 'tags.removeFromPage'
  | 'tags.stories' | 'tags.cooccurrence'
>;

/** Stories (re)indexed for document frequencies per suggestion call, so no call waits long. */
const SYNC_BUDGET = 200;

export function tagsService(c: CoreContext): TagHandlers {
  // The taxonomy as a matcher, rebuilt after any change to the tags table made here.
  let taxonomy: TaxonomyIndex | null = null;
  const taxonomyIndex = (seg: Segmenter): TaxonomyIndex => {
    if (!taxonomy) {
      const tags = tagsRepo.list(c.db);
      taxonomy = new TaxonomyIndex(tags.map((t) => ({ id: t.id, name: t.name, kind: t.kind, synonyms: t.synonyms, titles: t.titles })));
      // The newsroom's names go into jieba's user dictionary so they segment whole.
      seg.addWords(tags.filter((t) => t.kind !== 'section').flatMap((t) => [t.name, ...t.synonyms].map((word) => ({ word, kind: t.kind }))));
    }
    return taxonomy;
  };
  const changed = (): void => {
    taxonomy = null;
  };

  const need = (id: number): Tag => {
    const t = tagsRepo.get(c.db, id);
    if (!t) throw new BanxinError('NOT_FOUND');
    return t;
  };
  const needStory = (id: number): void => {
    if (!storiesRepo.getRow(c.db, id)) throw new BanxinError('NOT_FOUND');
  };
  const needPage = (id: number): void => {
    if (!tagsRepo.pageExists(c.db, id)) throw new BanxinError('NOT_FOUND');
  };
  const duplicate = (kind: TagKind, name: string): BanxinError =>
    new BanxinError('CONFLICT', { zh: `已有同名标签：${name}`, en: `A ${kind} tag named ${name} already exists.`, details: { kind, name } });
  const checkFields = (f: TagFields, id: number | null): void => {
    if (f.iptcCode !== null && !iptcTopic(f.iptcCode)) {
      throw new BanxinError('VALIDATION', { zh: `未知的 IPTC 主题：${f.iptcCode}`, en: `Unknown IPTC Media Topic ${f.iptcCode}`, details: { iptcCode: f.iptcCode } });
    }
    if (f.parentId !== null) {
      need(f.parentId);
      if (id !== null && tagsRepo.isAncestorOrSelf(c.db, id, f.parentId)) {
        throw new BanxinError('VALIDATION', { zh: '标签不能成为自己的下级。', en: 'A tag cannot be placed under itself.', details: { parentId: f.parentId } });
      }
    }
    const same = tagsRepo.find(c.db, f.kind, f.name);
    if (same && same.id !== id) throw duplicate(f.kind, f.name);
  };
  const audit = (userId: number | null, action: string, entityId: number, detail: string): void =>
    auditRepo.record(c.db, { at: isoNow(c.clock), userId, action, entity: 'tag', entityId, detail });

  /** Suggestions for a text: the archive is brought up to date (within budget) first. */
  const suggest = async (text: string, headline: string, date: string, exclude: ReadonlySet<string>, limit: number): Promise<Suggestion[]> => {
    const seg = await loadSegmenter();
    const index = taxonomyIndex(seg);
    syncCorpus(c.db, seg, SYNC_BUDGET);
    const { candidates } = analyse(seg, text);
    return rankCandidates({ headline, text, corpus: dbCorpus(c.db), taxonomy: index, date, exclude, limit }, subsume(candidates));
  };

  return {
    'tags.list': (p) => tagsRepo.list(c.db, p),

    'tags.create': (p, ctx) => {
      const id = write(c.db, () => {
        const f: TagFields = { name: p.name, kind: p.kind, parentId: p.parentId, synonyms: p.synonyms, iptcCode: p.iptcCode, titles: p.titles };
        checkFields(f, null);
        const id = tagsRepo.insert(c.db, f, isoNow(c.clock));
        audit(ctx.session.userId, 'tag.create', id, `${p.kind}:${p.name}`);
        return id;
      });
      changed();
      return need(id);
    },

    'tags.update': (p, ctx) => {
      write(c.db, () => {
        const t = need(p.id);
        const f: TagFields = {
          name: p.name ?? t.name, kind: p.kind ?? t.kind, parentId: p.parentId === undefined ? t.parentId : p.parentId,
          synonyms: p.synonyms ?? t.synonyms, iptcCode: p.iptcCode === undefined ? t.iptcCode : p.iptcCode, titles: p.titles ?? t.titles,
        };
        checkFields(f, t.id);
        tagsRepo.update(c.db, t.id, f, isoNow(c.clock));
        audit(ctx.session.userId, 'tag.update', t.id, f.name === t.name ? f.name : `${t.name} → ${f.name}`);
      });
      changed();
      return need(p.id);
    },

    'tags.merge': (p, ctx) => {
      if (p.fromId === p.intoId) throw new BanxinError('VALIDATION', { zh: '不能把标签合并到自身。', en: 'A tag cannot be merged into itself.' });
      write(c.db, () => {
        const from = need(p.fromId);
        const into = need(p.intoId);
        // The old name keeps finding the merged tag: it becomes a synonym.
        const synonyms = [...new Set([...into.synonyms, from.name, ...from.synonyms])].filter((s) => s !== into.name);
        if (into.parentId !== null && tagsRepo.isAncestorOrSelf(c.db, from.id, into.parentId)) {
          tagsRepo.update(c.db, into.id, { ...into, parentId: from.parentId === into.id ? null : from.parentId, synonyms }, isoNow(c.clock));
        } else {
          tagsRepo.update(c.db, into.id, { ...into, synonyms, titles: [...into.titles, ...from.titles] }, isoNow(c.clock));
        }
        tagsRepo.merge(c.db, from.id, into.id);
        audit(ctx.session.userId, 'tag.merge', into.id, `${from.name} → ${into.name}`);
      });
      changed();
      return need(p.intoId);
    },

    'tags.delete': (p, ctx) => {
      write(c.db, () => {
        const t = need(p.id);
        tagsRepo.delete(c.db, t.id);
        audit(ctx.session.userId, 'tag.delete', t.id, `${t.kind}:${t.name}`);
      });
      changed();
      return { deleted: true as const };
    },

    'tags.iptc': () => IPTC_MEDIA_TOPICS.map((t) => ({ ...t })),

    'tags.suggest': async (p) => {
      const row = storiesRepo.getRow(c.db, p.storyId);
      if (!row) throw new BanxinError('NOT_FOUND');
      const content = toContent(row);
      const exclude = new Set([...tagsRepo.storyTags(c.db, p.storyId).map((t) => t.name), ...tagsRepo.rejections(c.db, p.storyId)]);
      return suggest(storyText(content), headlineOf(content), row.updated_at.slice(0, 10), exclude, p.limit);
    },

    'tags.suggestText': (p) => suggest(p.text, p.headline, p.date ?? isoNow(c.clock).slice(0, 10), new Set(), p.limit),

    'tags.apply': (p, ctx) => {
      write(c.db, () => {
        needStory(p.storyId);
        const at = isoNow(c.clock);
        const ids = p.tagIds.map((id) => need(id).id);
        for (const { name, kind } of p.names) {
          // A name the taxonomy knows (as a name or synonym) means that tag; otherwise a new one.
          const known = kind ? tagsRepo.find(c.db, kind, name) : tagsRepo.list(c.db).find((t) => t.name === name) ?? tagsRepo.list(c.db).find((t) => t.synonyms.includes(name));
          if (known) ids.push(known.id);
          else {
            const id = tagsRepo.insert(c.db, { name, kind: kind ?? 'keyword', parentId: null, synonyms: [], iptcCode: null, titles: [] }, at);
            audit(ctx.session.userId, 'tag.create', id, `${kind ?? 'keyword'}:${name}`);
            ids.push(id);
            changed();
          }
        }
        for (const id of ids) {
          if (tagsRepo.tagStory(c.db, p.storyId, id, p.source, ctx.session.userId, at)) {
            auditRepo.record(c.db, { at, userId: ctx.session.userId, action: 'story.tag', entity: 'story', entityId: p.storyId, detail: String(id) });
          }
        }
      });
      return tagsRepo.storyTags(c.db, p.storyId);
    },

    'tags.remove': (p, ctx) => {
      write(c.db, () => {
        needStory(p.storyId);
        if (!tagsRepo.untagStory(c.db, p.storyId, p.tagId)) throw new BanxinError('NOT_FOUND');
        auditRepo.record(c.db, { at: isoNow(c.clock), userId: ctx.session.userId, action: 'story.untag', entity: 'story', entityId: p.storyId, detail: String(p.tagId) });
      });
      return tagsRepo.storyTags(c.db, p.storyId);
    },

    'tags.reject': (p) => {
      write(c.db, () => {
        needStory(p.storyId);
        tagsRepo.reject(c.db, p.storyId, p.tag);
      });
      return { rejected: tagsRepo.rejections(c.db, p.storyId) };
    },

    'tags.forStory': (p) => {
      needStory(p.storyId);
      return tagsRepo.storyTags(c.db, p.storyId);
    },

    'tags.forPage': (p) => {
      needPage(p.pageId);
      return tagsRepo.pageTags(c.db, p.pageId);
    },

    'tags.applyToPage': (p, ctx) => {
      write(c.db, () => {
        needPage(p.pageId);
        const at = isoNow(c.clock);
        for (const id of p.tagIds) tagsRepo.tagPage(c.db, p.pageId, need(id).id, ctx.session.userId, at);
      });
      return tagsRepo.pageTags(c.db, p.pageId);
    },

    'tags.removeFromPage': (p) => {
      write(c.db, () => {
        needPage(p.pageId);
        if (!tagsRepo.untagPage(c.db, p.pageId, p.tagId)) throw new BanxinError('NOT_FOUND');
      });
      return tagsRepo.pageTags(c.db, p.pageId);
    },

    'tags.stories': (p) => {
      need(p.tagId);
      const { total, ids } = tagsRepo.storyIds(c.db, p.tagId, p.offset, p.limit);
      return { total, items: storiesRepo.summaries(c.db, ids) };
    },

    'tags.cooccurrence': (p) => {
      if (p.tagId !== undefined) need(p.tagId);
      const rows = tagsRepo.cooccurrence(c.db, p.tagId ?? null, p.limit);
      const tags = new Map(tagsRepo.list(c.db).map((t) => [t.id, t]));
      return rows.flatMap((r) => {
        const a = tags.get(r.a);
        const b = tags.get(r.b);
        return a && b ? [{ a, b, count: r.count }] : [];
      });
    },
  };
}
