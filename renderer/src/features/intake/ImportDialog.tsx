import { Alert, App, Input, Modal, Space, type ButtonProps } from 'antd';
import { errorText } from '../../api/error-text';
import { useLang } from '../../i18n/store';
import { useT } from '../../i18n/use-t';
import { useLibrary } from '../library/store';
import { PreviewList } from './PreviewList';
import { RepairGroups } from './RepairGroups';
import { SourcePicker } from './SourcePicker';
import { skipPositions } from './edited-preview';
import { useIntake } from './store';
import { StructureToolbar } from './StructureControls';

/** The import dialog: pick a source, review the parse and the repairs, then commit. */
export function ImportDialog() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const { open, mode, preview, stories, busy, error, section, setSection, close, commit, skipped } = useIntake();
  const toImport = stories.length - skipPositions(stories, skipped).length;
  const onCommit = async () => {
    const n = await commit();
    if (n > 0) {
      void message.success(t('import.done', { n }));
      void useLibrary.getState().load();
    }
  };
  return (
    <Modal
      open={open}
      width={860}
      title={mode === 'paste' ? t('import.fromPaste') : t('import.fromFile')}
      onCancel={close}
      okText={t('import.commit', { n: toImport })}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !preview || toImport <= 0, loading: busy, 'data-testid': 'import-commit' } as ButtonProps}
      onOk={() => void onCommit()}
      destroyOnHidden
      data-testid="import-dialog"
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <SourcePicker />
        {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} data-testid="import-error" />}
        {preview && (
          <>
            <div data-testid="import-summary">{t('import.stories', { n: stories.length })}</div>
            {preview.warnings.length > 0 && <Alert type="warning" message={t('import.warnings')} description={preview.warnings.join('；')} />}
            <RepairGroups stories={stories} />
            <StructureToolbar />
            <PreviewList stories={stories} />
            <Input addonBefore={t('import.section')} value={section} onChange={(e) => setSection(e.target.value)} maxLength={40} />
          </>
        )}
      </Space>
    </Modal>
  );
}
