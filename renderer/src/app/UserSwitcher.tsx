import { UserOutlined } from '@ant-design/icons';
import { App, Dropdown, Input, Modal } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/model/roles';
import { errorText } from '../api/error-text';
import { AuditDialog } from '../features/session/AuditDialog';
import { useSessionT } from '../features/session/messages';
import { useSession } from '../features/session/store';
import { useCan } from '../features/session/use-can';
import { useLang } from '../i18n/store';
import { useT } from '../i18n/use-t';
import { AddUserDialog } from './AddUserDialog';

const pinRequired = (e: unknown): boolean => (e as { error?: { details?: { pinRequired?: boolean } } }).error?.details?.pinRequired === true;

/**
 * The acting user and role. On a single desk a menu switches user (asking for a PIN where one is
 * set); on the newsroom server it says who is signed in and signs out. Administrators add
 * colleagues and read the audit log.
 */
export function UserSwitcher() {
  const t = useT();
  const st = useSessionT();
  const lang = useLang((s) => s.lang);
  const can = useCan();
  const { message } = App.useApp();
  const { users, current, info, switchUser, signOut } = useSession();
  const [adding, setAdding] = useState(false);
  const [auditing, setAuditing] = useState(false);
  const [pinFor, setPinFor] = useState<{ id: number; name: string } | null>(null);
  const [pin, setPin] = useState('');
  const signedIn = info?.requireSignIn === true;
  const role = (r: keyof typeof ROLE_LABELS) => (lang === 'en' ? ROLE_LABELS[r].en : ROLE_LABELS[r].zh);
  const admin = [
    ...(can('users.create') ? [{ key: 'add', label: t('user.add') }] : []),
    ...(can('audit.list') ? [{ key: 'audit', label: st('audit') }] : []),
  ];
  const items = signedIn
    ? [...admin, ...(admin.length ? [{ type: 'divider' as const }] : []), { key: 'signOut', label: st('signOut') }]
    : [...users.map((u) => ({ key: String(u.id), label: `${u.displayName}（${role(u.role)}）` })), ...(admin.length ? [{ type: 'divider' as const }, ...admin] : [])];
  const choose = (id: number, withPin?: string) =>
    switchUser(id, withPin).then(
      () => setPinFor(null),
      (e: unknown) => {
        if (pinRequired(e) && withPin === undefined) setPinFor({ id, name: users.find((u) => u.id === id)?.displayName ?? '' });
        else void message.error(errorText(e, lang));
      },
    );
  const onClick = ({ key }: { key: string }) => {
    if (key === 'add') return setAdding(true);
    if (key === 'audit') return setAuditing(true);
    if (key === 'signOut') return void signOut();
    void choose(Number(key));
  };
  const label = current ? `${current.displayName} · ${role(current.role)}` : t('status.noUser');
  return (
    <>
      <Dropdown menu={{ items, onClick, selectable: !signedIn, selectedKeys: current && !signedIn ? [String(current.id)] : [] }} trigger={['click']}>
        <span className="bx-status-item bx-clickable" data-testid="user-switcher" data-signed-in={signedIn ? 'yes' : 'no'} title={signedIn ? st('signedInAs', { name: label }) : t('user.switch')}>
          <UserOutlined /> {signedIn && current ? st('signedInAs', { name: label }) : label}
        </span>
      </Dropdown>
      <AddUserDialog open={adding} onClose={() => setAdding(false)} />
      <AuditDialog open={auditing} onClose={() => setAuditing(false)} />
      <Modal
        open={pinFor !== null}
        title={st('pinTitle', { name: pinFor?.name ?? '' })}
        onCancel={() => setPinFor(null)}
        onOk={() => pinFor && void choose(pinFor.id, pin)}
        afterClose={() => setPin('')}
        destroyOnHidden
      >
        <Input.Password value={pin} onChange={(e) => setPin(e.target.value)} inputMode="numeric" maxLength={12} placeholder={st('pin')} data-testid="pin-input" />
      </Modal>
    </>
  );
}
