import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActionStatus } from '@opcat/domain';
import type { JSONContent } from '@opcat/editor';
import { Organisation, User, WorkingGroup } from './entities/identity.ts';
import { Recommendation } from './entities/monitoring.ts';
import { Workplan, WorkplanAction, WorkplanPriority } from './entities/workplan.ts';
import { demoOrganisations, demoWorkingGroups } from './demo-world.ts';
import { seedCoEditedText } from './demo-co-edited.ts';

interface ActionSpec {
  title: string;
  responsible: string;
  contributing?: string[];
  startDate: string;
  dueDate: string;
  status: ActionStatus;
  indicator: string;
  target: string;
  joint?: boolean;
  recommendations?: string[];
}

interface PrioritySpec {
  title: string;
  description: string;
  actions: ActionSpec[];
}

const priorities: PrioritySpec[] = [
  {
    title: 'Salvaguardas en las primeras horas de detención',
    description:
      'Aviso a la familia, acceso a un abogado y a un examen médico, información sobre derechos y registro desde el primer momento.',
    actions: [
      {
        title: 'Protocolo nacional de registro de detenciones en sede policial',
        responsible: 'police',
        contributing: ['npm', 'ministry'],
        startDate: '2026-02-01',
        dueDate: '2026-06-30',
        status: 'IN_PROGRESS',
        indicator: 'Comisarías con registro electrónico en funcionamiento',
        target: '100 % de las comisarías de la capital',
        joint: true,
        recommendations: ['MNP-XV-2026-009', 'MNP-XV-2026-010'],
      },
      {
        title: 'Formación de agentes de policía sobre las salvaguardas fundamentales',
        responsible: 'nhri',
        contributing: ['cso1', 'police'],
        startDate: '2026-03-01',
        dueDate: '2027-03-31',
        status: 'IN_PROGRESS',
        indicator: 'Agentes formados',
        target: '600 agentes en 2026–2027',
        joint: true,
      },
      {
        title: 'Visitas sin previo aviso a comisarías con denuncias de incomunicación',
        responsible: 'npm',
        contributing: ['cso1'],
        startDate: '2026-01-15',
        dueDate: '2027-12-15',
        status: 'IN_PROGRESS',
        indicator: 'Visitas realizadas e informes publicados',
        target: '12 visitas al año',
        recommendations: ['MNP-XV-2026-009'],
      },
    ],
  },
  {
    title: 'Condiciones materiales en centros penitenciarios',
    description: 'Sobrepoblación, acceso al agua, ventilación y atención de salud en los centros penitenciarios.',
    actions: [
      {
        title: 'Plan de reducción de la sobrepoblación en La Esperanza',
        responsible: 'ministry',
        contributing: ['npm'],
        startDate: '2026-02-15',
        dueDate: '2026-09-30',
        status: 'NOT_STARTED',
        indicator: 'Tasa de ocupación del centro',
        target: 'Por debajo del 120 % de la capacidad',
        joint: true,
        recommendations: ['MNP-XV-2026-001', 'MNP-XV-2026-004'],
      },
      {
        title: 'Informe temático sobre salud en prisión',
        responsible: 'npm',
        contributing: ['cso2'],
        startDate: '2026-04-01',
        dueDate: '2026-10-31',
        status: 'DONE',
        indicator: 'Informe publicado',
        target: 'Un informe con recomendaciones al Ministerio',
        recommendations: ['MNP-XV-2026-007'],
      },
      {
        title: 'Seguimiento ciudadano de las condiciones de detención',
        responsible: 'cso2',
        contributing: ['cso1'],
        startDate: '2026-05-01',
        dueDate: '2027-06-30',
        status: 'IN_PROGRESS',
        indicator: 'Fichas de seguimiento compartidas con el grupo',
        target: 'Una ficha trimestral por centro',
      },
    ],
  },
  {
    title: 'Protección contra represalias',
    description: 'Prevenir y documentar las represalias contra quienes hablan con los órganos de monitoreo.',
    actions: [
      {
        title: 'Mecanismo de queja confidencial en los centros penitenciarios',
        responsible: 'ministry',
        contributing: ['nhri', 'npm'],
        startDate: '2026-03-01',
        dueDate: '2026-08-31',
        status: 'BLOCKED',
        indicator: 'Centros con buzón confidencial y registro de quejas',
        target: 'Todos los centros penitenciarios',
        joint: true,
        recommendations: ['MNP-XV-2026-005'],
      },
      {
        title: 'Protocolo del grupo de trabajo ante riesgos de represalias',
        responsible: 'cso1',
        contributing: ['npm', 'nhri', 'cso2'],
        startDate: '2026-06-01',
        dueDate: '2027-02-28',
        status: 'IN_PROGRESS',
        indicator: 'Protocolo adoptado por el grupo',
        target: 'Adoptado y aplicado en cada visita',
        joint: true,
      },
    ],
  },
];

const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const t = (text: string, bold = false): JSONContent => ({
  type: 'text',
  text,
  ...(bold ? { marks: [{ type: 'bold' }] } : {}),
});
const h = (level: number, text: string): JSONContent => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const list = (...items: string[]): JSONContent => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(t(item))] })),
});

const narrative: JSONContent = {
  type: 'doc',
  content: [
    h(1, 'Plan de trabajo conjunto 2026–2027'),
    p(
      t('El Grupo de Trabajo Nacional para la Prevención de la Tortura acuerda este plan para '),
      t('reducir los factores de riesgo', true),
      t(' identificados en las visitas del Mecanismo Nacional de Prevención y en los informes del SPT.'),
    ),
    h(2, 'Prioridades'),
    list(...priorities.map((priority) => priority.title)),
    h(2, 'Compromisos conjuntos'),
    p(
      t(
        'Los compromisos conjuntos se revisan en cada sesión trimestral del grupo; la Oficina del ACNUDH y la APT los acompañan como observadoras.',
      ),
    ),
    {
      type: 'blockquote',
      content: [p(t('Nadie será sometido a tortura ni a penas o tratos crueles, inhumanos o degradantes.'))],
    },
  ],
};

/**
 * The national working group's joint plan: three priorities, eight actions carried by the group's
 * members (some joint commitments, some overdue, some linked to the demo recommendations) and an
 * initial narrative stored as the Yjs snapshot of `workplan:<id>`, so the first opening shows it.
 */
export async function seedDemoWorkplan(tx: EntityManager): Promise<void> {
  await tx.flush();
  const organisations = await tx.find(Organisation, { name: { $in: demoOrganisations.map((o) => o.name) } });
  const org = (key: string): Organisation => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`demo workplan: unknown organisation ${key}`);
    return found;
  };
  const nationalName = demoWorkingGroups.find((g) => g.kind === 'NATIONAL_WORKING_GROUP')?.name ?? '';
  const group = await tx.findOneOrFail(WorkingGroup, { name: nationalName });
  const ana = await tx.findOneOrFail(User, { email: 'ana.mnp@demo.opcat' });
  const recommendations = await tx.find(Recommendation, { countryCode: 'XV' });
  const recommendation = (reference: string) => recommendations.find((r) => r.reference === reference);

  const workplan = tx.create(Workplan, {
    ownerOrganisation: org('npm'),
    workingGroup: group,
    classification: 'WORKING_GROUP',
    countryCode: 'XV',
    title: 'Plan de trabajo conjunto 2026–2027',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    createdBy: ana,
    createdAt: new Date('2026-01-12T09:00:00.000Z'),
    updatedAt: new Date('2026-01-12T09:00:00.000Z'),
  });
  priorities.forEach((spec, position) => {
    const priority = tx.create(WorkplanPriority, {
      workplan,
      title: spec.title,
      description: spec.description,
      position,
    });
    spec.actions.forEach((a, index) => {
      const action = tx.create(WorkplanAction, {
        priority,
        title: a.title,
        responsibleOrganisation: org(a.responsible),
        contributingOrganisationIds: (a.contributing ?? []).map((key) => org(key).id),
        startDate: a.startDate,
        dueDate: a.dueDate,
        status: a.status,
        indicator: a.indicator,
        target: a.target,
        jointCommitment: a.joint ?? false,
        position: index,
        updatedAt: new Date('2026-01-12T09:00:00.000Z'),
      });
      const linked = (a.recommendations ?? []).map(recommendation).filter((r): r is Recommendation => r !== undefined);
      action.linkedRecommendations.set(linked);
    });
  });

  seedCoEditedText(tx, `workplan:${workplan.id}`, narrative);
  await tx.flush();
}
