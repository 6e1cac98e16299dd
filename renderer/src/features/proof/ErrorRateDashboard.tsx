import { Progress, Segmented, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { ERROR_RATE_LIMIT } from '../../../../shared/model/proofing';
import { useIssueT } from './issue-messages';
import { IssueErrorRate } from './IssueErrorRate';
import { useProofT } from './messages';
import { useProof, type ErrorRate } from './store';

type Row = ErrorRate['stories'][number];

/** 差错率 by story, or per page and for a whole issue. */
export function ErrorRateDashboard() {
  const t = useIssueT();
  const [mode, setMode] = useState<'story' | 'issue'>('story');
  return (
    <>
      <Segmented<'story' | 'issue'>
        size="small"
        block
        value={mode}
        onChange={setMode}
        options={[
          { value: 'story', label: t('byStory') },
          { value: 'issue', label: <span data-testid="rate-by-issue">{t('byIssue')}</span> },
        ]}
      />
      {mode === 'story' ? <StoryErrorRate /> : <IssueErrorRate />}
    </>
  );
}

/** 差错率: corrections per 10,000 characters by class A/B/C, per story and in total, against 3/10,000. */
function StoryErrorRate() {
  const t = useProofT();
  const { rate, loadRate, open } = useProof();
  useEffect(() => {
    void loadRate();
  }, [loadRate]);
  if (!rate) return null;
  const tot = rate.total;
  const verdict = (ok: boolean) => <Tag color={ok ? 'success' : 'error'}>{ok ? t('within') : t('over')}</Tag>;
  return (
    <div className="bx-pf-list" data-testid="error-rate">
      <div className="bx-pf-rate-head">
        <div className="bx-pf-rate-big" style={{ color: tot.withinLimit ? '#15803d' : '#c8102e' }}>
          {tot.perTenThousand}
          <small>‱</small>
        </div>
        <div data-testid="rate-total" data-within={String(tot.withinLimit)}>
          {t('perTenThousand', { n: tot.perTenThousand })} {verdict(tot.withinLimit)}
          <div className="bx-pf-comment">
            A {tot.byClass.A} · B {tot.byClass.B} · C {tot.byClass.C} · {t('chars')} {tot.chars} · {t('limit')}
          </div>
        </div>
      </div>
      <Progress percent={Math.min(100, (tot.perTenThousand / (ERROR_RATE_LIMIT * 2)) * 100)} showInfo={false} strokeColor={tot.withinLimit ? '#15803d' : '#c8102e'} />
      <Table<Row>
        size="small"
        rowKey="storyId"
        pagination={false}
        dataSource={rate.stories}
        onRow={(r) => ({ onClick: () => void open(r.storyId), className: 'bx-clickable', 'data-testid': 'rate-row' } as HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('story'), dataIndex: 'headline', ellipsis: true },
          { title: t('chars'), dataIndex: 'chars', width: 60 },
          { title: 'A', render: (_, r) => r.byClass.A, width: 36 },
          { title: 'B', render: (_, r) => r.byClass.B, width: 36 },
          { title: 'C', render: (_, r) => r.byClass.C, width: 36 },
          { title: '‱', dataIndex: 'perTenThousand', width: 56 },
          { title: '', render: (_, r) => verdict(r.withinLimit), width: 64 },
        ]}
      />
    </div>
  );
}
