import { Alert, Button, Checkbox, Empty, Space, Tag } from 'antd';
import { CORRECTION_LABELS, type Correction } from '../../../../shared/model/proofing';
import { ROLE_LABELS, type Role } from '../../../../shared/model/roles';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { roundColour } from './colours';
import { useLabel, useProofT } from './messages';
import { PersonBadge } from './PersonBadge';
import { useProof } from './store';
import { correctionContext } from './correction-context';
import { scrollProofTo } from './scroll-to-offset';

const STATUS_COLOURS: Record<Correction['status'], string> = { open: 'processing', accepted: 'success', rejected: 'default', stale: 'warning' };
const show = (s: string): string => s.replace(/\n/g, '↵');

/** The correction in ten characters of the text either side, as it sits in the copy now. */
function Context({ c, body }: { c: Correction; body: string }) {
  const x = correctionContext(body, c.start, c.end);
  return (
    <div className="bx-pf-context" data-testid="correction-context">
      <span>{x.before}</span>
      <mark>{x.marked || '‸'}</mark>
      <span>{x.after}</span>
    </div>
  );
}

function Row({ c, checked, onCheck, body }: { c: Correction; checked: boolean; onCheck: (on: boolean) => void; body: string }) {
  const t = useProofT();
  const label = useLabel();
  const roleLabel = (ROLE_LABELS as Record<string, { zh: string; en: string } | undefined>)[c.role as Role];
  const colour = roundColour(c.round);
  return (
    // Clicking a correction (anywhere but its checkbox) shows it in the copy.
    <div
      className="bx-pf-item bx-pf-clickable"
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('.ant-checkbox-wrapper')) scrollProofTo(c.start);
      }}
      data-testid="correction-item"
      data-id={c.id} data-status={c.status} data-kind={c.kind} data-round={c.round} data-author={c.authorName} style={{ borderLeftColor: colour }}>
      <div className="bx-pf-item-head">
        {c.status === 'open' ? <Checkbox checked={checked} onChange={(e) => onCheck(e.target.checked)} data-testid="correction-check" /> : <span className="bx-pf-nocheck" />}
        <Tag color={colour} title={CORRECTION_LABELS[c.kind].mark} data-testid="correction-kind">
          {label(CORRECTION_LABELS[c.kind])}
        </Tag>
        <span className="bx-pf-round" style={{ color: colour }}>
          {t('roundNames').split('|')[c.round - 1]}
        </span>
        <PersonBadge userId={c.authorId} name={c.authorName} />
        <span className="bx-pf-author">{t('by', { name: c.authorName, role: roleLabel ? label(roleLabel) : c.role })}</span>
        <span className="bx-spacer" />
        <Tag color={STATUS_COLOURS[c.status]} data-testid="correction-status">
          {t(c.status)}
        </Tag>
      </div>
      {c.status !== 'accepted' && <Context c={c} body={body} />}
      <div className="bx-pf-item-body" data-testid="correction-change">
        {c.kind === 'comment' ? (
          <span>「{show(c.original)}」</span>
        ) : (
          <>
            {c.original && <del className="bx-pf-was">{show(c.original)}</del>}
            {c.replacement && (
              <>
                {' → '}
                <ins className="bx-pf-now" style={{ color: colour }}>
                  {show(c.replacement)}
                </ins>
              </>
            )}
          </>
        )}
        <span className="bx-pf-class">{c.errorClass}</span>
        {c.comment && <div className="bx-pf-comment">{c.comment}</div>}
      </div>
    </div>
  );
}

/** The side panel: every correction with its author, role and round; accept or reject one, a selection, or all. */
export function CorrectionList() {
  const t = useProofT();
  const lang = useLang((s) => s.lang);
  const { corrections, checked, setChecked, decide, busy, errors, body } = useProof();
  const open = corrections.filter((c) => c.status === 'open');
  const toggle = (id: number, on: boolean): void => setChecked(on ? [...checked, id] : checked.filter((x) => x !== id));
  return (
    <div className="bx-pf-list" data-testid="correction-list">
      <div className="bx-pf-list-head">
        <Checkbox
          checked={open.length > 0 && checked.length === open.length}
          indeterminate={checked.length > 0 && checked.length < open.length}
          onChange={(e) => setChecked(e.target.checked ? open.map((c) => c.id) : [])}
          disabled={open.length === 0}
          data-testid="correction-check-all"
        />
        <span data-testid="open-count">{t('openCount', { n: open.length })}</span>
      </div>
      <Space wrap size={4}>
        <Button size="small" type="primary" disabled={busy || checked.length === 0} onClick={() => void decide('accept', checked)} data-testid="accept-selected">
          {t('acceptSelected')}
        </Button>
        <Button size="small" danger disabled={busy || checked.length === 0} onClick={() => void decide('reject', checked)} data-testid="reject-selected">
          {t('rejectSelected')}
        </Button>
        <Button size="small" disabled={busy || open.length === 0} onClick={() => void decide('accept')} data-testid="accept-all">
          {t('acceptAll')}
        </Button>
        <Button size="small" disabled={busy || open.length === 0} onClick={() => void decide('reject')} data-testid="reject-all">
          {t('rejectAll')}
        </Button>
      </Space>
      {errors.decide !== undefined && <Alert type="error" showIcon title={errorText(errors.decide, lang)} data-testid="decide-error" />}
      {corrections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCorrections')} />
      ) : (
        corrections.map((c) => <Row key={c.id} c={c} body={body} checked={checked.includes(c.id)} onCheck={(on) => toggle(c.id, on)} />)
      )}
    </div>
  );
}
