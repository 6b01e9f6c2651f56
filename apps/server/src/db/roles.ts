import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * The login role the app connects as in embedded mode and in the tests. It is neither superuser
 * nor owner, so the append-only triggers and the missing UPDATE/DELETE/TRUNCATE grants on
 * audit_event bind it: only the owner could disable them, and the app never holds its password.
 */
export const APP_ROLE = 'opcat_app';

/** Tables the app may only read and append to. */
const APPEND_ONLY_TABLES = ['audit_event'];
/** Tables only migrations (and the schema owner's trigger functions, decision 0033) write. */
const READ_ONLY_TABLES = [
  'mikro_orm_migrations',
  'search_vocabulary',
  'search_thesaurus',
  'finding_tally',
  'tally_fact',
  'finding_tally_pair',
  'tally_cell',
  'recommendation_tally',
  'recommendation_tally_source',
  'dashboard_tally_clock',
];

/** Serialises grants of instances that start together (concurrent GRANTs on one table fail). */
const GRANT_LOCK = 0x0a0d18;

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The role a postgresql:// URL logs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Creates (or re-passwords) a plain login role: no superuser, no role or database creation, no
 * inherited membership. Role names are cluster-wide, so this runs once per PostgreSQL.
 */
export function ensureLoginRoleSql(role: string, password: string): string {
  const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${quoteLiteral(password)}`;
  return `do $$ begin
    if exists (select 1 from pg_roles where rolname = ${quoteLiteral(role)}) then
      alter role ${quoteIdent(role)} with ${attributes};
    else
      create role ${quoteIdent(role)} with ${attributes};
    end if;
  exception when unique_violation or duplicate_object then
    alter role ${quoteIdent(role)} with ${attributes};
  end $$`;
}

/**
 * Run as the owner after every migration run: ordinary DML on every table, present and future
 * (default privileges), but only SELECT and INSERT on the audit log and only SELECT on the
 * migrations table. Idempotent.
 */
export async function grantAppPrivileges(owner: MikroORM, appRole: string): Promise<void> {
  const role = quoteIdent(appRole);
  await owner.em.fork().transactional(async (tx) => {
    const run = (sql: string) => tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
    await run(`select pg_advisory_xact_lock(${GRANT_LOCK})`);
    await run(`grant usage on schema public to ${role}`);
    await run(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await run(`grant usage, select on all sequences in schema public to ${role}`);
    await run(`alter default privileges in schema public grant select, insert, update, delete on tables to ${role}`);
    await run(`alter default privileges in schema public grant usage, select on sequences to ${role}`);
    for (const table of APPEND_ONLY_TABLES) {
      await run(`revoke update, delete, truncate, references, trigger on ${quoteIdent(table)} from ${role}`);
    }
    for (const table of READ_ONLY_TABLES) {
      await run(`revoke insert, update, delete, truncate, references, trigger on ${quoteIdent(table)} from ${role}`);
    }
  });
}

/**
 * What the connected role could do to rewrite the audit log, in words; null when it can only
 * read and append. Membership in the owner's role counts as owning (SET ROLE is one statement away).
 */
export async function auditRewriteRights(app: MikroORM): Promise<string | null> {
  const [row] = await app.em
    .getConnection()
    .execute<
      { role: string; superuser: boolean; owner: boolean; update: boolean; delete: boolean; truncate: boolean }[]
    >(
      `select current_user as role, r.rolsuper as superuser,
            pg_has_role(current_user, c.relowner, 'MEMBER') as owner,
            has_table_privilege(current_user, c.oid, 'UPDATE') as update,
            has_table_privilege(current_user, c.oid, 'DELETE') as delete,
            has_table_privilege(current_user, c.oid, 'TRUNCATE') as truncate
       from pg_roles r cross join pg_class c
      where r.rolname = current_user and c.oid = 'public.audit_event'::regclass`,
    );
  if (!row) throw new Error('audit_event was not found: have the migrations run?');
  const rights: string[] = [];
  if (row.superuser) rights.push('is a superuser');
  else if (row.owner) rights.push('owns audit_event (or is a member of its owner)');
  const ops = (['update', 'delete', 'truncate'] as const).filter((op) => row[op]).map((op) => op.toUpperCase());
  if (ops.length) rights.push(`may ${ops.join(', ')} audit_event`);
  return rights.length ? `role ${row.role} ${rights.join(', ')}` : null;
}
