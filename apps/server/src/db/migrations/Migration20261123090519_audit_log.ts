import { Migration } from '@mikro-orm/migrations';

export class Migration20261123090519_audit_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("seq" bigint not null, "at" timestamptz not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "action" varchar(100) not null, "subject_type" varchar(60) null, "subject_id" varchar(64) null, "details" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("seq"));`,
    );
    this.addSql(`create index "audit_event_actor_user_id_index" on "audit_event" ("actor_user_id");`);
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_hash_unique" unique ("hash");`);

    // Append-only: no role acting through SQL DML may rewrite history (only DDL by the owner could).
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      `create trigger audit_event_no_update before update or delete on "audit_event" for each row execute function audit_event_append_only();`,
    );
    this.addSql(
      `create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`,
    );
    this.addSql(`revoke update, delete, truncate on "audit_event" from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop function if exists audit_event_append_only();`);
  }
}
