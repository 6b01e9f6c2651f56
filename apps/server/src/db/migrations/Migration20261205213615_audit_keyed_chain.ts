import { Migration } from '@mikro-orm/migrations';

export class Migration20261205213615_audit_keyed_chain extends Migration {
  override async up(): Promise<void> {
    // Entries already written keep their unkeyed seal (version 1); without a default afterwards, the
    // app must say how each new entry is sealed.
    this.addSql(`alter table "audit_event" add column "chain_version" smallint not null default 1;`);
    this.addSql(`alter table "audit_event" alter column "chain_version" drop default;`);

    // Gapless by construction: an entry is accepted only as the next position after the head,
    // linked to the head's hash. The app appends under an advisory lock, so this never waits.
    this.addSql(`create function audit_event_append_at_head() returns trigger language plpgsql as $$
      declare
        head_seq bigint;
        head_hash varchar(64);
      begin
        select seq, hash into head_seq, head_hash from audit_event order by seq desc limit 1;
        if new.seq <> coalesce(head_seq, 0) + 1 or new.prev_hash <> coalesce(head_hash, repeat('0', 64)) then
          raise exception 'audit_event accepts only the next entry of the chain (entry % after head %)',
            new.seq, coalesce(head_seq, 0) using errcode = 'integrity_constraint_violation';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger audit_event_append_at_head before insert on "audit_event" for each row execute function audit_event_append_at_head();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_append_at_head on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_at_head();`);
    this.addSql(`alter table "audit_event" drop column "chain_version";`);
  }
}
