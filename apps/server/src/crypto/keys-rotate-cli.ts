import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv, MASTER_KEY_FILE } from '../env.ts';
import { prepareDatabase, startDatabase } from '../db/database.ts';
import { generateMasterKey } from './envelope.ts';
import { sealPlaintextPersonalData } from './personal-data.ts';
import { KeyRing } from './envelope.ts';
import { rotateDataKeys, rotateMasterKey } from './rotate.ts';

/**
 * `npm run keys:rotate [-- --data-keys]`: seals any plain personal data left, rewraps every data key
 * under NEW_MASTER_KEY (embedded mode without it: a generated one, written to DATA_DIR/master-key,
 * the old one kept beside it), and with `--data-keys` also replaces the data keys and re-seals the
 * data. Restart the server with the new MASTER_KEY afterwards.
 */
const env = loadEnv();
const embedded = !env.DATABASE_URL;
if (!env.NEW_MASTER_KEY && !embedded) {
  console.error('Set NEW_MASTER_KEY (32 random bytes, base64url) to rotate the master key of an external database.');
  process.exit(2);
}
const newMasterKey = env.NEW_MASTER_KEY ?? generateMasterKey();
const database = await startDatabase(env);
const { orm } = await prepareDatabase(database, env);
let exitCode = 0;
try {
  const em = orm.em.fork();
  const sealed = await sealPlaintextPersonalData(em, new KeyRing(env.MASTER_KEY));
  const resealed = process.argv.includes('--data-keys') ? await rotateDataKeys(em, env.MASTER_KEY) : 0;
  const rewrapped = await rotateMasterKey(em, env.MASTER_KEY, newMasterKey);
  if (embedded && !env.NEW_MASTER_KEY) {
    const file = join(env.DATA_DIR, MASTER_KEY_FILE);
    if (existsSync(file)) copyFileSync(file, `${file}.previous-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    writeFileSync(file, newMasterKey + '\n', { mode: 0o600 });
  }
  console.log(
    `sealed ${sealed} interviewees, re-sealed ${resealed} values and files, rewrapped ${rewrapped} data keys.` +
      (embedded && !env.NEW_MASTER_KEY
        ? ` New master key written to ${MASTER_KEY_FILE} in DATA_DIR.`
        : ' Now set MASTER_KEY to NEW_MASTER_KEY and restart.'),
  );
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await orm.close();
  await database.stop();
}
process.exit(exitCode);
