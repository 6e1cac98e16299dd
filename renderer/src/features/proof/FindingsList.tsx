import { Alert, Button, Empty, Tag, Tooltip } from 'antd';
import { errorText } from '../../api/error-text';
import type { FindingView } from '../../../../shared/api/methods/proofing';
import { categoryName } from '../../../../shared/proof/category-names';
import { useLang } from '../../i18n/store';
import { useProofT, type ProofT } from './messages';
import { findingToCorrection } from './spans';
import { useProof } from './store';

const FIELD_KEYS = { kicker: 'fieldKicker', headline: 'fieldHeadline', subhead: 'fieldSubhead', byline: 'fieldByline', dateline: 'fieldDateline' } as const;
const fieldName = (t: ProofT, f: string): string => (f in FIELD_KEYS ? t(FIELD_KEYS[f as keyof typeof FIELD_KEYS]) : '');
const SEVERITY = { error: 'red', warning: 'orange', info: 'default' } as const;
// 'info' is the checker's least sure level: today only the 稿库 comparison (rule archive-ngram) uses it.
const suspect = (f: FindingView): boolean => f.severity === 'info';

/** The checker's findings; one click turns a body finding's suggestion into a tracked correction. */
export function FindingsList() {
  const t = useProofT();
  const lang = useLang((s) => s.lang);
  const { story, body, findings, check, add, busy, errors } = useProof();
  if (!story) return null;
  return (
    <div className="bx-pf-list" data-testid="findings-list">
      <Button size="small" onClick={() => void check()} disabled={busy} data-testid="run-check">
        {t('runCheck')}
      </Button>
      {errors.check !== undefined && <Alert type="error" showIcon title={errorText(errors.check, lang)} />}
      {findings?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFindings')} />}
      {findings?.map((f, i) => {
        const params = findingToCorrection(story.id, f, body);
        const text = f.field === 'body' ? body.slice(f.start, f.end) : '';
        return (
          <div
            key={`${f.field}-${f.start}-${f.category}-${i}`}
            className={suspect(f) ? 'bx-pf-item bx-pf-item-suspect' : 'bx-pf-item'}
            data-testid="finding-item"
            data-category={f.category}
            data-suspect={suspect(f) || undefined}
          >
            <div className="bx-pf-item-head">
              {suspect(f) && (
                <Tooltip title={t('suspectHint')}>
                  <Tag data-testid="finding-suspect">{t('suspect')}</Tag>
                </Tooltip>
              )}
              <Tag color={SEVERITY[f.severity]} data-testid="finding-category">{categoryName(f.category)}</Tag>
              {f.field !== 'body' && <Tag>{fieldName(t, f.field)}</Tag>}
              {text && <del className="bx-pf-was">{text.replace(/\n/g, '↵')}</del>}
              {f.suggestion && <ins className="bx-pf-now">→ {f.suggestion.replace(/\n/g, '↵')}</ins>}
            </div>
            <div className="bx-pf-comment">{f.message}</div>
            <Tooltip title={params ? undefined : t('onlyBody')}>
              <Button size="small" type="link" disabled={!params || busy} onClick={() => params && void add(params)} data-testid="adopt-finding">
                {t('adopt')}
              </Button>
            </Tooltip>
          </div>
        );
      })}
    </div>
  );
}
