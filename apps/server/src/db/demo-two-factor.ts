import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../auth/password.ts';
import { KeyRing } from '../crypto/envelope.ts';
import { totpSecretAad } from '../modules/two-factor/secret-store.ts';
import { Membership, Organisation, User } from './entities/identity.ts';
import { DEMO_PASSWORD, demoOrganisations } from './demo-world.ts';

/**
 * The demo's one account with two-factor on (decision 0025). Its TOTP secret is published in the
 * README, like the demo password: add it to any authenticator app to try the second step. Seeded
 * by the app and `npm run seed` beside the demo world, not by the test worlds built on `demoUsers`.
 */
export const DEMO_TWO_FACTOR_USER = {
  email: 'tomas.mnp@demo.opcat',
  displayName: 'Tomás Huamán',
  organisation: 'npm',
  role: 'VIEWER',
} as const;

/** Demo only, published: never a real account's secret. */
export const DEMO_TOTP_SECRET = 'OPCATHUBDEMOTWOFACTORSECRET23456';

/** Adds the account once, when its organisation exists and the account does not. */
export async function seedDemoTwoFactorUser(em: EntityManager, masterKey: string): Promise<boolean> {
  const spec = demoOrganisations.find((o) => o.key === DEMO_TWO_FACTOR_USER.organisation);
  if (!spec) throw new Error('demo world: the two-factor user has no organisation');
  const organisation = await em.findOne(Organisation, { name: spec.name });
  if (!organisation || (await em.count(User, { email: DEMO_TWO_FACTOR_USER.email })) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const keyRing = new KeyRing(masterKey);
  await em.transactional(async (tx) => {
    const user = tx.create(User, {
      email: DEMO_TWO_FACTOR_USER.email,
      displayName: DEMO_TWO_FACTOR_USER.displayName,
      preferredLocale: 'es',
      passwordHash,
    });
    tx.create(Membership, { user, organisation, role: DEMO_TWO_FACTOR_USER.role });
    await tx.flush();
    const sealed = await keyRing.seal(tx, null, DEMO_TOTP_SECRET, totpSecretAad(user.id));
    await tx
      .getConnection()
      .execute(
        'insert into user_two_factor (user_id, secret_sealed, enabled_at, created_at) values (?, ?, now(), now())',
        [user.id, sealed],
        'run',
        tx.getTransactionContext(),
      );
  });
  return true;
}
