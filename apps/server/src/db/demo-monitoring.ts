import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User, WorkingGroup } from './entities/identity.ts';
import { CountrySetting } from './entities/reprisal.ts';
import { demoOrganisations, demoWorkingGroups } from './demo-world.ts';
import { seedFindings, seedPlaces, seedVisits } from './demo-monitoring-records.ts';
import type { DemoWorld } from './demo-monitoring-records.ts';
import { seedDemoFollowUp } from './demo-monitoring-follow-up.ts';
import { seedDemoFindingNarrative } from './demo-co-edited.ts';
import { seedDemoNetworkPractices } from './demo-network-practices.ts';
/**
 * The demo visit cycle (places → visits → findings → recommendations → responses → follow-up,
 * reprisals, comments) for Costa Verde (XV) and a little for Sierra Alta (XS), at every
 * classification. Fixed dates (January–October 2026, one visit planned for December) keep the demo
 * deterministic. Fictional throughout: no real people, places or cases.
 */
export async function seedDemoMonitoring(tx: EntityManager): Promise<void> {
  const world = await loadDemoWorld(tx);
  tx.create(CountrySetting, { countryCode: 'XV', responseDueDays: 60 });
  tx.create(CountrySetting, { countryCode: 'XS', responseDueDays: 45 });
  const places = seedPlaces(tx, world);
  const visits = seedVisits(tx, world, places);
  const findings = seedFindings(tx, world, visits);
  seedDemoFindingNarrative(tx, findings.complaints);
  seedDemoFollowUp(tx, world, { places, visits, findings });
  seedDemoNetworkPractices(tx, world, findings);
  await tx.flush();
}

async function loadDemoWorld(tx: EntityManager): Promise<DemoWorld> {
  await tx.flush();
  const organisations = await tx.find(Organisation, {});
  const byKey = new Map(
    demoOrganisations.map((o) => [o.key, organisations.find((found) => found.name === o.name)] as const),
  );
  const users = await tx.find(User, { email: { $like: '%@demo.opcat' } });
  const groups = await tx.find(WorkingGroup, { name: { $in: demoWorkingGroups.map((g) => g.name) } });
  const group = (kind: string) => {
    const found = groups.find((g) => g.kind === kind);
    if (!found) throw new Error(`demo monitoring: no ${kind} working group`);
    return found;
  };
  const sierraAltaAuthority = byKey.get('ministry_xs');
  if (!sierraAltaAuthority) throw new Error('demo monitoring: no State authority of Sierra Alta');
  return {
    org(key) {
      const found = byKey.get(key);
      if (!found) throw new Error(`demo monitoring: unknown organisation ${key}`);
      return found;
    },
    user(name) {
      const found = users.find((u) => u.email === `${name}@demo.opcat`);
      if (!found) throw new Error(`demo monitoring: unknown user ${name}`);
      return found;
    },
    nationalGroup: group('NATIONAL_WORKING_GROUP'),
    regionalNetwork: group('REGIONAL_NETWORK'),
    sierraAltaAuthority,
  };
}
