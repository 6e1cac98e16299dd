import { Alert, Button, Drawer, Segmented, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../../shared/model/story';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { formatTime } from '../library/format-time';
import { DiffView, type DiffField } from './DiffView';
import { useEditor } from './store';

/** Every revision of the open story; tick two to see what changed between them. */
export function RevisionsDrawer() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const open = useEditor((s) => s.revisionsOpen);
  const story = useEditor((s) => s.story);
  const setOpen = useEditor((s) => s.setRevisionsOpen);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [picked, setPicked] = useState<number[]>([]);
  const [diff, setDiff] = useState<DiffField[] | null>(null);
  const [mode, setMode] = useState<'inline' | 'side'>('inline');
  const [error, setError] = useState<unknown>(null);
  const storyId = story?.id;
  const revision = story?.revision;
  useEffect(() => {
    if (!open || storyId === undefined) return;
    setDiff(null);
    setError(null);
    api()
      .call('stories.revisions', { id: storyId })
      .then((list) => {
        setRevisions(list);
        // The two newest are what one usually wants to compare.
        setPicked(list.slice(0, 2).map((r) => r.number));
      }, setError);
  }, [open, storyId, revision]);
  const compare = async () => {
    if (storyId === undefined || picked.length !== 2) return;
    const [a, b] = [...picked].sort((x, y) => x - y) as [number, number];
    try {
      setDiff((await api().call('stories.diff', { id: storyId, from: a, to: b })).fields);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Drawer open={open} onClose={() => setOpen(false)} width={760} title={t('editor.revisions')} data-testid="revisions-drawer">
      <Table<RevisionSummary>
        size="small"
        rowKey="number"
        dataSource={revisions}
        pagination={false}
        scroll={{ y: 240 }}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked((keys as number[]).slice(-2)),
          hideSelectAll: true,
        }}
        columns={[
          { title: '#', dataIndex: 'number', width: 60, render: (n: number) => t('editor.revision', { n }) },
          { title: t('library.col.owner'), dataIndex: 'authorName', width: 100 },
          { title: t('library.col.updated'), dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
          { title: t('library.col.chars'), dataIndex: 'charCount', width: 70, align: 'right' },
          { title: '', dataIndex: 'note' },
        ]}
        data-testid="revisions-table"
      />
      <Space className="bx-diff-controls">
        <Button type="primary" size="small" disabled={picked.length !== 2} onClick={() => void compare()} data-testid="compare-revisions">
          {picked.length === 2 ? t('editor.compare') : t('editor.pickTwo')}
        </Button>
        <Segmented
          size="small"
          value={mode}
          onChange={(v) => setMode(v as 'inline' | 'side')}
          options={[
            { value: 'inline', label: t('editor.diffInline') },
            { value: 'side', label: t('editor.diffSide') },
          ]}
          data-testid="diff-mode"
        />
      </Space>
      {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} />}
      {diff && <DiffView fields={diff} mode={mode} />}
    </Drawer>
  );
}
