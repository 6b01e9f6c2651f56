import { Migration } from '@mikro-orm/migrations';

const BEFORE = [
  'RECOMMENDATION_ISSUED',
  'RESPONSE_DUE_14',
  'RESPONSE_DUE_7',
  'RESPONSE_DUE_1',
  'RESPONSE_OVERDUE',
  'STATE_STATUS_REPORTED',
  'MONITOR_STATUS_ASSESSED',
  'ACTION_ASSIGNED',
  'ACTION_DUE_SOON',
  'ACTION_OVERDUE',
  'RECORD_SHARED',
  'RECORD_SHARE_WITHDRAWN',
  'VISIT_TEAM_ADDED',
  'REPRISAL_NAMED',
  'ROLE_CHANGED',
  'WELFARE_CHECK_DUE',
];
const AFTER = [...BEFORE, 'MENTIONED', 'PUBLICATION_AUTHORISED'];
const list = (events: string[]) => events.map((e) => `'${e}'`).join(', ');

/**
 * Decision 0034: two more events (a comment mentions me; publication authorised) and the daily e-mail
 * digest's queue (notifications waiting for it, found by a partial index).
 */
export class Migration20261207070000_notify_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_event_check";`);
    this.addSql(`alter table "notification" add constraint "notification_event_check" check ("event" in (${list(AFTER)}));`);
    this.addSql(`alter table "notification" add column "digest_pending" boolean not null default false;`);
    this.addSql(
      `create index "notification_digest_pending_idx" on "notification" ("user_id", "created_at") where "digest_pending";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notification_digest_pending_idx";`);
    this.addSql(`alter table "notification" drop column if exists "digest_pending";`);
    this.addSql(`delete from "notification" where "event" in ('MENTIONED', 'PUBLICATION_AUTHORISED');`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_event_check";`);
    this.addSql(`alter table "notification" add constraint "notification_event_check" check ("event" in (${list(BEFORE)}));`);
  }
}
