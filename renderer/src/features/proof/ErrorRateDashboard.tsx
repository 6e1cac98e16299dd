import { Segmented, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useEffect, useState } from 'react';
import { CaughtTable } from './CaughtTable';
import { useIssueT } from './issue-messages';
import { IssueErrorRate } from './IssueErrorRate';
import { useProofT } from './messages';
import { useRateT } from './rate-messages';
import { ResidualHead, Verdict } from './ResidualHead';
import { useProof, type ErrorRate } from './store';

type Mode = 'story' | 'issue' | 'month';
type StoryRow = ErrorRate['errorRate']['stories'][number];
type MonthRow = ErrorRate['errorRate']['months'][number];

/** 检出 and 差错率, apart: by story, per page and issue, or by month. */
export function ErrorRateDashboard() {
  const t = useIssueT();
  const rt = useRateT();
  const [mode, setMode] = useState<Mode>('story');
  return (
    <>
      <Segmented<Mode>
        size="small"
        block
        value={mode}
        onChange={setMode}
        options={[
          { value: 'story', label: t('byStory') },
          { value: 'issue', label: <span data-testid="rate-by-issue">{t('byIssue')}</span> },
          { value: 'month', label: <span data-testid="rate-by-month">{rt('byMonth')}</span> },
        ]}
      />
      {mode === 'story' && <StoryErrorRate />}
      {mode === 'issue' && <IssueErrorRate />}
      {mode === 'month' && <MonthErrorRate />}
    </>
  );
}

function useRate(): ErrorRate | null {
  const { rate, loadRate } = useProof();
  useEffect(() => {
    void loadRate();
  }, [loadRate]);
  return rate;
}

/** Every story with a record: what was caught in it, and what its published text carried. */
function StoryErrorRate() {
  const t = useProofT();
  const rt = useRateT();
  const open = useProof((s) => s.open);
  const rate = useRate();
  if (!rate) return null;
  return (
    <div className="bx-pf-list" data-testid="error-rate">
      <CaughtTable caught={rate.caught} />
      <ResidualHead figure={rate.errorRate.total} label={t('total')} testId="rate-total" />
      <Table<StoryRow>
        size="small"
        rowKey="storyId"
        pagination={false}
        dataSource={rate.errorRate.stories}
        onRow={(r) => ({ onClick: () => void open(r.storyId), className: 'bx-clickable', 'data-testid': 'rate-row', 'data-story-id': r.storyId, 'data-caught': r.caught, 'data-rate': r.figure?.perTenThousand ?? '' } as HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('story'), dataIndex: 'headline', ellipsis: true },
          { title: t('chars'), dataIndex: 'chars', width: 52 },
          { title: rt('caughtCol'), dataIndex: 'caught', width: 44 },
          { title: rt('openAtSignOff'), width: 52, render: (_, r) => r.figure?.openAtSignOff ?? '—' },
          { title: rt('qualityMarks'), width: 44, render: (_, r) => r.figure?.qualityMarks ?? '—' },
          { title: '‱', width: 52, render: (_, r) => r.figure?.perTenThousand ?? '—' },
          { title: '', width: 72, render: (_, r) => (r.figure ? <Verdict figure={r.figure} /> : <Tag>{rt('notOut')}</Tag>) },
        ]}
      />
    </div>
  );
}

/** 差错率 month by month of the issues' dates, against the same line. */
function MonthErrorRate() {
  const rt = useRateT();
  const t = useProofT();
  const rate = useRate();
  if (!rate) return null;
  return (
    <div className="bx-pf-list" data-testid="month-rate">
      <div className="bx-pf-comment">{rt('residualExplain')}</div>
      <Table<MonthRow>
        size="small"
        rowKey="month"
        pagination={false}
        locale={{ emptyText: rt('noMonths') }}
        dataSource={rate.errorRate.months}
        onRow={(r) => ({ 'data-testid': 'month-rate-row', 'data-month': r.month, 'data-rate': r.perTenThousand }) as object}
        columns={[
          { title: rt('month'), dataIndex: 'month', width: 72 },
          { title: t('chars'), dataIndex: 'chars', width: 64 },
          { title: rt('openAtSignOff'), dataIndex: 'openAtSignOff', width: 56 },
          { title: rt('qualityMarks'), dataIndex: 'qualityMarks', width: 48 },
          { title: '‱', dataIndex: 'perTenThousand', width: 52 },
          { title: '', width: 64, render: (_, r) => <Verdict figure={r} /> },
        ]}
      />
    </div>
  );
}
