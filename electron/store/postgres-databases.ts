/**
 * A database Banxin can hold a store in: UTF-8, with a UTF-8 character type (pg_trgm classifies
 * Han characters by it) and code-point collation. For the backup check's scratch database, the
 * tests' throwaway ones and what the README tells an administrator to create.
 */
export function createDatabaseSql(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  return `CREATE DATABASE ${name} ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`;
}

/** The same server's URL for another database on it. */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
