import { FileAddOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useT } from '../../i18n/use-t';
import { ImportDialog } from './ImportDialog';
import { useIntake } from './store';

/** 导入 and 粘贴稿件 in the library toolbar, and the dialog they open. */
export function ImportButtons() {
  const t = useT();
  const show = useIntake((s) => s.show);
  return (
    <Space>
      <Button type="primary" icon={<FileAddOutlined />} onClick={() => show('file')} data-testid="import-button">
        {t('import.button')}
      </Button>
      <Button icon={<SnippetsOutlined />} onClick={() => show('paste')} data-testid="paste-button">
        {t('import.fromPaste')}
      </Button>
      <ImportDialog />
    </Space>
  );
}
