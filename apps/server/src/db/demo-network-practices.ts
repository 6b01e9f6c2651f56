import type { EntityManager } from '@mikro-orm/postgresql';
import { NetworkPractice } from './entities/network-practice.ts';
import { at } from './demo-monitoring-records.ts';
import type { DemoFindings, DemoWorld } from './demo-monitoring-records.ts';

/**
 * Costa Verde's NPM shares two good practices with the regional network it belongs to: one taken
 * from its (public) care-plans finding and one short note. Its other records stay where they are.
 */
export function seedDemoNetworkPractices(tx: EntityManager, w: DemoWorld, f: DemoFindings): void {
  const npm = w.org('npm');
  const bruno = w.user('bruno.mnp');
  const ana = w.user('ana.mnp');
  const practice = (
    spec: Pick<NetworkPractice, 'title' | 'summary' | 'theme' | 'sourceFinding'>,
    by = bruno,
    day = '2026-09-15',
  ) =>
    tx.create(NetworkPractice, {
      ...spec,
      ownerOrganisation: npm,
      classification: 'WORKING_GROUP',
      workingGroup: w.regionalNetwork,
      countryCode: npm.countryCode,
      createdBy: by,
      createdAt: at(day),
      updatedAt: at(day),
    });
  practice({
    title: f.carePlans.title,
    summary: f.carePlans.description,
    theme: f.carePlans.monitoringArea,
    sourceFinding: f.carePlans,
  });
  practice(
    {
      title: 'Registro electrónico de custodia policial con alertas de plazo',
      summary:
        'Las comisarías visitadas registran cada ingreso en un sistema que avisa al oficial de guardia cuando se acerca el plazo legal de 48 horas y cuando no consta la llamada a la familia o a la defensa.',
      theme: 'PROTECTION_MEASURES',
      sourceFinding: null,
    },
    ana,
    '2026-10-20',
  );
}
