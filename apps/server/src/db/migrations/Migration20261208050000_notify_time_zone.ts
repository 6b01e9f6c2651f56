import { Migration } from '@mikro-orm/migrations';

/**
 * Decision 0042: the daily digest at 06:00 in each person's time zone. The account's IANA zone (null: the
 * organisation country's, when it has only one, else UTC) and the local day of the last digest sent,
 * which makes it one a day whatever runs the scheduler and however often.
 */
export class Migration20261208050000_notify_time_zone extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_account" add column "time_zone" varchar(64) null;`);
    this.addSql(`alter table "notification_preference" add column "digest_sent_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification_preference" drop column if exists "digest_sent_on";`);
    this.addSql(`alter table "user_account" drop column if exists "time_zone";`);
  }
}
