import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useLayoutT } from './messages';
import { useLayout } from './store';

const PLAN = ['要闻', '综合', '评论', '副刊', '经济', '社会', '文体', '专版'];

function today(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** 新建期次: the date, 期号 and 总期数 (continued from the last issue when left empty), and the page plan. */
export function IssueDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useLayoutT();
  const [date, setDate] = useState(today());
  const [number, setNumber] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [paperName, setPaperName] = useState('');
  const [pages, setPages] = useState(4);
  const [template, setTemplate] = useState<'broadsheet' | 'tabloid'>('broadsheet');
  const submit = async (): Promise<void> => {
    await useLayout.getState().createIssue({
      date,
      ...(number ? { number } : {}),
      ...(total ? { totalNumber: total } : {}),
      ...(paperName.trim() ? { paperName: paperName.trim() } : {}),
      pages: Array.from({ length: pages }, (_, i) => ({ name: PLAN[i] ?? `第${i + 1}版`, template })),
    });
    if (!useLayout.getState().error) onClose();
  };
  return (
    <Modal open={open} title={t('newIssue')} okText={t('create')} cancelText={t('cancel')} onOk={() => void submit()} onCancel={onClose} destroyOnHidden okButtonProps={{ 'data-testid': 'issue-create-ok' } as Record<`data-${string}`, string>}>
      <Form layout="horizontal" labelCol={{ span: 6 }} data-testid="issue-dialog">
        <Form.Item label={t('date')}>
          <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="issue-date" />
        </Form.Item>
        <Form.Item label={t('number')}>
          <InputNumber min={1} value={number} onChange={setNumber} data-testid="issue-number" />
        </Form.Item>
        <Form.Item label={t('totalNumber')}>
          <InputNumber min={1} value={total} onChange={setTotal} data-testid="issue-total" />
        </Form.Item>
        <Form.Item label={t('paperName')}>
          <Input value={paperName} maxLength={60} onChange={(e) => setPaperName(e.target.value)} data-testid="issue-paper" />
        </Form.Item>
        <Form.Item label={t('pageCount')}>
          <InputNumber min={1} max={32} value={pages} onChange={(v) => v !== null && setPages(v)} data-testid="issue-pages" />
        </Form.Item>
        <Form.Item label={t('template')}>
          <Select
            value={template}
            onChange={setTemplate}
            options={[
              { value: 'broadsheet', label: t('broadsheet') },
              { value: 'tabloid', label: t('tabloid') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
