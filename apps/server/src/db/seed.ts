import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, Organisation, User, WorkingGroup, WorkingGroupMember } from './entities/identity.ts';
import { hashPassword } from '../auth/password.ts';
import { DEMO_PASSWORD, DEMO_PLATFORM_ADMIN, demoOrganisations, demoUsers, demoWorkingGroups } from './demo-world.ts';
import { seedDemoMonitoring } from './demo-monitoring.ts';
import { seedDemoWorkplan } from './demo-workplan.ts';
import { seedDemoNotifications } from '../modules/notification/demo-notifications.ts';

export interface DemoAccount {
  email: string;
  password: string;
  organisation: string;
  role: string;
}

/**
 * Seeds the demo world into an empty database, in one transaction. Returns the demo accounts,
 * or null when the database already has organisations (the seed never touches real data).
 */
export async function seedDemoWorld(em: EntityManager): Promise<DemoAccount[] | null> {
  if ((await em.count(Organisation)) > 0) return null;
  const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  const platformAdminHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    const organisations = new Map<string, Organisation>();
    for (const o of demoOrganisations) {
      organisations.set(
        o.key,
        tx.create(Organisation, {
          name: o.name,
          kind: o.kind,
          countryCode: o.countryCode,
          npmModel: o.npmModel ?? null,
          // The demo organisations keep two-factor optional (decision 0025), so the published demo
          // sign-ins and the tests built on them work with a password; new NPM/SPT ones require it.
          requireTwoFactor: false,
        }),
      );
    }
    const org = (key: string) => {
      const found = organisations.get(key);
      if (!found) throw new Error(`demo world: unknown organisation ${key}`);
      return found;
    };
    const accounts: DemoAccount[] = demoUsers.map((u, i) => {
      const user = tx.create(User, {
        email: u.email,
        displayName: u.displayName,
        preferredLocale: u.locale,
        passwordHash: passwordHashes[i] ?? '',
      });
      tx.create(Membership, { user, organisation: org(u.organisation), role: u.role });
      for (const [key, role] of u.alsoMemberOf ?? []) tx.create(Membership, { user, organisation: org(key), role });
      return { email: u.email, password: DEMO_PASSWORD, organisation: org(u.organisation).name, role: u.role };
    });
    for (const g of demoWorkingGroups) {
      const group = tx.create(WorkingGroup, {
        name: g.name,
        kind: g.kind,
        countryCode: g.countryCode,
        region: g.region,
      });
      for (const [key, role] of g.members)
        tx.create(WorkingGroupMember, { workingGroup: group, organisation: org(key), role });
    }
    // The platform administrator belongs to no organisation (decision 0029).
    tx.create(User, {
      email: DEMO_PLATFORM_ADMIN.email,
      displayName: DEMO_PLATFORM_ADMIN.displayName,
      preferredLocale: DEMO_PLATFORM_ADMIN.locale,
      passwordHash: platformAdminHash,
      platformAdmin: true,
    });
    accounts.push({
      email: DEMO_PLATFORM_ADMIN.email,
      password: DEMO_PASSWORD,
      organisation: '(platform administrator, no organisation)',
      role: 'PLATFORM_ADMIN',
    });
    await seedDemoMonitoring(tx);
    await seedDemoWorkplan(tx);
    await seedDemoNotifications(tx);
    return accounts;
  });
}
