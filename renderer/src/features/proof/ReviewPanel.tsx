import { Alert, Button, Tag } from 'antd';
import { REVIEW_LABELS, REVIEW_STAGES } from '../../../../shared/model/proofing';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useLabel, useProofT } from './messages';
import { useProof } from './store';

/** 三审: 初审, 复审, 终审 (签发), each bound to the content it approved; the core's refusal shown as is. */
export function ReviewPanel() {
  const t = useProofT();
  const label = useLabel();
  const lang = useLang((s) => s.lang);
  const { reviews, review, busy, errors } = useProof();
  return (
    <div className="bx-pf-list" data-testid="review-panel">
      {REVIEW_STAGES.map((stage) => {
        const done = reviews.filter((r) => r.stage === stage);
        const current = done.find((r) => r.valid);
        return (
          <div key={stage} className="bx-pf-item" data-testid={`review-${stage}`} data-done={current ? 'yes' : 'no'}>
            <div className="bx-pf-item-head">
              <strong>{label(REVIEW_LABELS[stage])}</strong>
              <span className="bx-spacer" />
              {!current && (
                <Button size="small" type={stage === 'final' ? 'primary' : 'default'} disabled={busy} onClick={() => void review(stage)} data-testid={`do-review-${stage}`}>
                  {t('doReview', { stage: label(REVIEW_LABELS[stage]) })}
                </Button>
              )}
            </div>
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
