import { Migration } from '@mikro-orm/migrations';
import {
  TALLY_LOCK,
  findingTallyFunctions,
  lockTallyOwners,
  placeTallyUpdate,
  recommendationRefresh,
} from '../tally-sql.ts';

/**
 * Tally writers take their locks in one order (decision 0033). Every write of a finding or a
 * recommendation adds to and takes from several tally rows of its owner organisation ("all", its
 * theme, its authority, its place types…), in the order PostgreSQL happened to produce them; two
 * transactions writing records of one organisation could lock those rows in opposite orders and one
 * failed with "deadlock detected" (an INTERNAL_SERVER_ERROR for a user reclassifying a recommendation
 * while a colleague edited another; found by the oracle test in CI).
 *
 * Now each tally write first takes the clock's share lock, then a transaction-scoped advisory lock per
 * owner organisation it touches, in the order of the lock keys. The tally rows of an organisation are
 * written by one transaction at a time — they were already: every one of them adds to its "all" row.
 */
export class Migration20261210010000_tally_lock_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(TALLY_LOCK);
    this.addSql(`revoke all on function public.opcat_tally_lock(uuid[]) from public;`);
    this.addSql(
      recommendationRefresh(
        'create or replace',
        lockTallyOwners(`array(select owner_organisation_id from recommendation where id = any(ids)
    union select owner_organisation_id from recommendation_tally_source where recommendation_id = any(ids))`),
      ),
    );
    for (const sql of findingTallyFunctions('create or replace', lockTallyOwners)) this.addSql(sql);
    this.addSql(placeTallyUpdate('create or replace', lockTallyOwners));
  }

  override async down(): Promise<void> {
    this.addSql(recommendationRefresh('create or replace'));
    for (const sql of findingTallyFunctions('create or replace')) this.addSql(sql);
    this.addSql(placeTallyUpdate('create or replace'));
    this.addSql(`drop function if exists public.opcat_tally_lock(uuid[]);`);
  }
}
