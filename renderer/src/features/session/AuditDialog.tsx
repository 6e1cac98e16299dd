import { Button, DatePicker, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { ParamsIn, Result } from '../../../../shared/api/contract';
import { api } from '../../api/connection';
import { useSessionT } from './messages';
import { useSession } from './store';

type Entry = Result<'audit.list'>[number];
type Filters = { userId?: number; action?: string; address?: string; range?: [Dayjs | null, Dayjs | null] | null };
const PAGE = 100;

/** Administrators: the audit log, newest first, filtered by person, action, desk address and time; pages back by id. */
export function AuditDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useSessionT();
  const users = useSession((s) => s.users);
  const [form] = Form.useForm<Filters>();
  const [rows, setRows] = useState<Entry[]>([]);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (append: boolean) => {
      const f = form.getFieldsValue();
      const q: ParamsIn<'audit.list'> = { limit: PAGE };
      if (f.userId) q.userId = f.userId;
      if (f.action?.trim()) q.action = f.action.trim();
      if (f.address?.trim()) q.address = f.address.trim();
      if (f.range?.[0]) q.from = f.range[0].startOf('day').toISOString();
      if (f.range?.[1]) q.to = f.range[1].add(1, 'day').startOf('day').toISOString();
      const last = rows.at(-1);
      if (append && last) q.beforeId = last.id;
      setBusy(true);
      try {
        const page = await api().call('audit.list', q);
        setRows((old) => (append ? [...old, ...page] : page));
        setMore(page.length === PAGE);
      } finally {
        setBusy(false);
      }
    },
    [form, rows],
  );

  useEffect(() => {
    if (open) void load(false);
    // Only on opening: later loads come from the search button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  return (
    <Modal open={open} title={t('auditTitle')} onCancel={onClose} footer={null} width={1000} destroyOnHidden>
      <Form form={form} layout="inline" onFinish={() => void load(false)} style={{ marginBottom: 12 }}>
        <Form.Item name="userId" label={t('auditWho')}>
          <Select allowClear style={{ width: 140 }} options={users.map((u) => ({ value: u.id, label: u.displayName }))} data-testid="audit-user" />
        </Form.Item>
        <Form.Item name="action" label={t('auditAction')}>
          <Input style={{ width: 140 }} data-testid="audit-action" />
        </Form.Item>
        <Form.Item name="address" label={t('auditAddress')}>
          <Input style={{ width: 130 }} data-testid="audit-address" />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker placeholder={[t('auditFrom'), t('auditTo')]} />
        </Form.Item>
        <Button htmlType="submit" type="primary" loading={busy} data-testid="audit-search">
          {t('auditSearch')}
        </Button>
      </Form>
      <Table<Entry>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        scroll={{ y: 420 }}
        data-testid="audit-table"
        columns={[
          { title: t('colAt'), dataIndex: 'at', width: 170, render: (at: string) => at.replace('T', ' ').slice(0, 19) },
          { title: t('colWho'), dataIndex: 'userName', width: 110 },
          { title: t('colAction'), dataIndex: 'action', width: 140 },
          { title: t('colEntity'), width: 100, render: (_: unknown, e: Entry) => (e.entityId === null ? e.entity : `${e.entity} #${e.entityId}`) },
          { title: t('colDetail'), dataIndex: 'detail' },
          { title: t('colAddress'), dataIndex: 'address', width: 120, render: (a: string) => a || t('local') },
        ]}
      />
      {more && (
        <Space style={{ marginTop: 8 }}>
          <Button onClick={() => void load(true)} loading={busy} data-testid="audit-more">
            {t('auditMore')}
          </Button>
        </Space>
      )}
    </Modal>
  );
}
