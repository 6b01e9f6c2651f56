import { Migration } from '@mikro-orm/migrations';
import { TALLY_FACT_KEYS, TALLY_FACT_KEYS_DOWN } from '../tally-sql.ts';

/**
 * Decision 0045. The finding tally's rows carry a key of their read-scope facts (and of their
 * place's), and the distinct combinations are kept in `tally_fact`: a dashboard tests its viewer's
 * read scope on the few combinations, then sums the tally rows of the admitted ones through an
 * index, instead of testing the scope's OR on every tally row of the scope (24,448 rows for the
 * country dashboard at 1M findings, 14 ms).
 */
export class Migration20261213010000_tally_fact_keys extends Migration {
  override async up(): Promise<void> {
    for (const sql of TALLY_FACT_KEYS) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of TALLY_FACT_KEYS_DOWN) this.addSql(sql);
  }
}
