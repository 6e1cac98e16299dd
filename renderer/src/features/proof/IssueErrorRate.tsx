import { Alert, Button, Collapse, Empty, Select, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { errorText } from '../../api/error-text';
import { categoryName } from '../../../../shared/proof/category-names';
import { useLang } from '../../i18n/store';
import { CaughtTable } from './CaughtTable';
import { useIssueProof, type PageRate } from './issue-proof-store';
import { useRateT } from './rate-messages';
import { ResidualHead, Verdict } from './ResidualHead';
import { shownRate } from './residual-shown';
import { useIssueT } from './issue-messages';
import { useProof } from './store';

const SEVERITY = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** 差错率 per page and for a whole issue, and 检查整版 / 检查整期 with the findings per story. */
export function IssueErrorRate() {
  const t = useIssueT();
  const lang = useLang((s) => s.lang);
  const rt = useRateT();
  const { issues, issueId, report, pages, total, checked, busy, error, loadIssues, pick, check } = useIssueProof();
  const openStory = useProof((s) => s.open);
  useEffect(() => {
    void loadIssues();
  }, [loadIssues]);
  const scopeLabel = (scope: number | 'issue', stories: number, findings: number): string => {
    if (scope === 'issue') return t('checkedIssue', { stories, findings });
    return t('checkedPage', { n: pages.find((p) => p.pageId === scope)?.number ?? '?', stories, findings });
  };
  return (
    <div className="bx-pf-list" data-testid="issue-rate">
      <Select<number>
        size="small"
        placeholder={t('pickIssue')}
        value={issueId ?? undefined}
        onChange={(id) => void pick(id)}
        options={issues.map((i) => ({ value: i.id, label: `${i.paperName} ${t('issueLabel', { date: i.date, number: i.number })}` }))}
        data-testid="issue-picker"
      />
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} />}
      {report && <CaughtTable caught={report.caught} />}
      {total && (
        <ResidualHead
          figure={total.figure}
          label={t('issueTotal')}
          testId="issue-rate-total"
          extra={
            <Button size="small" onClick={() => void check('issue')} loading={busy} data-testid="check-issue">
              {t('checkIssue')}
            </Button>
          }
        />
      )}
      {total !== null && total.notOut > 0 && <div className="bx-pf-comment">{rt('notOutCount', { n: total.notOut })}</div>}
      {issueId !== null && (
        <Table<PageRate>
          size="small"
          rowKey={(r) => r.pageId}
          pagination={false}
          dataSource={pages}
          onRow={(r) => ({ 'data-testid': 'page-rate-row', 'data-page': r.number, 'data-rate': r.figure.perTenThousand, 'data-not-out': r.notOut }) as object}
          columns={[
            { title: t('page'), width: 80, ellipsis: true, render: (_, r) => t('pageName', { n: r.number, name: r.name }) },
            { title: t('stories'), width: 34, render: (_, r) => r.storyIds.length },
            { title: rt('notOut'), width: 44, render: (_, r) => r.notOut },
            { title: 'A/B/C', width: 50, render: (_, r) => `${r.figure.byClass.A}/${r.figure.byClass.B}/${r.figure.byClass.C}` },
            { title: '‱', width: 56, render: (_, r) => shownRate(r.figure) },
            { title: '', width: 50, render: (_, r) => <Verdict figure={r.figure} /> },
            {
              title: '',
              width: 70,
              render: (_, r) => (
                <Button size="small" type="link" className="bx-pf-tight" disabled={busy || r.storyIds.length === 0} onClick={() => void check(r.pageId)} data-testid="check-page">
                  {t('checkPage')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {issueId !== null && pages.length > 0 && pages.every((p) => p.storyIds.length === 0) && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noStories')} />}
      {checked && (
        <div data-testid="scope-findings" data-scope={String(checked.scope)}>
          <div className="bx-pf-comment">
            {scopeLabel(checked.scope, checked.stories.length, checked.stories.reduce((n, s) => n + s.findings.length, 0))}
          </div>
          <Collapse
            size="small"
            items={checked.stories.map((s) => ({
              key: s.storyId,
              label: (
                <span data-testid="scope-story" data-story-id={s.storyId} data-count={s.findings.length}>
                  {s.headline} <Tag>{t('onPages', { pages: s.pageNumbers.join('、') })}</Tag>
                  <Tag color={s.findings.length ? 'red' : 'green'}>{s.findings.length}</Tag>
                </span>
              ),
              children: (
                <div>
                  <Button size="small" type="link" onClick={() => void openStory(s.storyId)}>
                    {t('openStory')}
                  </Button>
                  {s.findings.length === 0 && <div className="bx-pf-comment">{t('noFindings')}</div>}
                  {s.findings.map((f, i) => (
                    <div key={`${f.field}-${f.start}-${f.category}-${i}`} className="bx-pf-item" data-testid="scope-finding" data-category={f.category}>
                      <Tag color={SEVERITY[f.severity]}>{categoryName(f.category)}</Tag>
                      {f.suggestion && <ins className="bx-pf-now">→ {f.suggestion.replace(/\n/g, '↵')}</ins>}
                      <div className="bx-pf-comment">{f.message}</div>
                    </div>
                  ))}
                </div>
              ),
            }))}
          />
        </div>
      )}
    </div>
  );
}
