import { ApiCallError } from '../../shared/api/client';
import { ROLES, type Role } from '../../shared/model/roles';
import { takeOption, takeStoreArgs, type CliIo } from './io';
import { openCliCore } from './open-core';

const USAGE = `用法 / usage:
  banxin users add --name NAME --display 显示名 --role ROLE [--db PATH | --pg URL]
      add an account; its password is the first line of standard input
      ROLE: ${ROLES.join(' | ')}
  banxin users passwd NAME [--db PATH]
      set a new password (first line of standard input); unlocks the account and ends its sessions
  banxin users list [--db PATH]
      every account, deactivated ones too, as JSON (never a password hash)
  e.g.  printf '%s\\n' "$PASSWORD" | banxin users add --name lmc --display 李梦楚 --role reporter
`;

const isRole = (s: string | undefined): s is Role => s !== undefined && (ROLES as readonly string[]).includes(s);

/** `users add | passwd | list`: the administrator's account management from the server's shell. */
export async function usersCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const dbArgs = takeStoreArgs(rest);
  const name = sub === 'add' ? takeOption(rest, '--name') : sub === 'passwd' ? rest.shift() : undefined;
  const display = takeOption(rest, '--display');
  const role = takeOption(rest, '--role');
  const wellFormed =
    (sub === 'add' && name && display && isRole(role) && rest.length === 0) || (sub === 'passwd' && name && rest.length === 0) || (sub === 'list' && rest.length === 0);
  if (!wellFormed) {
    (sub === '--help' || sub === undefined ? io.stdout : io.stderr)(USAGE);
    return sub === '--help' ? 0 : 2;
  }
  let password = '';
  if (sub !== 'list') {
    if (!io.readStdinLine) {
      io.stderr('users: 需要从标准输入读取密码 / the password is read from standard input\n');
      return 2;
    }
    password = await io.readStdinLine();
    if ([...password].length < 8) {
      io.stderr('users: 密码至少 8 个字符（从标准输入的第一行读取）/ the password (first line of standard input) needs at least 8 characters\n');
      return 2;
    }
  }
  const { core, client } = await openCliCore(dbArgs);
  try {
    if (sub === 'list') {
      io.stdout(`${JSON.stringify(await client.call('users.accounts', {}), null, 2)}\n`);
    } else if (sub === 'add') {
      const user = await client.call('users.create', { name: name!, displayName: display!, role: role as Role, password });
      io.stdout(`${JSON.stringify(user)}\n`);
    } else {
      const account = (await client.call('users.accounts', {})).find((a) => a.name === name);
      if (!account) {
        io.stderr(`users: 没有名为“${name}”的账户 / no account named "${name}"\n`);
        return 1;
      }
      await client.call('users.resetPassword', { userId: account.id, password });
      io.stdout(`密码已重设 / password set: ${name}\n`);
    }
    return 0;
  } catch (e) {
    const err = e instanceof ApiCallError ? e.error : null;
    io.stderr(`users: ${err ? `${err.messageZh} / ${err.messageEn}` : (e as Error).message}\n`);
    return 1;
  } finally {
    core.close();
  }
}
