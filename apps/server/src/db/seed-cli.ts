import { loadEnv } from '../env.ts';
import { prepareDatabase, startDatabase } from './database.ts';
import { seedDemoWorld } from './seed.ts';
import { DEMO_TWO_FACTOR_USER, seedDemoTwoFactorUser } from './demo-two-factor.ts';

/** `npm run seed`: migrates, then seeds the demo world into an empty database. */
const env = loadEnv();
const database = await startDatabase(env);
const { orm } = await prepareDatabase(database, env).catch(async (error: unknown) => {
  await database.stop();
  throw error;
});
try {
  const accounts = await seedDemoWorld(orm.em.fork());
  if (!accounts) console.log('The database already has organisations: the demo world was not seeded again.');
  else {
    for (const a of accounts) console.log(`${a.email}\t${a.password}\t${a.role}\t${a.organisation}`);
    if (await seedDemoTwoFactorUser(orm.em.fork(), env.MASTER_KEY)) {
      console.log(`${DEMO_TWO_FACTOR_USER.email}\t(two-factor on: TOTP secret in the README)`);
    }
  }
} finally {
  await orm.close();
  await database.stop();
}
