import { Col, Input, Row } from 'antd';
import type { MessageKey } from '../../i18n/zh-cn';
import { useT } from '../../i18n/use-t';
import { useEditor, type HeaderField } from './store';
import { useEditorLock } from '../collab/edit-lock';

const LAYOUT: Array<{ field: HeaderField; label: MessageKey; span: number; big?: boolean }> = [
  { field: 'kicker', label: 'field.kicker', span: 24 },
  { field: 'headline', label: 'field.headline', span: 24, big: true },
  { field: 'subhead', label: 'field.subhead', span: 24 },
  { field: 'byline', label: 'field.byline', span: 8 },
  { field: 'dateline', label: 'field.dateline', span: 10 },
  { field: 'section', label: 'field.section', span: 6 },
];

/** 引题 / 主题 / 副题 / 署名 / 电头 / 栏目 as plain inputs above the body. */
export function HeaderFields() {
  const t = useT();
  const content = useEditor((s) => s.content);
  const setField = useEditor((s) => s.setField);
  const { readOnly } = useEditorLock();
  if (!content) return null;
  return (
    <Row gutter={[8, 6]} className="bx-fields">
      {LAYOUT.map(({ field, label, span, big }) => (
        <Col span={span} key={field}>
          <Input
            addonBefore={<span className="bx-field-label">{t(label)}</span>}
            value={content[field]}
            onChange={(e) => setField(field, e.target.value)}
            readOnly={readOnly}
            className={big ? 'bx-field-headline' : undefined}
            data-testid={`field-${field}`}
          />
        </Col>
      ))}
    </Row>
  );
}
