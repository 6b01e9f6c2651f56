import { loadEnv } from '../env.ts';
import { attachToDatabase } from './database.ts';
import { openOrm } from './orm.ts';
import { verifyAuditLog } from '../modules/audit/verify-chain.ts';

/**
 * `npm run audit:verify`: recomputes the audit log's MAC chain, checks it against the checkpoints
 * signed under DATA_DIR, and names the first broken entry. Runs beside a live server too.
 */
const env = loadEnv();
const database = await attachToDatabase(env);
// Reading only; the owner when known, so that a database whose grants are not applied yet reads too.
const orm = await openOrm(database.ownerUrl ?? database.url, { pool: { min: 0, max: 1 } });
let exitCode = 0;
try {
  const result = await verifyAuditLog(orm.em.fork(), env);
  const against = result.checkpoint
    ? `checked against the checkpoint of entry ${result.checkpoint.seq} signed at ${result.checkpoint.at}`
    : 'no signed checkpoint yet: a deleted tail could not be detected';
  for (const problem of result.checkpointProblems) console.error(`audit checkpoint file: ${problem}`);
  if (result.firstBroken) {
    console.error(
      `audit chain BROKEN at entry ${result.firstBroken.seq}: ${result.firstBroken.reason} (${result.entries} entries verified before it; ${against})`,
    );
  } else {
    console.log(`audit chain intact: ${result.entries} entries, head ${result.headHash}; ${against}`);
  }
  if (!result.ok) exitCode = 1;
} finally {
  await orm.close();
  await database.stop();
}
process.exit(exitCode);
