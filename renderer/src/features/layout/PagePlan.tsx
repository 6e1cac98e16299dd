import { Button, Input, Table } from 'antd';
import { useState } from 'react';
import type { Page } from '../../../../shared/model/layout';
import { LockBadge } from '../collab/LockBadge';
import { useLayoutT } from './messages';
import { useLayout } from './store';

type Field = 'name' | 'editor' | 'designer' | 'proofreader';

/** A plan cell: edited freely, saved to the core when the field is left. */
function PlanInput({ page, field }: { page: Page; field: Field }) {
  const [value, setValue] = useState(page[field]);
  const save = (): void => {
    if (value.trim() !== page[field]) void useLayout.getState().updatePage(page.id, { [field]: value.trim() });
  };
  return <Input size="small" value={value} maxLength={60} onChange={(e) => setValue(e.target.value)} onBlur={save} onPressEnter={save} data-testid={`plan-${field}`} />;
}

/** 版面计划: every page of the issue with its 版名 and the people responsible for it. */
export function PagePlan() {
  const t = useLayoutT();
  const issue = useLayout((s) => s.issue);
  if (!issue) return null;
  return (
    <div className="lx-plan" data-testid="page-plan">
      <Table<Page>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={issue.pages}
        onRow={() => ({ 'data-testid': 'plan-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('folio'), dataIndex: 'number', width: 70, render: (n: number) => t('page', { n }) },
          { title: t('name'), key: 'name', render: (_: unknown, p) => <PlanInput key={`${p.id}-name-${p.name}`} page={p} field="name" /> },
          { title: t('template'), dataIndex: 'template', width: 110, render: (v: string) => (v === 'tabloid' ? t('tabloid') : t('broadsheet')) },
          { title: t('editor'), key: 'editor', render: (_: unknown, p) => <PlanInput key={`${p.id}-e-${p.editor}`} page={p} field="editor" /> },
          { title: t('designer'), key: 'designer', render: (_: unknown, p) => <PlanInput key={`${p.id}-d-${p.designer}`} page={p} field="designer" /> },
          { title: t('proofreader'), key: 'proofreader', render: (_: unknown, p) => <PlanInput key={`${p.id}-p-${p.proofreader}`} page={p} field="proofreader" /> },
          { title: t('layingOut'), key: 'lease', render: (_: unknown, p) => <LockBadge kind="page" id={p.id} /> },
          {
            title: '',
            key: 'open',
            width: 80,
            render: (_: unknown, p) => (
              <Button
                size="small"
                onClick={() => {
                  useLayout.getState().setView('canvas');
                  void useLayout.getState().openPage(p.id);
                }}
              >
                {t('canvas')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
