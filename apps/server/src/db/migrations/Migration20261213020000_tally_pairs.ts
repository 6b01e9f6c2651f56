import { Migration } from '@mikro-orm/migrations';
import { TALLY_PAIRS, TALLY_PAIRS_DOWN } from '../tally-sql.ts';

/**
 * Decision 0045. The finding tally's cells of one pair of fact combinations (the finding's and its
 * place's) kept together as two arrays in `finding_tally_pair`: a dashboard reads one row per
 * admitted pair and unnests it, instead of one index entry per cell (11,237 for the NPM's country
 * dashboard at 1M findings).
 */
export class Migration20261213020000_tally_pairs extends Migration {
  override async up(): Promise<void> {
    for (const sql of TALLY_PAIRS) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of TALLY_PAIRS_DOWN) this.addSql(sql);
  }
}
