import { Migration } from '@mikro-orm/migrations';

export class Migration20261205230431_interviewee_at_risk extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "interviewee" add column "at_risk" boolean not null default false, add column "welfare_check_due_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "interviewee" drop column "at_risk", drop column "welfare_check_due_on";`);
  }

}
