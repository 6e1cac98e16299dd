import type { InkColor, TextItem } from '../../shared/model/display-list';
import { CORRECTION_LABELS, REVIEW_STAGES, type Correction, type ReviewStage } from '../../shared/model/proofing';
import { OVERRIDE_LABELS, type OverrideRecord } from '../../shared/model/workflow-override';
import { STATUS_LABELS, type StoryStatus } from '../../shared/model/story';
import type { FontRegistry } from '../fonts';

/** The inks of a proof: the 校样 watermark, marks and open corrections, everything else. */
export const PROOF_GREY: InkColor = { cmyk: [0, 0, 0, 0.12] };
export const PROOF_RED: InkColor = { cmyk: [0, 1, 1, 0] };
export const PROOF_BLACK: InkColor = { cmyk: [0, 0, 0, 1] };

const ORDER: readonly StoryStatus[] = ['draft', 'editing', 'proof-1', 'proof-2', 'proof-3', 'awaiting-signoff', 'signed-off'];
const ROUND_ZH = ['', '一校', '二校', '三校'];

/**
 * Sets a line of text at (x, y) in the first of `fontIds` that has each character (runs per font).
 * For the proof's own notes, which are short labels rather than composed copy.
 */
export function setText(fonts: FontRegistry, fontIds: readonly string[], text: string, x: number, y: number, size: number, color: InkColor): TextItem[] {
  const out: TextItem[] = [];
  let cur: TextItem | undefined;
  let pen = x;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let id = fontIds[0]!;
    let adv: number | undefined;
    for (const f of fontIds) {
      const m = fonts.metrics(f);
      const a = m.advance(cp);
      if (a !== undefined) {
        id = f;
        adv = (a / m.unitsPerEm) * size;
        break;
      }
    }
    if (adv === undefined) continue; // no font has it: leave it out rather than print a box
    if (!cur || cur.fontId !== id) {
      cur = { kind: 'text', text: '', fontId: id, size, scaleX: 1, x: [], y, color };
      out.push(cur);
    }
    cur.text += ch;
    cur.x.push(pen);
    pen += adv;
  }
  return out;
}

/** Breaks a note into lines of at most `perLine` code points (CJK notes: one em per character). */
export function wrapChars(s: string, perLine: number): string[] {
  const cps = Array.from(s);
  const lines: string[] = [];
  const n = Math.max(1, perLine);
  for (let i = 0; i < cps.length; i += n) lines.push(cps.slice(i, i + n).join(''));
  return lines.length ? lines : [''];
}

/** The proof round of a set of stories: the least advanced one's state (a page is as far as its slowest story). */
export function roundOf(stories: ReadonlyArray<{ status: StoryStatus }>): string {
  if (stories.length === 0) return '—';
  const least = stories.map((s) => ORDER.indexOf(s.status)).reduce((a, b) => Math.min(a, b));
  return STATUS_LABELS[ORDER[least]!].zh;
}

/** A correction as the margin note says it: number, GB/T 14706 mark, the change, round and proofreader. */
export function correctionNote(c: Correction, n: number): string {
  const label = CORRECTION_LABELS[c.kind].zh;
  const what = c.kind === 'comment' ? c.comment : c.original === '' ? `补入「${c.replacement}」` : c.replacement ? `「${c.original}」→「${c.replacement}」` : `「${c.original}」`;
  const state = c.status === 'open' ? '' : c.status === 'accepted' ? '（已改）' : c.status === 'stale' ? '（失效）' : '';
  return `${n}. [${label}] ${what}${state} · ${ROUND_ZH[c.round] ?? ''}${c.authorName}`;
}

/** The 三审 signatures of one story as the margin prints them: each stage with its signer, or blank. */
export function signatureNote(reviews: ReadonlyArray<{ stage: ReviewStage; userName: string }>): string {
  return REVIEW_STAGES.map((s) => `${REVIEW_SHORT[s]}：${reviews.filter((r) => r.stage === s).map((r) => r.userName).join('、') || '＿＿'}`).join(' ');
}

/** A rule set aside, as the proof must show it: what, who, when, why. */
export function overrideNote(o: OverrideRecord): string {
  return `⚠ ${OVERRIDE_LABELS[o.rule].zh}：${o.userName} ${localMinute(o.at)} 理由：${o.reason}`;
}

/** An ISO instant as the newsroom's wall clock reads it (the core's local time, as export folders are dated). */
function localMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const REVIEW_SHORT: Record<ReviewStage, string> = { first: '初审', second: '复审', final: '签发' };
