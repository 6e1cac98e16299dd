import { Alert, Button, Checkbox, Input, Modal, Popconfirm, Segmented, Space, Switch, Table, Tag, Tooltip } from 'antd';
import type { ButtonProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { LEXICON_KINDS, type LexiconEntryView } from '../../../../shared/api/methods/lexicons';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useSession } from '../session/store';
import { useLexiconT } from './lexicon-messages';
import { useLexicons } from './lexicon-store';
import { LexiconForm } from './LexiconForm';
import './proof.css';

type Kind = LexiconEntryView['kind'];
const KEEPERS = new Set(['editor', 'duty-editor', 'admin']);
const rowKey = (e: LexiconEntryView): string => (e.id !== null ? `n${e.id}` : `d:${e.kind}:${e.wrong}:${e.right}`);

/** The conditions of an entry in one short line (regex sources as typed). */
function conditions(e: LexiconEntryView): string {
  return [
    e.before && `…${e.before}|`,
    e.after && `|${e.after}…`,
    e.notBefore && `≠…${e.notBefore}|`,
    e.notAfter && `≠|${e.notAfter}…`,
  ].filter(Boolean).join('  ');
}

/** 词库: every word list the checker uses, per list, filterable; the newsroom's entries editable, defaults switchable. */
export function LexiconDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useLexiconT();
  const lang = useLang((s) => s.lang);
  const { entries, error, load, remove, setDefaultEnabled } = useLexicons();
  const role = useSession((s) => s.current?.role);
  const canEdit = role !== undefined && KEEPERS.has(role);
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [onlyMine, setOnlyMine] = useState(false);
  const [editing, setEditing] = useState<LexiconEntryView | 'new' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  useEffect(() => {
    if (open) void load();
  }, [open, load]);

  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of entries ?? []) m.set(e.kind, (m.get(e.kind) ?? 0) + 1);
    return m;
  }, [entries]);
  const rows = useMemo(() => {
    const q = query.trim();
    const shown = (entries ?? []).filter(
      (e) => (kind === 'all' || e.kind === kind) && (!onlyMine || !e.shipped) && (!q || [e.wrong, e.right, e.note, e.source].some((s) => s.includes(q))),
    );
    // The newsroom's own entries first, newest first: they are the ones being worked on.
    return [...shown.filter((e) => !e.shipped).reverse(), ...shown.filter((e) => e.shipped)];
  }, [entries, kind, query, onlyMine]);

  const act = (run: () => Promise<void>) => async () => {
    setActionError(null);
    try {
      await run();
    } catch (e) {
      setActionError(e);
    }
  };

  return (
    <Modal open={open} title={t('title')} onCancel={onClose} footer={null} width={1240} destroyOnHidden data-testid="lexicon-dialog">
      <div className="bx-lex" data-testid="lexicon-panel">
        <div className="bx-pf-comment">{t('intro')}</div>
        <Space wrap className="bx-lex-bar">
          <Segmented<Kind | 'all'>
            size="small"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: `${t('all')} ${entries?.length ?? 0}` },
              ...LEXICON_KINDS.map((k) => ({ value: k, label: <span data-testid={`lexicon-tab-${k}`}>{`${t(`kind_${k}`)} ${counts.get(k) ?? 0}`}</span> })),
            ]}
          />
          <Input.Search size="small" allowClear placeholder={t('filter')} value={query} onChange={(e) => setQuery(e.target.value)} style={{ width: 260 }} data-testid="lexicon-filter" />
          <Checkbox checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} data-testid="lexicon-only-mine">
            {t('onlyMine')}
          </Checkbox>
          <Tooltip title={canEdit ? undefined : t('readOnly')}>
            <Button size="small" type="primary" disabled={!canEdit} onClick={() => setEditing('new')} data-testid="lexicon-add">
              {t('add')}
            </Button>
          </Tooltip>
          <span className="bx-pf-comment" data-testid="lexicon-count">{t('count', { n: rows.length })}</span>
        </Space>
        {(error ?? actionError) !== null && <Alert type="error" showIcon title={errorText(actionError ?? error, lang)} />}
        <Table<LexiconEntryView>
          size="small"
          rowKey={rowKey}
          dataSource={rows}
          loading={!entries}
          pagination={{ pageSize: 12, showSizeChanger: false, size: 'small' }}
          onRow={(e) => ({ 'data-testid': 'lexicon-row', 'data-wrong': e.wrong, 'data-shipped': String(e.shipped), 'data-enabled': String(e.enabled) }) as object}
          rowClassName={(e) => (e.enabled ? '' : 'bx-lex-off')}
          columns={[
            { title: t('kind'), width: 86, render: (_, e) => <Tag>{t(`kind_${e.kind}`)}</Tag> },
            { title: t('wrong'), dataIndex: 'wrong', width: 130, render: (v: string) => <del className="bx-pf-was">{v}</del> },
            {
              title: t('right'),
              width: 160,
              render: (_, e) => (
                <>
                  <ins className="bx-pf-now">{e.right}</ins>
                  {e.alternatives.length > 0 && <span className="bx-pf-comment"> / {e.alternatives.join(' / ')}</span>}
                </>
              ),
            },
            { title: t('conditions'), width: 120, render: (_, e) => <code className="bx-lex-cond">{conditions(e)}</code> },
            { title: t('note'), dataIndex: 'note', ellipsis: true },
            { title: t('source'), dataIndex: 'source', ellipsis: true, width: 190 },
            { title: t('date'), dataIndex: 'date', width: 96 },
            { title: t('by'), width: 64, render: (_, e) => (e.shipped ? <Tag>{t('shipped')}</Tag> : e.createdBy) },
            {
              title: t('actions'),
              width: 110,
              render: (_, e) =>
                e.shipped ? (
                  <Switch
                    size="small"
                    checked={e.enabled}
                    disabled={!canEdit}
                    checkedChildren={t('enabled')}
                    unCheckedChildren={t('disabled')}
                    onChange={(on) => void act(() => setDefaultEnabled(e, on))()}
                    data-testid="lexicon-toggle"
                  />
                ) : (
                  <Space size={0}>
                    <Button size="small" type="link" disabled={!canEdit} onClick={() => setEditing(e)} data-testid="lexicon-edit">
                      {t('edit')}
                    </Button>
                    <Popconfirm title={t('confirmDelete')} disabled={!canEdit} onConfirm={act(() => remove(e.id!))} okButtonProps={{ 'data-testid': 'lexicon-delete-ok' } as ButtonProps}>
                      <Button size="small" type="link" danger disabled={!canEdit} data-testid="lexicon-delete">
                        {t('delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </div>
      <LexiconForm editing={editing} kind={kind === 'all' ? null : kind} onClose={() => setEditing(null)} />
    </Modal>
  );
}
