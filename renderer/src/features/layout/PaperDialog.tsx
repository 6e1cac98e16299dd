import { Alert, Button, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { CN_NUMBER, type PaperSettings } from '../../../../shared/model/paper-settings';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { usePaperT } from './paper-messages';
import { useLayout } from './store';

/**
 * 报纸设置: the paper's 报头 data — 报名, 刊号 (CN xx-xxxx), 主办单位 and further masthead lines —
 * entered once; every issue's 报头 reads it. A wrong 刊号 is refused with the form it must take.
 */
export function PaperDialog() {
  const t = usePaperT();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<PaperSettings | null>(null);
  const [extra, setExtra] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    void api()
      .call('paper.settings', {})
      .then((s) => {
        setForm(s);
        setExtra(s.extraLines.join('\n'));
      })
      .catch((e: unknown) => setError(errorText(e, useLang.getState().lang)));
  }, [open]);
  const cnBad = form !== null && form.cnNumber.trim() !== '' && !CN_NUMBER.test(form.cnNumber.trim());
  const save = async (): Promise<void> => {
    if (!form) return;
    try {
      const extraLines = extra.split('\n').map((l) => l.trim()).filter(Boolean);
      await api().call('paper.setSettings', { ...form, cnNumber: form.cnNumber.trim(), extraLines });
      setOpen(false);
      // Every page's 报头 may have changed.
      useLayout.setState({ lists: {} });
      await useLayout.getState().refresh();
    } catch (e) {
      setError(errorText(e, useLang.getState().lang));
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="paper-settings">
        {t('paperSettings')}
      </Button>
      <Modal open={open} title={t('paperSettings')} okText={t('save')} cancelText={t('cancel')} onOk={() => void save()} onCancel={() => setOpen(false)} okButtonProps={{ disabled: !form || cnBad, ...({ 'data-testid': 'paper-save' } as Record<`data-${string}`, string>) }} destroyOnHidden>
        {error && <Alert type="error" showIcon message={error} data-testid="paper-error" />}
        {form && (
          <Form layout="horizontal" labelCol={{ span: 6 }} data-testid="paper-dialog">
            <Form.Item label={t('paperName')}>
              <Input value={form.paperName} maxLength={20} onChange={(e) => setForm({ ...form, paperName: e.target.value })} data-testid="paper-name" />
            </Form.Item>
            <Form.Item label={t('cnNumber')} validateStatus={cnBad ? 'error' : undefined} help={cnBad ? t('cnBad') : t('cnHint')}>
              <Input value={form.cnNumber} maxLength={20} placeholder="CN 33-0012" onChange={(e) => setForm({ ...form, cnNumber: e.target.value })} data-testid="paper-cn" />
            </Form.Item>
            <Form.Item label={t('publisher')}>
              <Input value={form.publisher} maxLength={40} placeholder={t('publisherHint')} onChange={(e) => setForm({ ...form, publisher: e.target.value })} data-testid="paper-publisher" />
            </Form.Item>
            <Form.Item label={t('extraLines')} help={t('extraHint')}>
              <Input.TextArea value={extra} rows={3} onChange={(e) => setExtra(e.target.value)} data-testid="paper-extra" />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
