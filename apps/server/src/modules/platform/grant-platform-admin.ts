import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../db/entities/identity.ts';
import { appendAudit } from '../audit/append-audit.ts';

/**
 * Makes an account a platform administrator (creating it when the e-mail is new), in one
 * transaction, audited. Only the operator's command line (`npm run admin:create`) and the demo seed
 * call it: no API grants the flag, so a compromised session cannot mint platform administrators.
 * `passwordHash` sets the password of a new account (or of one that never had one).
 */
export async function grantPlatformAdmin(
  em: EntityManager,
  auditKey: string,
  person: { email: string; displayName: string; passwordHash: string | null; via: 'cli' | 'demo-seed' },
): Promise<{ userId: string; created: boolean }> {
  return em.transactional(async (tx) => {
    const email = person.email.trim().toLowerCase();
    let user = await tx.findOne(User, { email }, { populate: ['passwordHash'] });
    const created = user === null;
    user ??= tx.create(User, { email, displayName: person.displayName, passwordHash: null });
    if (user.passwordHash === null && person.passwordHash) user.passwordHash = person.passwordHash;
    const already = user.platformAdmin;
    user.platformAdmin = true;
    await tx.flush();
    if (!already) {
      await appendAudit(tx, auditKey, {
        action: 'platform.adminGranted',
        actor: null,
        actorUserId: null,
        subjectType: 'user',
        subjectId: user.id,
        details: { email, via: person.via, accountCreated: created },
      });
    }
    return { userId: user.id, created };
  });
}
