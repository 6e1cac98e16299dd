import { Alert, Button, Tag } from 'antd';
import { REVIEW_LABELS, REVIEW_STAGES, type Review, type ReviewStage } from '../../../../shared/model/proofing';
import type { Role } from '../../../../shared/model/roles';
import { STATUS_LABELS, type StoryStatus } from '../../../../shared/model/story';
import { OVERRIDERS, REVIEW_ROLES, roundsComplete } from '../../../../shared/model/workflow-rules';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useSession } from '../session/store';
import { useWorkflowT, type WorkflowT } from '../workflow/messages';
import { useLabel, useProofT } from './messages';
import { useProof } from './store';

type Offer = { kind: 'do' } | { kind: 'early'; why: string } | { kind: 'no'; why: string };

/** What this person may do about a stage, mirroring the core's rules (the core decides). */
function offer(stage: ReviewStage, me: { id: number; role: Role } | null, status: StoryStatus, valid: readonly Review[], t: WorkflowT, stageName: (s: ReviewStage) => string, statusName: string): Offer {
  if (!me || !REVIEW_ROLES[stage].includes(me.role)) return { kind: 'no', why: stage === 'final' ? t('onlyDutyEditor') : t('onlyReviewers', { stage: stageName(stage) }) };
  const mine = valid.find((r) => r.userId === me.id);
  if (mine) return { kind: 'no', why: t('differentPeople', { stage: stageName(mine.stage) }) };
  if (stage === 'first' && !roundsComplete(status)) {
    return OVERRIDERS.includes(me.role) ? { kind: 'early', why: t('firstBeforeRounds', { status: statusName }) } : { kind: 'no', why: t('firstNeedsAuthority') };
  }
  return { kind: 'do' };
}

/** 三审: 初审, 复审, 终审 (签发), each bound to the content it approved; what the acting person may do shown as the core would rule. */
export function ReviewPanel() {
  const t = useProofT();
  const w = useWorkflowT();
  const label = useLabel();
  const lang = useLang((s) => s.lang);
  const me = useSession((s) => s.current);
  const { story, reviews, review, reviewWithReason, busy, errors } = useProof();
  const valid = reviews.filter((r) => r.valid);
  const stageName = (s: ReviewStage): string => label(REVIEW_LABELS[s]);
  return (
    <div className="bx-pf-list" data-testid="review-panel">
      {REVIEW_STAGES.map((stage) => {
        const done = reviews.filter((r) => r.stage === stage);
        const current = done.find((r) => r.valid);
        const o = story ? offer(stage, me, story.status, valid, w, stageName, label(STATUS_LABELS[story.status])) : null;
        return (
          <div key={stage} className="bx-pf-item" data-testid={`review-${stage}`} data-done={current ? 'yes' : 'no'}>
            <div className="bx-pf-item-head">
              <strong>{stageName(stage)}</strong>
              <span className="bx-spacer" />
              {!current && o?.kind === 'do' && (
                <Button size="small" type={stage === 'final' ? 'primary' : 'default'} disabled={busy} onClick={() => void review(stage)} data-testid={`do-review-${stage}`}>
                  {t('doReview', { stage: stageName(stage) })}
                </Button>
              )}
              {!current && o?.kind === 'early' && (
                <Button size="small" danger disabled={busy} onClick={() => reviewWithReason(stage, o.why)} data-testid={`do-review-${stage}`} data-early="yes">
                  {w('overrideFirst')}
                </Button>
              )}
              {!current && o?.kind === 'no' && (
                <Button size="small" disabled title={o.why} data-testid={`do-review-${stage}`}>
                  {t('doReview', { stage: stageName(stage) })}
                </Button>
              )}
            </div>
            {!current && o?.kind === 'no' && (
              <div className="bx-pf-comment" data-testid={`review-hint-${stage}`}>
                {o.why}
              </div>
            )}
            {done.length === 0 && <div className="bx-pf-comment">{t('notDone')}</div>}
            {done.map((r) => (
              <div key={r.id} className="bx-pf-comment" data-testid="review-record">
                {r.userName} · {new Date(r.at).toLocaleString(lang)} · r{r.revision}{' '}
                <Tag color={r.valid ? 'success' : 'default'}>{r.valid ? t('reviewValid') : t('reviewVoid')}</Tag>
              </div>
            ))}
          </div>
        );
      })}
      {errors.review !== undefined && <Alert type="error" showIcon title={errorText(errors.review, lang)} data-testid="review-error" />}
    </div>
  );
}
