import type { OverrideParams } from '../../../shared/model/workflow-override';
import { ROLES } from '../../../shared/model/roles';
import { unsignedStories } from '../../export/sign-off';
import { isoNow } from '../../store/clock';
import { write } from '../../store/write';
import type { CoreContext } from '../context';
import { actingUser } from './acting-user';
import { OVERRIDERS, overrideOrRefuse } from './workflow-rules';

/**
 * Nothing unsigned leaves the newsroom: print, e-paper and NewsML of an issue with a story not
 * signed off are refused, unless the duty editor or an administrator sets the rule aside with a
 * reason — recorded against the issue and each unsigned story, and printed on their 大样.
 * One rule for every way out: `export.start` and the CLI's `export` both call this. Returns how many
 * unsigned stories the override (if any) was recorded for.
 */
export function holdUnsignedExport(c: Pick<CoreContext, 'db' | 'clock'>, issueId: number, override: OverrideParams | undefined, userId: number | null): number {
  return write(c.db, () => {
    const unsigned = unsignedStories(c.db, issueId);
    if (unsigned.length === 0) return 0;
    const user = actingUser(c.db, userId, ROLES, { zh: '', en: '' });
    const named = unsigned.map((s) => `第${s.pageNumbers.join('、')}版《${s.headline.trim() || `稿件 #${s.storyId}`}》`);
    overrideOrRefuse(c.db, {
      rule: 'export-unsigned', override, user, authorised: OVERRIDERS, at: isoNow(c.clock), entity: 'issue', entityIds: [issueId], alsoStories: unsigned.map((s) => s.storyId),
      refusal: {
        zh: `有 ${unsigned.length} 篇稿件尚未签发，不能输出印刷版、数字报或 NewsML：${named.join('、')}。`,
        en: `${unsigned.length} ${unsigned.length === 1 ? 'story is' : 'stories are'} not signed off; print, e-paper and NewsML are held back: ${unsigned.map((s) => `“${s.headline}” (p. ${s.pageNumbers.join(', ')})`).join(', ')}.`,
        details: { unsigned },
      },
    });
    return unsigned.length;
  });
}
