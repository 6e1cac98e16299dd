import { Alert, Button, Empty, Input, List, Segmented, Tag, Tree } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { ErrorClass } from '../../../../shared/model/proofing';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useProofT } from '../proof/messages';
import { useRateT } from '../proof/rate-messages';
import { ResidualHead } from '../proof/ResidualHead';
import { useCan } from '../session/use-can';
import { useQualityT } from './messages';
import { PublishedText } from './PublishedText';
import { useQuality } from './store';
import './quality.css';

const storyKey = (issueId: number, storyId: number) => `s:${issueId}:${storyId}`;

/** 质检: published issues → pages → stories on the left; the story as it went out, and its marks, on the right. */
export function QualityView() {
  const t = useQualityT();
  const pt = useProofT();
  const rt = useRateT();
  const lang = useLang((s) => s.lang);
  const can = useCan();
  const { issues, open, marks, selection, busy, error, load, read, select, mark, unmark } = useQuality();
  const [errorClass, setErrorClass] = useState<ErrorClass>('B');
  const [note, setNote] = useState('');
  useEffect(() => {
    void load();
  }, [load]);

  const tree = useMemo(
    () =>
      issues.map((i) => ({
        key: `i:${i.id}`,
        title: <span data-testid="qc-issue" data-issue-id={i.id}>{t('issueLabel', { paper: i.paperName, date: i.date, number: i.number })}</span>,
        selectable: false,
        children: i.pages.map((p) => ({
          key: `p:${p.id}`,
          selectable: false,
          title: t('pageLabel', { n: p.number, name: p.name }),
          children: p.stories.map((s) => ({
            key: storyKey(i.id, s.storyId),
            selectable: s.wentOutAt !== null,
            title: (
              <span data-testid="qc-story" data-story-id={s.storyId} data-out={String(s.wentOutAt !== null)}>
                {s.headline} {s.wentOutAt === null ? <Tag>{t('notOut')}</Tag> : s.marks > 0 ? <Tag color="red">{t('marksCount', { n: s.marks })}</Tag> : null}
              </span>
            ),
          })),
        })),
      })),
    [issues, t],
  );
  const issue = open ? issues.find((i) => i.id === open.issueId) : undefined;
  const picked = selection && open ? open.body.slice(selection.start, selection.end) : '';

  return (
    <div className="bx-qc" data-testid="quality-view">
      <aside className="bx-qc-side">
        <div className="bx-qc-head">{t('issues')}</div>
        <div className="bx-pf-comment">{t('explain')}</div>
        {issues.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noIssues')} />
        ) : (
          <Tree
            defaultExpandAll
            selectedKeys={open ? [storyKey(open.issueId, open.storyId)] : []}
            treeData={tree}
            onSelect={(keys) => {
              const [, issueId, storyId] = String(keys[0] ?? '').split(':');
              if (issueId && storyId) void read(Number(storyId), Number(issueId));
            }}
          />
        )}
      </aside>
      <main className="bx-qc-main">
        {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} />}
        {issue && <ResidualHead figure={issue.figure} label={t('rate')} testId="qc-issue-rate" />}
        {!open ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pickStory')} />
        ) : (
          <>
            <h3 data-testid="qc-headline">{open.headline}</h3>
            <PublishedText body={open.body} marks={marks} onSelect={select} />
            {can('quality.mark') ? (
              <div className="bx-qc-bar" data-testid="qc-bar">
                <div className="bx-pf-comment">{t('selectHint')}</div>
                <div data-testid="qc-selection">
                  {selection === null ? t('nothingSelected') : selection.start === selection.end ? t('caretAt', { at: selection.start }) : t('selected', { text: picked })}
                </div>
                <Segmented<ErrorClass>
                  size="small"
                  value={errorClass}
                  onChange={setErrorClass}
                  options={(['A', 'B', 'C'] as const).map((c) => ({ value: c, label: <span title={pt(`class${c}`)} data-testid={`qc-class-${c}`}>{c}</span> }))}
                />
                <Input size="small" placeholder={t('note')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="qc-note" />
                <Button
                  type="primary"
                  size="small"
                  disabled={selection === null || busy}
                  data-testid="qc-mark"
                  onClick={() => void mark(errorClass, note).then((ok) => ok && setNote(''))}
                >
                  {t('mark')}
                </Button>
              </div>
            ) : (
              <div className="bx-pf-comment">{t('readOnly')}</div>
            )}
            <div className="bx-qc-head">{t('marks')}</div>
            <List
              size="small"
              locale={{ emptyText: t('noMarks') }}
              dataSource={marks}
              renderItem={(m) => (
                <List.Item
                  data-testid="qc-mark-item"
                  data-class={m.errorClass}
                  actions={can('quality.unmark') ? [<Button key="unmark" size="small" type="link" onClick={() => void unmark(m.id)} data-testid="qc-unmark">{t('unmark')}</Button>] : []}
                >
                  <Tag color={m.errorClass === 'A' ? 'red' : m.errorClass === 'B' ? 'orange' : 'blue'}>{m.errorClass}</Tag>
                  <span className="bx-qc-original">{m.original || '‸'}</span> {m.note}
                  <div className="bx-pf-comment">{t('by', { name: m.authorName, at: m.createdAt.slice(0, 16).replace('T', ' ') })}</div>
                </List.Item>
              )}
            />
            <div className="bx-pf-comment">{rt('residualExplain')}</div>
          </>
        )}
      </main>
    </div>
  );
}
