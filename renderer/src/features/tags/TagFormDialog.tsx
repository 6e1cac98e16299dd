import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Select, Space, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { TAG_KIND_LABELS, TAG_KINDS, type Tag, type TagKind } from '../../../../shared/tags/types';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useTaxonomyT } from './taxonomy-messages';
import { useTaxonomy } from './taxonomy-store';
import { descendantIds } from './taxonomy-tree';

interface FormValues {
  name: string;
  kind: TagKind;
  parentId?: number | null;
  synonyms: string[];
  iptcCode?: string | null;
  titles: Array<{ title: string; from?: string; to?: string }>;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const orNull = (s: string | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** 新建 / 编辑 a tag: name, kind, parent, synonyms, IPTC topic, and for people their titles with dates. */
export function TagFormDialog({ tag, onClose }: { tag: Tag | null; onClose: () => void }) {
  const t = useTaxonomyT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const tags = useTaxonomy((s) => s.tags);
  const iptc = useTaxonomy((s) => s.iptc);
  const save = useTaxonomy((s) => s.save);
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form) ?? tag?.kind ?? 'topic';
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  // A tag is filed under another of its kind, never under itself or anything filed under it.
  const parentOptions = useMemo(() => {
    const below = tag ? descendantIds(tags, tag.id) : new Set<number>();
    return tags
      .filter((x) => x.kind === kind && x.id !== tag?.id && !below.has(x.id))
      .map((x) => ({ value: x.id, label: x.name, search: [x.name, ...x.synonyms].join(' ') }));
  }, [tags, tag, kind]);
  const iptcOptions = useMemo(
    () =>
      iptc.map((x) => ({
        value: x.code,
        search: `${x.zh} ${x.en} ${x.code}`,
        label: (
          <span data-testid="tag-form-iptc-option" data-code={x.code}>
            {x.parent ? '　' : ''}
            {lang === 'en' ? x.en : x.zh} <span className="bx-tax-count">{x.code.replace('medtop:', '')}</span>
          </span>
        ),
      })),
    [iptc, lang],
  );

  const submit = async (): Promise<void> => {
    const v = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      const saved = await save(tag?.id ?? null, {
        name: v.name.trim(),
        kind: v.kind,
        parentId: v.parentId ?? null,
        synonyms: [...new Set((v.synonyms ?? []).map((s) => s.trim()).filter(Boolean))],
        iptcCode: v.iptcCode ?? null,
        titles: v.kind === 'person' ? (v.titles ?? []).map((x) => ({ title: x.title.trim(), from: orNull(x.from), to: orNull(x.to) })) : [],
      });
      void message.success(t('saved', { name: saved.name }));
      onClose();
    } catch (e) {
      // CONFLICT (a duplicate name), VALIDATION, NO_USER: said in the UI language, the dialog stays open.
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={tag ? t('editTitle', { name: tag.name }) : t('createTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'tag-form-ok' } as ButtonProps}
      width={640}
      data-testid="tag-form"
    >
      {error !== undefined && <Alert type="error" showIcon message={errorText(error, lang)} className="bx-tax-form-error" data-testid="tag-form-error" />}
      <Form<FormValues>
        form={form}
        layout="horizontal"
        labelCol={{ span: 5 }}
        initialValues={{
          name: tag?.name ?? '',
          kind: tag?.kind ?? 'topic',
          parentId: tag?.parentId ?? null,
          synonyms: tag?.synonyms ?? [],
          iptcCode: tag?.iptcCode ?? null,
          titles: (tag?.titles ?? []).map((x) => ({ title: x.title, from: x.from ?? '', to: x.to ?? '' })),
        }}
        onValuesChange={(changed: Partial<FormValues>) => {
          // A new kind means a new tree: the old parent no longer fits.
          if (changed.kind !== undefined) form.setFieldValue('parentId', null);
        }}
      >
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }, { max: 60 }]}>
          <Input data-testid="tag-form-name" autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t('kind')}>
          <Select
            options={TAG_KINDS.map((k) => ({ value: k, label: <span data-testid="tag-form-kind-option" data-kind={k}>{TAG_KIND_LABELS[k][lang === 'en' ? 'en' : 'zh']}</span> }))}
            data-testid="tag-form-kind"
          />
        </Form.Item>
        <Form.Item name="parentId" label={t('parent')}>
          <Select allowClear showSearch={{ optionFilterProp: 'search' }} placeholder={t('noParent')} options={parentOptions} data-testid="tag-form-parent" />
        </Form.Item>
        <Form.Item name="synonyms" label={t('synonyms')} extra={t('synonymsHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、', ';', '；']} suffixIcon={null} data-testid="tag-form-synonyms" />
        </Form.Item>
        <Form.Item name="iptcCode" label={t('iptc')}>
          <Select allowClear showSearch={{ optionFilterProp: 'search' }} placeholder={t('iptcNone')} options={iptcOptions} data-testid="tag-form-iptc" />
        </Form.Item>
        {kind === 'person' && <TitlesField />}
      </Form>
    </Modal>
  );
}

/** A person's titles, each with the dates held (an empty end: still held). */
function TitlesField() {
  const t = useTaxonomyT();
  const dateRule = { pattern: DATE, message: t('dateFormat') };
  return (
    <Form.Item label={t('titles')}>
      <Form.List name="titles">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" data-testid="tag-form-title-row">
                <Form.Item name={[f.name, 'title']} rules={[{ required: true, whitespace: true, min: 2, message: t('titleName') }]}>
                  <Input placeholder={t('titleName')} className="bx-tax-title" data-testid="tag-form-title" />
                </Form.Item>
                <Form.Item name={[f.name, 'from']} rules={[dateRule]}>
                  <Input placeholder={t('titleFrom')} className="bx-tax-date" data-testid="tag-form-title-from" />
                </Form.Item>
                <Form.Item name={[f.name, 'to']} rules={[dateRule]}>
                  <Input placeholder={t('titleTo')} className="bx-tax-date" data-testid="tag-form-title-to" />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', from: '', to: '' })} data-testid="tag-form-add-title">
              {t('addTitle')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
