import type { ExportStatus } from '../../../../shared/api/methods/export';
import { useExportT } from './messages';

type ExportFile = ExportStatus['files'][number];

// In the desktop shell new windows are refused by design, so the e-paper opens only in browser mode.
const inBrowserMode = (): boolean => !window.banxin;

/**
 * An exported output as a link the core serves back: a PDF or zip downloads under its own name;
 * the e-paper opens in a new tab (browser mode). NewsML is a folder of files: its name only.
 */
export function ExportLink({ file }: { file: ExportFile }) {
  const t = useExportT();
  if (file.target === 'newsml') return <span>{file.name}</span>;
  if (file.target === 'epaper') {
    return inBrowserMode() ? (
      <a href={file.href} target="_blank" rel="noopener noreferrer" data-testid="export-open" title={t('openEpaper')}>
        {file.name}
      </a>
    ) : (
      <span>{file.name}</span>
    );
  }
  return (
    <a href={file.href} download={file.name} data-testid="export-download" title={t('download')}>
      {file.name}
    </a>
  );
}
