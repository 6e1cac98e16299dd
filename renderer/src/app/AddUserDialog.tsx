import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '../../../shared/model/roles';
import { errorText } from '../api/error-text';
import { useSession } from '../features/session/store';
import { useLang } from '../i18n/store';
import { useT } from '../i18n/use-t';

type Values = { name: string; displayName: string; role: Role; password?: string };

/** Administrators add a colleague with a role (users.create). */
export function AddUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const addUser = useSession((s) => s.addUser);
  // On the newsroom server a colleague signs in with a password, so it is asked for; a single desk may leave it empty.
  const needsPassword = useSession((s) => s.info?.requireSignIn === true);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await addUser(values.password ? values : { name: values.name, displayName: values.displayName, role: values.role });
      void message.success(t('user.added'));
      form.resetFields();
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('user.addTitle')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} okText={t('common.ok')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ role: 'reporter' }} size="small">
        <Form.Item name="name" label={t('user.name')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input data-testid="new-user-name" />
        </Form.Item>
        <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true, whitespace: true, max: 40 }]}>
          <Input data-testid="new-user-display" />
        </Form.Item>
        <Form.Item name="password" label={t('user.password')} rules={[{ required: needsPassword, min: 8, max: 200 }]}>
          <Input.Password autoComplete="new-password" data-testid="new-user-password" />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')}>
          <Select options={ROLES.map((r) => ({ value: r, label: lang === 'en' ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh }))} />
        </Form.Item>
      </Form>
      {error !== null && <Alert type="error" showIcon message={errorText(error, lang)} />}
    </Modal>
  );
}
