import { FontSizeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { FontsDialog } from './FontsDialog';
import { useFontsT } from './messages';
import './fonts.css';

/** The status bar's 字体 entry: the fonts of each style and the paper's own font files. */
export function FontsButton() {
  const t = useFontsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="text" icon={<FontSizeOutlined />} title={t('buttonHint')} onClick={() => setOpen(true)} data-testid="fonts-open">
        {t('button')}
      </Button>
      <FontsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
