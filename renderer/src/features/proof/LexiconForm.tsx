import { Alert, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { LEXICON_KINDS, type LexiconEntryView } from '../../../../shared/api/methods/lexicons';
import { contextPatternError } from '../../../../shared/proof/lexicons/pattern';
import { ApiCallError } from '../../../../shared/api/client';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useLexiconT } from './lexicon-messages';
import { useLexicons } from './lexicon-store';

type Kind = LexiconEntryView['kind'];
interface Values {
  kind: Kind;
  wrong: string;
  right: string;
  alternatives: string[];
  before: string;
  after: string;
  notBefore: string;
  notAfter: string;
  note: string;
  source: string;
  date: string;
}
const CONTEXT = ['before', 'after', 'notBefore', 'notAfter'] as const;
const today = (): string => new Date().toISOString().slice(0, 10);

/** The core's field-level reasons for a VALIDATION error (zod issues carry zh / en text). */
function issues(e: unknown): string {
  if (!(e instanceof ApiCallError) || !Array.isArray(e.error.details)) return '';
  return (e.error.details as { path?: string; message?: string }[]).map((d) => `${d.path ?? ''}: ${d.message ?? ''}`).join('；');
}

/** Add or edit one newsroom entry; a context pattern is checked as it is typed, the core checks again. */
export function LexiconForm({ editing, kind, onClose }: { editing: LexiconEntryView | 'new' | null; kind: Kind | null; onClose: () => void }) {
  const t = useLexiconT();
  const lang = useLang((s) => s.lang);
  const { create, update } = useLexicons();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const entry = editing && editing !== 'new' ? editing : null;

  useEffect(() => {
    if (!editing) return;
    setError(null);
    form.setFieldsValue(
      entry
        ? { ...entry, before: entry.before ?? '', after: entry.after ?? '', notBefore: entry.notBefore ?? '', notAfter: entry.notAfter ?? '' }
        : { kind: kind ?? 'names', wrong: '', right: '', alternatives: [], before: '', after: '', notBefore: '', notAfter: '', note: '', source: '', date: today() },
    );
  }, [editing, entry, kind, form]);

  const submit = async () => {
    // A failed validation is shown beside its fields; it is not an error to report.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ctx = Object.fromEntries(CONTEXT.map((k) => [k, v[k].trim() ? v[k] : null])) as Record<(typeof CONTEXT)[number], string | null>;
    const fields = { kind: v.kind, wrong: v.wrong, right: v.right, alternatives: v.alternatives, ...ctx, note: v.note, source: v.source, date: v.date };
    setBusy(true);
    setError(null);
    try {
      if (entry?.id) await update({ id: entry.id, ...fields });
      else await create(fields);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const regexRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = value ? contextPatternError(value) : null;
      return problem ? Promise.reject(new Error(t('badRegex', { msg: problem }))) : Promise.resolve();
    },
  };
  const required = { required: true, whitespace: true, message: t('required') };

  return (
    <Modal
      open={editing !== null}
      title={entry ? t('editEntry') : t('newEntry')}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ 'data-testid': 'lexicon-save' } as ButtonProps}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="small" data-testid="lexicon-form">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
              <Select data-testid="lexicon-kind" options={LEXICON_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="wrong" label={t('wrong')} rules={[required, { max: 100 }]}>
              <Input data-testid="lexicon-wrong" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="right" label={t('right')} rules={[required, { max: 100 }]}>
              <Input data-testid="lexicon-right" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="alternatives" label={t('alternatives')}>
          <Select mode="tags" open={false} suffixIcon={null} data-testid="lexicon-alternatives" />
        </Form.Item>
        <Row gutter={12}>
          {CONTEXT.map((k) => (
            <Col span={12} key={k}>
              <Form.Item name={k} label={t(k)} rules={[regexRule, { max: 200 }]}>
                <Input data-testid={`lexicon-${k}`} className="bx-mono" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="note" label={t('note')} rules={[{ max: 500 }]}>
          {/* fixed rows: autoSize measures with an inline-styled textarea, which the CSP refuses */}
          <Input.TextArea rows={2} data-testid="lexicon-note" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="source" label={t('source')} rules={[required, { max: 300 }]}>
              <Input placeholder={t('sourceHint')} data-testid="lexicon-source" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={t('date')} rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}>
              <Input data-testid="lexicon-date" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error, lang)} description={issues(error) || undefined} data-testid="lexicon-error" />}
    </Modal>
  );
}
