import { createInterface } from 'node:readline';
import { z } from 'zod';
import { loadEnv } from '../env.ts';
import { hashPassword } from '../auth/password.ts';
import { User } from './entities/identity.ts';
import { attachToDatabase, prepareDatabase } from './database.ts';
import { grantPlatformAdmin } from '../modules/platform/grant-platform-admin.ts';
import { PASSWORD_MIN_LENGTH } from '../modules/identity/accept-invitation.ts';

/**
 * `npm run admin:create -- <email> [--name "Display name"]`: makes the account a platform
 * administrator (decision 0029), creating it when the e-mail is new. A new account (or one that never
 * set a password) needs a password: typed at the prompt (not echoed), or the first line of standard
 * input when it is not a terminal (`printf '%s\n' "$PASSWORD" | npm run admin:create -- …`).
 * Runs beside a live embedded server too (it attaches to its database), or against DATABASE_URL.
 */
const args = process.argv.slice(2).filter((a) => a !== '--');
const nameAt = args.indexOf('--name');
const displayName = nameAt >= 0 ? (args[nameAt + 1] ?? '') : '';
const emailArg = args.find((a, i) => !a.startsWith('--') && (nameAt < 0 || i !== nameAt + 1));
const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email())
  .safeParse(emailArg ?? '');
if (!email.success) {
  console.error('usage: npm run admin:create -- <email> [--name "Display name"]');
  process.exit(2);
}

/** One line of standard input: hidden at a terminal, read as is when piped. */
function readPassword(): Promise<string> {
  const input = process.stdin;
  const terminal = input.isTTY === true;
  const rl = createInterface({ input, output: process.stdout, terminal });
  if (terminal) {
    process.stdout.write(`Password for ${email.data} (at least ${PASSWORD_MIN_LENGTH} characters): `);
    // Nothing of what is typed is echoed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  }
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      if (terminal) process.stdout.write('\n');
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

const env = loadEnv();
const database = await attachToDatabase(env);
let exitCode = 0;
try {
  const { orm } = await prepareDatabase(database, env);
  try {
    const existing = await orm.em.fork().findOne(User, { email: email.data }, { populate: ['passwordHash'] });
    let passwordHash: string | null = null;
    if (!existing || existing.passwordHash === null) {
      const password = await readPassword();
      if (password.length < PASSWORD_MIN_LENGTH || password.length > 1024) {
        console.error(`The password must have at least ${PASSWORD_MIN_LENGTH} characters.`);
        exitCode = 1;
      } else passwordHash = await hashPassword(password);
    }
    if (exitCode === 0) {
      const result = await grantPlatformAdmin(orm.em.fork(), env.AUDIT_KEY, {
        email: email.data,
        displayName: displayName.trim() || email.data,
        passwordHash,
        via: 'cli',
      });
      console.log(
        `${email.data} is a platform administrator${result.created ? ' (new account)' : ''}: sign in and open /platform.`,
      );
    }
  } finally {
    await orm.close();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
