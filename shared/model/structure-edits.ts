import { z } from 'zod';
import { StoryKindSchema, type StoryKind } from './story';

/**
 * The editor's fixes to the importer's structure, made in the import preview before anything is
 * stored: merge an item into the one before it, split an item at a line, give a line another
 * role, give an item another kind. The edits are a list applied in order to the structure the
 * importer found; the renderer applies them for the live preview and the core applies the same
 * list again when committing (never trusting the renderer's result), so both see one result.
 */

/** What a line of an imported item is: 引题, 主题, 副题, 署名, 电头, 图片说明, 正文, 落款. */
export const LINE_ROLES = ['kicker', 'headline', 'subhead', 'byline', 'dateline', 'caption', 'body', 'signature'] as const;
export const LineRoleSchema = z.enum(LINE_ROLES);
export type LineRole = z.infer<typeof LineRoleSchema>;

/** A line id as produced by {@link lineIds}: bounded so a request stays small. */
const LineId = z.string().min(1).max(80);

export const StructureEditSchema = z.discriminatedUnion('op', [
  /** The item that starts at `line` joins the item before it. */
  z.object({ op: z.literal('merge'), line: LineId }).strict(),
  /** A new item starts at `line` (which must not already start one). */
  z.object({ op: z.literal('split'), line: LineId }).strict(),
  /** `line` takes `role`. */
  z.object({ op: z.literal('role'), line: LineId, role: LineRoleSchema }).strict(),
  /** The item holding `line` becomes a `kind`. */
  z.object({ op: z.literal('kind'), line: LineId, kind: StoryKindSchema }).strict(),
]);
export type StructureEdit = z.infer<typeof StructureEditSchema>;

/** More edits than anyone makes on one page: the bound keeps a request small. */
export const MAX_STRUCTURE_EDITS = 2000;
export const StructureEditsSchema = z.array(StructureEditSchema).max(MAX_STRUCTURE_EDITS);

export interface StructureLine {
  /** Stable across re-parses with other repair choices: see {@link lineIds}. */
  id: string;
  role: LineRole;
  text: string;
  /** Position of the importer's item this line came from (its repairs and duplicate check follow it). */
  origin: number;
}

export interface StructureItem {
  kind: StoryKind;
  lines: StructureLine[];
}

/** An edit that does not fit the structure, with its position in the list and a message in both languages. */
export class StructureEditError extends Error {
  constructor(
    readonly index: number,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`structure edit ${index + 1}: ${en}`);
    this.name = 'StructureEditError';
  }
}

// Repairs change punctuation width, spaces and line ends, never how a line starts: the key is
// the line's start with those differences removed.
const KEY_CHARS = 12;
function lineKey(text: string): string {
  return [...text.normalize('NFKC').replace(/[\s\u3000]+/g, '')].slice(0, KEY_CHARS).join('') || '∅';
}

/**
 * Ids for the lines of a page in reading order: the start of the line (width of punctuation and
 * spaces ignored, whole code points so 𠮷 is never cut) plus an ordinal among lines that start
 * alike. An edit names lines by these ids, not by position, so rejecting a paragraph rejoin or a
 * headline split between preview and commit cannot make an edit land on another line: the line
 * keeps its id, or the id is gone and the edit is refused.
 */
export function lineIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const key = lineKey(t);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/** The fields an item's lines make (the story model's), body lines in order. */
export interface ItemFields {
  kind: StoryKind;
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  body: string[];
}

// Two lines of one title printed over two lines join with nothing between them (CJK); Latin
// letters or digits on both sides of the join keep a space.
function joinTitle(parts: string[]): string {
  return parts.reduce((acc, p) => (acc === '' ? p : /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(p) ? `${acc} ${p}` : acc + p), '');
}

/**
 * An item as story fields. 主题 lines join as one title; 引题, 副题 and 署名 lines with a space
 * (the importer's own convention); 正文, 图片说明 and 落款 lines are body paragraphs in order (the
 * story model has no separate field for them: a caption or a signature is printed as copy).
 */
export function itemFields(item: StructureItem): ItemFields {
  const of = (role: LineRole): string[] => item.lines.filter((l) => l.role === role).map((l) => l.text);
  return {
    kind: item.kind,
    kicker: of('kicker').join(' '),
    headline: joinTitle(of('headline')),
    subhead: of('subhead').join(' '),
    byline: of('byline').join(' '),
    dateline: of('dateline').join(''),
    body: item.lines.filter((l) => l.role === 'body' || l.role === 'caption' || l.role === 'signature').map((l) => l.text),
  };
}

/**
 * The structure of a page from the importer's stories: per story its 引题, 主题, 副题, 署名 and 电头
 * (each a line when present) and its body paragraphs. `itemFields` of each item gives the story back.
 */
export function structureFromStories(stories: readonly ItemFields[]): StructureItem[] {
  const rows: Array<{ origin: number; role: LineRole; text: string }> = [];
  stories.forEach((s, origin) => {
    const head: Array<[LineRole, string]> = [['kicker', s.kicker], ['headline', s.headline], ['subhead', s.subhead], ['byline', s.byline], ['dateline', s.dateline]];
    for (const [role, text] of head) if (text !== '') rows.push({ origin, role, text });
    for (const text of s.body) rows.push({ origin, role: 'body', text });
  });
  const ids = lineIds(rows.map((r) => r.text));
  return stories.map((s, origin) => ({
    kind: s.kind,
    lines: rows.flatMap((r, k) => (r.origin === origin ? [{ id: ids[k] as string, role: r.role, text: r.text, origin }] : [])),
  }));
}

/**
 * Applies the edits in order; each sees the result of the ones before (so an item split off by
 * one edit can be given a kind by the next). Pure and deterministic. An item left with no lines
 * never occurs: a merge moves all lines, a split leaves at least one line on each side. Throws
 * {@link StructureEditError} for an edit that does not fit: an unknown line, a merge of the first
 * item or of a line that does not start an item, a split where an item already starts.
 */
export function applyStructureEdits(base: readonly StructureItem[], edits: readonly StructureEdit[]): StructureItem[] {
  let items = base.map((it) => ({ kind: it.kind, lines: [...it.lines] }));
  edits.forEach((e, index) => {
    const fail = (zh: string, en: string): never => {
      throw new StructureEditError(index, `第 ${index + 1} 项结构修改无效：${zh}`, en);
    };
    const at = locate(items, e.line);
    if (!at) fail(`找不到行“${e.line}”（导入内容已变化？请重新预览）`, `no line "${e.line}" (did the copy change? preview again)`);
    const { item, line } = at as { item: number; line: number };
    const target = items[item] as StructureItem;
    switch (e.op) {
      case 'merge': {
        if (line !== 0) fail('只能把一篇稿件的第一行与上一篇合并', 'only the first line of an item can merge it with the previous item');
        if (item === 0) fail('第一篇稿件之前没有可以合并的稿件', 'the first item has no previous item to merge with');
        const prev = items[item - 1] as StructureItem;
        items = [...items.slice(0, item - 1), { kind: prev.kind, lines: [...prev.lines, ...target.lines] }, ...items.slice(item + 1)];
        break;
      }
      case 'split': {
        if (line === 0) fail('这一行已是一篇稿件的开头', 'this line already starts an item');
        const first = { kind: target.kind, lines: target.lines.slice(0, line) };
        const second = { kind: target.kind, lines: target.lines.slice(line) };
        items = [...items.slice(0, item), first, second, ...items.slice(item + 1)];
        break;
      }
      case 'role': {
        const lines = target.lines.map((l, k) => (k === line ? { ...l, role: e.role } : l));
        items = items.map((it, k) => (k === item ? { kind: it.kind, lines } : it));
        break;
      }
      case 'kind': {
        items = items.map((it, k) => (k === item ? { kind: e.kind, lines: it.lines } : it));
        break;
      }
    }
  });
  return items;
}

function locate(items: readonly StructureItem[], id: string): { item: number; line: number } | null {
  for (let i = 0; i < items.length; i++) {
    const line = (items[i] as StructureItem).lines.findIndex((l) => l.id === id);
    if (line >= 0) return { item: i, line };
  }
  return null;
}
