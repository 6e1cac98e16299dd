import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { Result } from '../../../../shared/api/contract';
import { api } from '../../api/connection';
import { errorText } from '../../api/error-text';
import { useFeatureT } from '../../i18n/feature-t';
import { useLang } from '../../i18n/store';

const galleyMessages = {
  zh: {
    galley: '小样 PDF',
    galleyHint: '按本稿在版面上的栏宽排出小样：未处理的修改以红色标在文中，批注在页边，附校次与三审签字栏。',
    ready: '小样已生成：',
  },
  en: {
    galley: 'Galley PDF',
    galleyHint: 'The story set at its column width on the page: open corrections marked in red, notes in the margin, the round and the three reviews.',
    ready: 'Galley proof ready:',
  },
};

/** 小样 for the story being proofread: written by the core into the export folder, then offered as a download. */
export function GalleyButton({ storyId }: { storyId: number }) {
  const t = useFeatureT(galleyMessages);
  const lang = useLang((s) => s.lang);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Result<'export.galley'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const write = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await api().call('export.galley', { storyId }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="bx-pf-galley" data-testid="galley">
      <Tooltip title={t('galleyHint')}>
        <Button icon={<FilePdfOutlined />} loading={busy} onClick={() => void write()} data-testid="galley-write">
          {t('galley')}
        </Button>
      </Tooltip>
      {done && (
        <span className="bx-pf-comment" data-testid="galley-ready">
          {t('ready')}
          <a href={done.file.href} download={done.file.name} data-testid="galley-download">
            {done.file.name}
          </a>
        </span>
      )}
      {error !== null && (
        <Typography.Text type="danger" role="alert" data-testid="galley-error">
          {errorText(error, lang)}
        </Typography.Text>
      )}
    </span>
  );
}
