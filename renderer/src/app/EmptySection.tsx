import { ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import type { MessageKey } from '../i18n/zh-cn';
import { useT } from '../i18n/use-t';

/** An honest placeholder for a section that is not built yet: it says what will come there. */
export function EmptySection({ name }: { name: 'proof' | 'layout' | 'export' }) {
  const t = useT();
  return (
    <div className="bx-page bx-center" data-testid={`empty-${name}`}>
      <Result icon={<ToolOutlined className="bx-empty-icon" />} title={t(`empty.${name}.title` as MessageKey)} subTitle={<p className="bx-empty-body">{t(`empty.${name}.body` as MessageKey)}</p>} />
    </div>
  );
}
