import type { EntityManager } from '@mikro-orm/postgresql';
import type { Classification } from '@opcat/domain';
import { Organisation, User } from '../db/entities/identity.ts';
import { Finding, Interviewee, Place, Recommendation, Visit } from '../db/entities/monitoring.ts';
import { Workplan, WorkplanAction, WorkplanPriority } from '../db/entities/workplan.ts';
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

/**
 * A visit of `ownerOrganisationId` (with one of its places) with `findings` findings, each with a
 * paragraph of description, and `recommendations` recommendations linked to them: material for a
 * long visit report (bench:exports measures a ~40-page PDF of it). Returns the visit's id.
 */
export async function insertLongVisit(
  orm: MikroORM,
  o: {
    ownerOrganisationId: string;
    createdById: string;
    addresseeId: string;
    placeId: string;
    findings: number;
    recommendations: number;
    prefix: string;
  },
): Promise<string> {
  const em = orm.em.fork() as EntityManager;
  const owner = em.getReference(Organisation, o.ownerOrganisationId);
  const createdBy = em.getReference(User, o.createdById);
  const place = em.getReference(Place, o.placeId);
  const common = { ownerOrganisation: owner, createdBy, classification: 'ORGANISATION' as const, countryCode: 'XV' };
  const visit = em.create(Visit, {
    ...common,
    type: 'IN_DEPTH',
    announced: false,
    startDate: '2026-02-10',
    endDate: '2026-02-12',
    objectives: 'Verificar las salvaguardas en las primeras horas de la detención y las condiciones materiales.',
    status: 'REPORTING',
  });
  visit.places.add(place);
  const areas = ['TREATMENT', 'PROTECTION_MEASURES', 'MATERIAL_CONDITIONS', 'HEALTH_CARE'] as const;
  const findings: Finding[] = [];
  for (let i = 0; i < o.findings; i++) {
    findings.push(
      em.create(Finding, {
        ...common,
        visit,
        place,
        title: `Hallazgo ${i + 1}: registro incompleto de las personas detenidas en el área de ingreso`,
        monitoringArea: areas[i % areas.length] ?? 'TREATMENT',
        severity: (['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const)[i % 4] ?? 'LOW',
        riskFactors: ['UNRECORDED_DETENTION', 'NO_FAMILY_NOTIFICATION'],
        vulnerabilities: i % 2 ? ['WOMEN'] : ['MIGRANTS'],
        description: Array.from(
          { length: 6 },
          (_, s) =>
            `Párrafo ${s + 1}: el equipo constató que el libro de registro no consignaba la hora de ingreso, ` +
            'el aviso a familiares ni el acceso a la defensa; las personas entrevistadas (São, Ñusta, François) ' +
            'relataron esperas de varias horas sin información sobre sus derechos.',
        ).join(' '),
      }),
    );
  }
  for (let i = 0; i < o.recommendations; i++) {
    const recommendation = em.create(Recommendation, {
      ...common,
      reference: `${o.prefix}-${String(i).padStart(4, '0')}`,
      title: `Recomendación ${i + 1}: registrar cada detención desde el primer minuto`,
      text:
        'Garantizar que toda persona privada de libertad quede registrada al ingresar, con la hora, la autoridad ' +
        'que ordenó la detención, el aviso a familiares y el acceso a un abogado, y que el registro sea auditable.',
      source: 'NPM_VISIT_REPORT',
      addressee: em.getReference(Organisation, o.addresseeId),
      theme: 'Salvaguardas',
      level: 'POLICY',
      priority: (['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const)[i % 4] ?? 'LOW',
      issuedOn: '2026-03-01',
      responseDueOn: '2026-05-01',
      acceptance: 'PENDING',
    });
    recommendation.findings.add(findings[i % findings.length] as Finding);
  }
  await em.flush();
  return visit.id;
}

/**
 * `count` rows of every other exportable list, owned by `ownerOrganisationId` (for the statement
 * counts of bench:exports): places, visits (each at one of the places), findings (each of a visit,
 * every tenth with an interviewee), workplan actions (one plan, ten priorities) and audit entries of
 * the organisation. Written through the ORM in batches; the audit entries through the audit chain.
 */
export async function insertEveryList(
  orm: MikroORM,
  o: { ownerOrganisationId: string; createdById: string; authorityId: string; count: number; prefix: string },
  appendAudit: (em: EntityManager, count: number) => Promise<void>,
): Promise<void> {
  const batch = 500;
  const common = (em: EntityManager) => ({
    ownerOrganisation: em.getReference(Organisation, o.ownerOrganisationId),
    createdBy: em.getReference(User, o.createdById),
    classification: 'ORGANISATION' as const,
    countryCode: 'XV',
  });
  const setup = orm.em.fork() as EntityManager;
  const plan = setup.create(Workplan, { ...common(setup), title: `${o.prefix} plan`, periodStart: '2026-01-01' });
  const priorities = Array.from({ length: 10 }, (_, i) =>
    setup.create(WorkplanPriority, { workplan: plan, title: `${o.prefix} prioridad ${i}`, position: i }),
  );
  await setup.flush();
  for (let start = 0; start < o.count; start += batch) {
    const em = orm.em.fork() as EntityManager;
    for (let i = start; i < Math.min(o.count, start + batch); i++) {
      const place = em.create(Place, {
        ...common(em),
        name: `${o.prefix} lugar ${String(i).padStart(5, '0')}`,
        type: 'POLICE_CUSTODY',
        responsibleAuthority: em.getReference(Organisation, o.authorityId),
        region: 'Costa',
        address: `Calle ${i}, São Tomé`,
        capacity: 100 + i,
      });
      const visit = em.create(Visit, {
        ...common(em),
        type: 'AD_HOC',
        startDate: `2026-0${1 + (i % 9)}-1${i % 10}`,
        objectives: `Seguimiento ${i}: registro y salud`,
        status: 'CLOSED',
      });
      visit.places.add(place);
      const finding = em.create(Finding, {
        ...common(em),
        visit,
        place,
        title: `${o.prefix} hallazgo ${i}: registro incompleto`,
        monitoringArea: 'TREATMENT',
        severity: (['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const)[i % 4] ?? 'LOW',
        riskFactors: ['UNRECORDED_DETENTION'],
        vulnerabilities: ['WOMEN'],
        description: `Descripción del hallazgo ${i}, con acentos: ñandú, garçon.`,
      });
      if (i % 10 === 0) em.create(Interviewee, { finding, pseudonym: `P-${i}`, identity: `Persona ${i}` });
      em.create(WorkplanAction, {
        priority: priorities[i % priorities.length] as WorkplanPriority,
        title: `${o.prefix} acción ${i}`,
        responsibleOrganisation: em.getReference(Organisation, o.ownerOrganisationId),
        dueDate: i % 3 ? `2026-1${i % 3}-01` : null,
      });
    }
    await em.flush();
    await appendAudit(em, Math.min(o.count, start + batch) - start);
  }
}
