import { loadEnv } from '../env.ts';
import { startDatabase } from './database.ts';
import { openOrm } from './orm.ts';
import { verifyAuditChain } from '../modules/audit/verify-chain.ts';

/** `npm run audit:verify`: recomputes the audit hash chain and names the first broken entry. */
const env = loadEnv();
const database = await startDatabase(env);
const orm = await openOrm(database.url);
let exitCode = 0;
try {
  const result = await verifyAuditChain(orm.em.fork());
  if (result.ok) console.log(`audit chain intact: ${result.entries} entries, head ${result.headHash}`);
  else {
    console.error(
      `audit chain BROKEN at entry ${result.firstBroken?.seq}: ${result.firstBroken?.reason} (${result.entries} entries verified before it)`,
    );
    exitCode = 1;
  }
} finally {
  await orm.close();
  await database.stop();
}
process.exit(exitCode);
