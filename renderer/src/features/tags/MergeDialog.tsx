import { Alert, App, Modal, Select, Space, Tag, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { TAG_KIND_LABELS, type Tag as TagT } from '../../../../shared/tags/types';
import { useLang } from '../../i18n/store';
import { KIND_COLOURS } from './kind-colours';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';

/**
 * 合并: choose the tag to keep; the dialog says how many stories move before anything happens.
 * The core moves stories, pages and children and keeps the old name as a synonym.
 */
export function MergeDialog({ from, onClose }: { from: TagT; onClose: () => void }) {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const tags = useTaxonomy((s) => s.tags);
  const merge = useTaxonomy((s) => s.merge);
  const [intoId, setIntoId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const into = tags.find((x) => x.id === intoId);
  const options = tags
    .filter((x) => x.id !== from.id)
    .map((x) => ({
      value: x.id,
      search: [x.name, ...x.synonyms].join(' '),
      label: (
        <span data-testid="merge-option" data-name={x.name}>
          <Tag color={KIND_COLOURS[x.kind]}>{TAG_KIND_LABELS[x.kind][lang === 'en' ? 'en' : 'zh']}</Tag>
          {x.name} <span className="bx-tax-count">({x.storyCount})</span>
        </span>
      ),
    }));
  const ok = async (): Promise<void> => {
    if (!into) return;
    setBusy(true);
    const merged = await merge(from.id, into.id);
    setBusy(false);
    if (merged) void message.success(t('merged', { name: merged.name }));
    // A failure is shown above the taxonomy by the store; the dialog closes either way.
    onClose();
  };
  return (
    <Modal
      open
      title={t('mergeTitle', { name: from.name })}
      okText={t('mergeOk')}
      cancelText={t('cancel')}
      onOk={() => void ok()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ danger: true, disabled: !into, 'data-testid': 'merge-ok' } as ButtonProps}
      data-testid="merge-dialog"
    >
      <Space direction="vertical" className="bx-tax-merge">
        <Space>
          <span>{t('mergeInto')}</span>
          <Select<number>
            className="bx-tax-merge-select"
            showSearch={{ optionFilterProp: 'search' }}
            placeholder={t('mergeChoose')}
            value={intoId ?? undefined}
            options={options}
            onChange={(v) => setIntoId(v)}
            data-testid="merge-target"
          />
        </Space>
        {into && (
          <Alert
            type="warning"
            showIcon
            message={<Typography.Text data-testid="merge-warning">{t('mergeWarn', { from: from.name, into: into.name, n: from.storyCount })}</Typography.Text>}
          />
        )}
      </Space>
    </Modal>
  );
}
