import { Migration } from '@mikro-orm/migrations';

/*
 * The actor cache (auth/actor-cache.ts, decision 0038) keeps each session's actor in memory and
 * drops it when the facts it was read from change. Those changes are announced by the database
 * itself, whoever writes them (the app, a job, a script, SQL by hand): statement-level triggers on
 * every table `loadActor` reads send `pg_notify('actor_facts', <user ids>)` at commit, or '*' (drop
 * everything) for a change touching more than 100 people or a TRUNCATE. A rolled-back transaction
 * sends nothing.
 */

const TABLES = ['user_session', 'membership', 'organisation', 'working_group_member', 'user_two_factor', 'user_account'];

export class Migration20261208010000_actor_cache extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function actor_facts_notify(user_ids uuid[]) returns void language plpgsql as $$
      begin
        if user_ids is null or cardinality(user_ids) = 0 then
          return;
        elsif cardinality(user_ids) > 100 then
          perform pg_notify('actor_facts', '*');
        else
          perform pg_notify('actor_facts', array_to_string(user_ids, ','));
        end if;
      end $$;`);
    this.addSql(`
      create function actor_facts_of_organisations(organisation_ids uuid[]) returns void language plpgsql as $$
      begin
        perform actor_facts_notify(array(
          select distinct m.user_id from membership m where m.organisation_id = any(organisation_ids)));
      end $$;`);

    // A session: revoked, expired early, moved to another organisation, second factor given, deleted.
    // The sliding expiry alone (expires_at moved later, last_seen_at) changes nothing the cache relies on.
    this.addSql(`
      create function actor_facts_session_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        elsif tg_op = 'DELETE' then
          perform actor_facts_notify(array(select distinct o.user_id from old_rows o));
        else
          perform actor_facts_notify(array(
            select distinct u
              from old_rows o full join new_rows n on n.id = o.id,
                   lateral unnest(array[o.user_id, n.user_id]) as u
             where u is not null
               and (o.id is null or n.id is null or n.expires_at < o.expires_at
                    or (to_jsonb(n) - 'expires_at' - 'last_seen_at') is distinct from
                       (to_jsonb(o) - 'expires_at' - 'last_seen_at'))));
        end if;
        return null;
      end $$;`);
    this.addSql(`
      create function actor_facts_membership_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        elsif tg_op = 'INSERT' then
          perform actor_facts_notify(array(select distinct n.user_id from new_rows n));
        elsif tg_op = 'DELETE' then
          perform actor_facts_notify(array(select distinct o.user_id from old_rows o));
        else
          perform actor_facts_notify(array(
            select o.user_id from old_rows o union select n.user_id from new_rows n));
        end if;
        return null;
      end $$;`);
    // An organisation's kind, country or two-factor requirement: every member's actor. (A deleted
    // organisation takes its memberships with it: their own trigger tells.)
    this.addSql(`
      create function actor_facts_organisation_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        else
          perform actor_facts_of_organisations(array(
            select o.id from old_rows o join new_rows n on n.id = o.id
             where (n.kind, n.country_code, n.require_two_factor)
                   is distinct from (o.kind, o.country_code, o.require_two_factor)));
        end if;
        return null;
      end $$;`);
    // Working groups are joined through the organisation: every member of it.
    this.addSql(`
      create function actor_facts_group_member_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        elsif tg_op = 'INSERT' then
          perform actor_facts_of_organisations(array(select n.organisation_id from new_rows n));
        elsif tg_op = 'DELETE' then
          perform actor_facts_of_organisations(array(select o.organisation_id from old_rows o));
        else
          perform actor_facts_of_organisations(array(
            select o.organisation_id from old_rows o union select n.organisation_id from new_rows n));
        end if;
        return null;
      end $$;`);
    // An authenticator counts once confirmed (enabled_at); the last code's step changes at every sign-in.
    this.addSql(`
      create function actor_facts_two_factor_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        elsif tg_op = 'INSERT' then
          perform actor_facts_notify(array(select n.user_id from new_rows n where n.enabled_at is not null));
        elsif tg_op = 'DELETE' then
          perform actor_facts_notify(array(select o.user_id from old_rows o where o.enabled_at is not null));
        else
          perform actor_facts_notify(array(
            select distinct u
              from old_rows o full join new_rows n on n.user_id = o.user_id,
                   lateral unnest(array[o.user_id, n.user_id]) as u
             where u is not null
               and (o.user_id is null or n.user_id is null or n.enabled_at is distinct from o.enabled_at)));
        end if;
        return null;
      end $$;`);
    // A person's platform administration (a deleted account takes its sessions with it).
    this.addSql(`
      create function actor_facts_user_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          perform pg_notify('actor_facts', '*');
        else
          perform actor_facts_notify(array(
            select n.id from old_rows o join new_rows n on n.id = o.id
             where n.platform_admin is distinct from o.platform_admin));
        end if;
        return null;
      end $$;`);

    const events: Record<string, { fn: string; on: ('insert' | 'update' | 'delete')[] }> = {
      user_session: { fn: 'actor_facts_session_changed', on: ['update', 'delete'] },
      membership: { fn: 'actor_facts_membership_changed', on: ['insert', 'update', 'delete'] },
      organisation: { fn: 'actor_facts_organisation_changed', on: ['update'] },
      working_group_member: { fn: 'actor_facts_group_member_changed', on: ['insert', 'update', 'delete'] },
      user_two_factor: { fn: 'actor_facts_two_factor_changed', on: ['insert', 'update', 'delete'] },
      user_account: { fn: 'actor_facts_user_changed', on: ['update'] },
    };
    for (const table of TABLES) {
      const { fn, on } = events[table]!;
      // Transition tables need one trigger per event.
      for (const event of on) {
        const referencing =
          event === 'insert'
            ? 'new table as new_rows'
            : event === 'delete'
              ? 'old table as old_rows'
              : 'old table as old_rows new table as new_rows';
        this.addSql(
          `create trigger "${table}_actor_facts_${event}" after ${event} on "${table}" referencing ${referencing} for each statement execute function ${fn}();`,
        );
      }
      this.addSql(
        `create trigger "${table}_actor_facts_truncate" after truncate on "${table}" for each statement execute function ${fn}();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate'])
        this.addSql(`drop trigger if exists "${table}_actor_facts_${event}" on "${table}";`);
    }
    for (const fn of [
      'actor_facts_session_changed',
      'actor_facts_membership_changed',
      'actor_facts_organisation_changed',
      'actor_facts_group_member_changed',
      'actor_facts_two_factor_changed',
      'actor_facts_user_changed',
    ])
      this.addSql(`drop function ${fn}();`);
    this.addSql(`drop function actor_facts_of_organisations(uuid[]);`);
    this.addSql(`drop function actor_facts_notify(uuid[]);`);
  }
}
