import { loadEnv } from '../env.ts';
import { startDatabase, startScratchDatabase } from './database.ts';
import { openOrm } from './orm.ts';
import { grantAppPrivileges, roleOfUrl } from './roles.ts';
import { syncSearchVocabulary } from '../modules/search/search-vocabulary.ts';

/**
 * `up` applies pending migrations (and the app's grants); `create` writes a new migration from the
 * entity changes; `check` fails when the entities differ from what the committed migrations produce.
 * All as the schema owner when its URL is known. Without DATABASE_URL, `create` and `check` build the
 * schema from nothing on a PostgreSQL of their own (temporary data, free port): the developer's data
 * under DATA_DIR is neither needed nor touched, and checkouts side by side do not collide.
 */
const command = process.argv[2] ?? 'up';
const env = loadEnv();
const database =
  !env.DATABASE_URL && (command === 'create' || command === 'check')
    ? await startScratchDatabase()
    : await startDatabase(env);
const orm = await openOrm(database.ownerUrl ?? database.url);
let exitCode = 0;
try {
  const migrator = orm.getMigrator();
  if (command === 'up') {
    const applied = await migrator.up();
    await syncSearchVocabulary(orm);
    if (database.ownerUrl) await grantAppPrivileges(orm, roleOfUrl(database.url));
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'no pending migration');
  } else if (command === 'create') {
    await migrator.up();
    const result = await migrator.createMigration(undefined, false, process.argv[3] === '--initial', process.argv[4]);
    console.log(result.fileName ? `created ${result.fileName}` : 'no schema change');
  } else if (command === 'check') {
    await migrator.up();
    if (await migrator.checkMigrationNeeded()) {
      console.error(
        'The entities differ from the committed migrations: run `npm run migration:create -w @opcat/server`.',
      );
      exitCode = 1;
    } else console.log('migrations are up to date');
  } else {
    console.error(`unknown command ${command} (up | create | check)`);
    exitCode = 2;
  }
} finally {
  await orm.close();
  await database.stop();
}
process.exit(exitCode);
