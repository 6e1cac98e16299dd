import { Alert, Button, Modal, Select, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import { svgFontFamily } from '../../../../shared/render';
import { fileToBase64 } from '../../api/base64';
import { FileButton } from '../../ui/FileButton';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { ensureFonts } from '../layout/paint';
import { useFontsT } from './messages';

type FontList = Result<'fonts.list'>;
type StyleRow = FontList['styles'][number];

/**
 * 字体与样式: for each style, the fonts it is set in (the newsroom's choice, or its defaults), a
 * sample in the chosen face, and 添加字体文件 for the paper's licensed fonts (sent as bytes).
 */
export function FontsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useFontsT();
  const lang = useLang((s) => s.lang);
  const [data, setData] = useState<FontList | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const list = await api().call('fonts.list', {});
    setData(list);
    await ensureFonts([...new Set(list.styles.map((s) => (s.chosen ?? s.defaults)[0]!))]);
  }, []);
  useEffect(() => {
    if (!open) return;
    setNote(null);
    setError(null);
    void load().catch(setError);
  }, [open, load]);

  const choose = async (row: StyleRow, fontIds: string[] | null): Promise<void> => {
    setError(null);
    try {
      await api().call('fonts.setStyle', { key: row.key, fontIds });
      setNote(t('saved', { style: lang === 'en' ? row.nameEn : row.nameZh }));
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const addFile = async (file: File): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const added = await api().call('fonts.add', { name: file.name, dataBase64: await fileToBase64(file, 'font') });
      setNote(t('added', { names: added.map((f) => `${f.family} ${f.style}`).join('、') }));
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const sourceLabel = { npm: t('sourceNpm'), system: t('sourceSystem'), user: t('sourceUser') } as const;
  const options = (data?.fonts ?? []).map((f) => ({ value: f.id, label: `${f.family} ${f.style} · ${sourceLabel[f.source]}` }));
  const nameOf = (id: string): string => {
    const f = data?.fonts.find((x) => x.id === id);
    return f ? `${f.family} ${f.style}` : id;
  };

  return (
    <Modal open={open} onCancel={onClose} footer={null} width={920} title={t('title')} destroyOnHidden>
      <div data-testid="fonts-dialog">
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <div className="bx-fonts-add">
          <FileButton accept=".ttf,.otf,.ttc" loading={busy} inputTestId="fonts-add" onFiles={([file]) => void addFile(file!)}>
            {t('add')}
          </FileButton>
          <Typography.Text type="secondary"> {t('addHint')}</Typography.Text>
        </div>
        {note && <Alert type="success" showIcon title={note} data-testid="fonts-note" />}
        {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} data-testid="fonts-error" />}
        <Table<StyleRow>
          rowKey="key"
          size="small"
          pagination={false}
          loading={!data || busy}
          dataSource={data?.styles ?? []}
          onRow={(row) => ({ 'data-testid': 'fonts-style', 'data-key': row.key }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('style'), width: 110, render: (_, row) => <strong>{lang === 'en' ? row.nameEn : row.nameZh}</strong> },
            {
              title: t('fonts'),
              render: (_, row) => (
                <div>
                  <Select
                    mode="multiple"
                    maxCount={4}
                    style={{ width: '100%' }}
                    value={row.chosen ?? []}
                    placeholder={t('defaults', { fonts: row.defaults.map(nameOf).join('、') })}
                    options={options}
                    showSearch={{ optionFilterProp: 'label' }}
                    onChange={(ids: string[]) => void choose(row, ids.length ? ids : null)}
                    data-testid={`fonts-select-${row.key}`}
                  />
                  <div className="bx-fonts-sample" style={{ fontFamily: `'${svgFontFamily((row.chosen ?? row.defaults)[0]!)}', serif` }} data-testid={`fonts-sample-${row.key}`}>
                    {t('sample')}
                  </div>
                </div>
              ),
            },
            {
              width: 110,
              render: (_, row) => (
                <Button size="small" disabled={!row.chosen} onClick={() => void choose(row, null)} data-testid={`fonts-default-${row.key}`}>
                  {t('useDefault')}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
