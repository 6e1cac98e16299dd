import type { StoryKind } from '../../shared/model/story';
import { codePointLength, fullwidthParens } from '../../shared/text';
import { classifyLine, isDateLine, isHeadlineLike, isIssuerLine, isSubheading, matchDateline, type LineClass } from './classify';
import { hasPhraseSpacing, isSubheadCue, splitMergedHeadline, type HeadlineRole } from './headline-split';
import { isBoxCredit } from '../../shared/text/page-furniture';
import type { HeadlineTier } from './source-paragraph';
import { refineKind } from './item-kind';
import type { Repair } from './types';

/** A paragraph after the page-level repairs, remembering which source paragraphs it came from. */
export interface WorkingParagraph {
  text: string;
  hint?: 'heading' | 'bold';
  /** Source paragraph indices merged into this one (first = where it starts). */
  srcs: number[];
  /** A stripped box credit (××中心 宣) followed this paragraph. */
  creditAfter?: boolean;
  /** The source set a blank line before it (a new block); lines of one block follow without one. */
  afterBlank?: boolean;
  /** The head tier the source's type sizes gave (see SourceParagraph.tier). */
  tier?: HeadlineTier;
  /** The page of a multi-page source it was read from (see SourceParagraph.page). */
  page?: number;
}

/** A story as segmented, with the source paragraphs behind each part (for locating repairs). */
export interface StoryDraft {
  kind: StoryKind;
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  body: string[];
  /** Source indices behind each body paragraph. */
  bodySrcs: number[][];
  /** Source indices of headline/byline lines. */
  headSrcs: number[];
  /** How many of the last body lines are an issuer/date signature. */
  signatureLines: number;
  repairs: Repair[];
}

/** Decides whether a repair is applied: the caller's choice, else the proposal's default. */
export type AcceptFn = (id: string, byDefault: boolean) => boolean;

interface RoledLine {
  text: string;
  role?: HeadlineRole;
}

function newDraft(): StoryDraft {
  return { kind: 'article', kicker: '', headline: '', subhead: '', byline: '', dateline: '', body: [], bodySrcs: [], headSrcs: [], signatureLines: 0, repairs: [] };
}

/** Assigns 引题/主题/副题 to a run of headline lines (some already split with known roles). */
export function assignRoles(lines: RoledLine[]): { kicker: string; headline: string; subhead: string } {
  let h = lines.findIndex((l) => l.role === 'headline');
  if (h < 0) {
    const subIdx = lines.findIndex((l) => l.role === 'subhead');
    const kickIdx = lines.findIndex((l) => l.role === 'kicker');
    // A 副题 says so (——…, …侧记, 一论…); without one, the lines above the 主题 are 引题: the
    // 主题 is the last line of the run, the one closest to the copy.
    const cued = lines.findIndex((l, k) => k > 0 && isSubheadCue(l.text));
    if (kickIdx >= 0) h = kickIdx + 1;
    else if (subIdx > 0) h = subIdx - 1;
    else if (cued > 0) h = cued - 1;
    else h = lines.length - 1;
  }
  h = Math.min(Math.max(h, 0), lines.length - 1);
  return {
    kicker: lines.slice(0, h).map((l) => l.text).join(' '),
    headline: lines[h]?.text ?? '',
    subhead: lines.slice(h + 1).map((l) => l.text).join(' '),
  };
}

function isCommentary(d: StoryDraft): boolean {
  return /评论员|社论|评论部/.test(d.byline) || /^[一二三四五六七八九十]+论/.test(d.subhead) || /^(社论|评论员文章|短评|时评|快评|微评|本报评论)/.test(d.kicker);
}

type Class = LineClass | 'signature';

/**
 * An issuer's name and a date on lines of their own close a notice or a box (国网某某县供电公司 /
 * 2025年5月7日; 中共某某县委宣传部 / 某某县文明办). A lone date is a signature; an issuer line is one
 * when a date or another issuer line is next to it, so a short title that merely ends in 局 or 中心
 * is not taken for one.
 */
function markSignatures(paras: WorkingParagraph[], cls: Class[]): void {
  const date = paras.map((p, i) => i > 0 && isDateLine(p.text));
  const issuer = paras.map((p) => isIssuerLine(p.text));
  paras.forEach((_, i) => {
    if (date[i] || isBoxCredit(paras[i]?.text ?? '')) cls[i] = 'signature';
    else if (issuer[i] && (date[i + 1] || issuer[i + 1] || (i > 0 && issuer[i - 1] && !paras[i]?.afterBlank))) cls[i] = 'signature';
  });
}

/**
 * Lines k and k+1 are one title broken for width: both in one two-line block, neither a phrase
 * group nor a 副题, the second no longer than the first (a broken line runs to the full width first).
 */
function isBrokenTitle(paras: WorkingParagraph[], k: number, end: number): boolean {
  const a = paras[k] as WorkingParagraph;
  const b = paras[k + 1] as WorkingParagraph;
  if (b.afterBlank || (k + 2 < end && !paras[k + 2]?.afterBlank)) return false;
  if (k > 0 && !a.afterBlank && paras[k - 1]) return false;
  if (hasPhraseSpacing(a.text) || hasPhraseSpacing(b.text) || isSubheadCue(b.text) || /^[—-]/.test(b.text)) return false;
  return codePointLength(b.text) <= codePointLength(a.text);
}

/**
 * Segments a page into stories. A story starts at a run of headline lines (or at copy with no
 * headline); bylines attach to the story they follow or head; a 电头 opens the body; a run of
 * short unpunctuated lines with no running copy after it (or with a 宣 credit) is a box.
 */
export function segmentStories(paras: WorkingParagraph[], accept: AcceptFn): StoryDraft[] {
  // A source with heading styles (docx, Markdown) marks its titles: plain short lines are then copy.
  const styled = paras.some((p) => p.hint === 'heading');
  const cls: Class[] = paras.map((p) => {
    const c = classifyLine(p.text, p.hint);
    return c === 'headline' && styled && p.hint === undefined ? 'body' : c;
  });
  markSignatures(paras, cls);
  const blocky = paras.filter((p) => p.afterBlank).length * 2 >= paras.length;
  const stories: StoryDraft[] = [];
  let cur = null as StoryDraft | null;
  let closed = false; // a byline after the body ended the current story

  const start = (): StoryDraft => {
    cur = newDraft();
    closed = false;
    stories.push(cur);
    return cur;
  };
  const pushBody = (d: StoryDraft, p: WorkingParagraph, text: string): void => {
    d.body.push(text);
    d.bodySrcs.push(p.srcs);
    d.signatureLines = 0;
  };

  let i = 0;
  while (i < paras.length) {
    const p = paras[i] as WorkingParagraph;
    const c = cls[i];
    // No story runs on over a page break by itself: copy at the top of a page is not the last story's.
    if (i > 0 && p.page !== paras[i - 1]?.page) closed = true;
    const d = cur as StoryDraft | null;
    if (c === 'headline') {
      let j = i;
      // A new head in tiers (type sizes) starts a new run even with no copy between (a box, then a story).
      while (j < paras.length && cls[j] === 'headline' && !(j > i && paras[j - 1]?.creditAfter) && !(j > i && paras[j]?.tier && paras[j]?.afterBlank)) j++;
      const run = paras.slice(i, j);
      const next = cls[j];
      // A lone 小标题 between paragraphs of the same story stays in its body.
      if (d && !closed && d.body.length > 0 && run.length === 1 && isSubheading(p.text) && next === 'body') {
        pushBody(d, p, p.text);
        i = j;
        continue;
      }
      const isBox = run.some((r) => r.creditAfter) || next === undefined || next === 'headline' || next === 'signature' || (run.length >= 4 && next !== 'dateline' && next !== 'byline');
      if (isBox && run.length >= 2 && !(next === 'body' && run.length <= 3)) {
        const box = start();
        box.kind = 'box';
        const [title, ...lines] = run;
        box.headline = title?.text ?? '';
        box.headSrcs.push(...(title?.srcs ?? []));
        for (const l of lines) pushBody(box, l, l.text);
        closed = true;
        i = j;
        continue;
      }
      // More than three title lines before copy: the earlier ones are a separate item (e.g. a box above).
      let headStart = i;
      // A head whose tiers the type sizes gave is one head however many lines it has.
      if (run.length > 3 && !run.some((r) => r.tier)) {
        const extra = run.slice(0, run.length - 3);
        const box = start();
        box.kind = 'box';
        box.headline = extra[0]?.text ?? '';
        for (const l of extra.slice(1)) pushBody(box, l, l.text);
        headStart = i + extra.length;
      }
      const story = start();
      const roled: RoledLine[] = [];
      for (let k = headStart; k < j; k++) {
        const line = paras[k] as WorkingParagraph;
        story.headSrcs.push(...line.srcs);
        if (blocky && !line.tier && k + 1 < j && isBrokenTitle(paras, k, j)) {
          // One title printed over two lines of one block: joined with nothing between (CJK).
          const second = paras[k + 1] as WorkingParagraph;
          story.headSrcs.push(...second.srcs);
          roled.push({ text: line.text + second.text });
          k++;
          continue;
        }
        if (line.tier) {
          roled.push({ text: line.text, role: line.tier });
          continue;
        }
        const split = splitMergedHeadline(line.text);
        if (!split) {
          roled.push({ text: line.text });
          continue;
        }
        const src = line.srcs[0] ?? 0;
        const id = `split:${src}`;
        const accepted = accept(id, true);
        const label = (r: HeadlineRole): string => (r === 'kicker' ? '引题' : r === 'headline' ? '主题' : '副题');
        story.repairs.push({
          id,
          kind: 'split-headline',
          before: line.text,
          after: `${split.parts[0]}⏎${split.parts[1]}`,
          source: { paragraph: src, start: split.gap.start, end: split.gap.end },
          reason: `${label(split.roles[0])}与${label(split.roles[1])}被合并在同一行，建议拆分为${label(split.roles[0])}“${split.parts[0]}”和${label(split.roles[1])}“${split.parts[1]}”`,
          accepted,
        });
        if (accepted) {
          roled.push({ text: split.parts[0], role: split.roles[0] }, { text: split.parts[1], role: split.roles[1] });
        } else {
          roled.push({ text: line.text });
        }
      }
      Object.assign(story, assignRoles(roled));
      i = j;
      continue;
    }
    if (c === 'signature') {
      // The issuer and date under a notice or a box belong to it, kept as its last lines.
      const s = d ?? start();
      const signed = s.signatureLines;
      pushBody(s, p, p.text);
      s.signatureLines = signed + 1;
      closed = true;
      i++;
      continue;
    }
    if (c === 'byline') {
      if (d && !(closed && d.byline !== '')) {
        d.byline = d.byline ? `${d.byline} ${p.text}` : p.text;
        d.headSrcs.push(...p.srcs);
        if (d.body.length > 0) closed = true;
      } else {
        const s = start();
        s.byline = p.text;
        s.headSrcs.push(...p.srcs);
      }
      i++;
      continue;
    }
    if (c === 'dateline') {
      const m = matchDateline(p.text);
      const s = d && !closed && d.body.length === 0 && d.dateline === '' ? d : start();
      if (m) {
        const src = p.srcs[0] ?? 0;
        const normalized = fullwidthParens(m.dateline);
        let dateline = m.dateline;
        if (normalized !== m.dateline) {
          const id = `dateline:${src}`;
          const accepted = accept(id, true);
          s.repairs.push({
            id,
            kind: 'normalize-dateline',
            before: m.dateline,
            after: normalized,
            source: { paragraph: src, start: 0, end: m.dateline.length },
            reason: '电头中的半角括号改为全角括号',
            accepted,
          });
          if (accepted) dateline = normalized;
        }
        s.dateline = dateline;
        if (s.byline === '' && m.credit !== '') s.byline = m.credit;
        if (m.rest.length > 0) pushBody(s, p, m.rest);
      }
      i++;
      continue;
    }
    // Running copy.
    const s = d && !closed ? d : start();
    pushBody(s, p, p.text);
    i++;
  }
  for (const s of stories) {
    if (s.kind === 'article' && isCommentary(s)) s.kind = 'commentary';
    // Copy made only of short unpunctuated lines (slogans, a list of values) is a box, not an article.
    else if (s.kind === 'article' && s.headline !== '' && s.body.length > 0 && s.dateline === '' && s.byline === '' && s.body.every((b) => isHeadlineLike(b) && codePointLength(b) <= 20)) s.kind = 'box';
    else s.kind = refineKind(s);
  }
  return stories;
}
