import { Table } from 'antd';
import type { ErrorRate } from './store';
import { useProofT } from './messages';
import { useRateT } from './rate-messages';

type Caught = ErrorRate['caught'];

/** 检出: what each round and each proofreader caught — their record, not the paper's quality. */
export function CaughtTable({ caught }: { caught: Caught }) {
  const t = useRateT();
  const pt = useProofT();
  const rounds = pt('roundNames').split('|');
  return (
    <section className="bx-pf-rate-part" data-testid="caught" data-total={caught.total}>
      <div className="bx-pf-rate-title">
        {t('caught')} <span data-testid="caught-total">{t('caughtTotal', { n: caught.total })}</span>
      </div>
      <div className="bx-pf-comment" data-testid="caught-explain">{t('caughtExplain')}</div>
      {caught.rows.length === 0 ? (
        <div className="bx-pf-comment">{t('noCaught')}</div>
      ) : (
        <Table<Caught['rows'][number]>
          size="small"
          rowKey={(r) => `${r.round}/${r.userId}/${r.role}`}
          pagination={false}
          dataSource={caught.rows}
          onRow={(r) => ({ 'data-testid': 'caught-row', 'data-round': r.round, 'data-person': r.userName, 'data-total': r.total }) as object}
          columns={[
            { title: t('round'), width: 56, render: (_, r) => rounds[r.round - 1] ?? r.round },
            { title: t('person'), dataIndex: 'userName', ellipsis: true },
            { title: 'A/B/C', width: 64, render: (_, r) => `${r.byClass.A}/${r.byClass.B}/${r.byClass.C}` },
            { title: t('caughtCol'), dataIndex: 'total', width: 48 },
          ]}
        />
      )}
    </section>
  );
}
