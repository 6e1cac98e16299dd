import { UserOutlined } from '@ant-design/icons';
import { App, Dropdown } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/model/roles';
import { errorText } from '../api/error-text';
import { useSession } from '../features/session/store';
import { useLang } from '../i18n/store';
import { useT } from '../i18n/use-t';
import { AddUserDialog } from './AddUserDialog';

/** The acting user and role; a menu switches user, and administrators can add colleagues. */
export function UserSwitcher() {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const { message } = App.useApp();
  const { users, current, switchUser } = useSession();
  const [adding, setAdding] = useState(false);
  const role = (r: keyof typeof ROLE_LABELS) => (lang === 'en' ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh);
  const items = [
    ...users.map((u) => ({ key: String(u.id), label: `${u.displayName}（${role(u.role)}）` })),
    ...(current?.role === 'admin' ? [{ type: 'divider' as const }, { key: 'add', label: t('user.add') }] : []),
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key === 'add') return setAdding(true);
    switchUser(Number(key)).catch((e: unknown) => void message.error(errorText(e, lang)));
  };
  return (
    <>
      <Dropdown menu={{ items, onClick, selectable: true, selectedKeys: current ? [String(current.id)] : [] }} trigger={['click']}>
        <span className="bx-status-item bx-clickable" data-testid="user-switcher" title={t('user.switch')}>
          <UserOutlined /> {current ? `${current.displayName} · ${role(current.role)}` : t('status.noUser')}
        </span>
      </Dropdown>
      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
