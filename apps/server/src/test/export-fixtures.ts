import type { EntityManager } from '@mikro-orm/postgresql';
import type { Classification } from '@opcat/domain';
import { Organisation, User } from '../db/entities/identity.ts';
import { Recommendation } from '../db/entities/monitoring.ts';
import type { MikroORM } from '../db/orm.ts';

/** Recommendations written straight through the ORM, in batches (for long exports and the benchmark). */
export async function insertRecommendations(
  orm: MikroORM,
  o: {
    ownerOrganisationId: string;
    createdById: string;
    addresseeId: string;
    count: number;
    prefix: string;
    classification?: Classification;
    title?: (i: number) => string;
  },
): Promise<void> {
  const batch = 500;
  for (let start = 0; start < o.count; start += batch) {
    const em = orm.em.fork() as EntityManager;
    for (let i = start; i < Math.min(o.count, start + batch); i++) {
      em.create(Recommendation, {
        ownerOrganisation: em.getReference(Organisation, o.ownerOrganisationId),
        createdBy: em.getReference(User, o.createdById),
        classification: o.classification ?? 'ORGANISATION',
        countryCode: 'XV',
        reference: `${o.prefix}-${String(i).padStart(5, '0')}`,
        title: o.title?.(i) ?? `Recomendación ${i}: registro de detenciones en las primeras horas`,
        text: `Texto de la recomendación ${i}, con acentos: ñandú, São Paulo, garçon.`,
        source: 'NPM_VISIT_REPORT',
        addressee: em.getReference(Organisation, o.addresseeId),
        theme: i % 2 ? 'Salud' : 'Salvaguardas',
        level: 'POLICY',
        priority: (['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const)[i % 4] ?? 'LOW',
        issuedOn: '2026-03-01',
        targetDate: i % 3 ? '2026-12-31' : null,
        responseDueOn: '2026-05-01',
        acceptance: (['PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOTED', 'REJECTED'] as const)[i % 5] ?? 'PENDING',
        stateStatus: i % 2 ? 'IN_PROGRESS' : null,
        monitorStatus: i % 3 ? 'NOT_STARTED' : 'PARTIALLY_IMPLEMENTED',
      });
    }
    await em.flush();
  }
}
