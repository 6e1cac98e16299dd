import { artifactReason } from '../../text/page-furniture';
import type { Hit, Rule, RuleContext } from '../types';

function check(ctx: RuleContext): Hit[] {
  const reason = artifactReason(ctx.text.trim());
  if (!reason) return [];
  return [{ start: 0, end: ctx.text.length, suggestion: '', message: `${reason}：这是版面上的页眉、版次或署名，不是稿件正文，应删去（排版时由系统按期次数据生成）。` }];
}

/** A running head, page line or credit line in the flow of copy (PDF extraction damage). */
export const importArtifactRule: Rule = { id: 'import-artifact/page-furniture', category: 'import-artifact', check };
