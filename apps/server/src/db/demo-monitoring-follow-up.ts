import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  Acceptance,
  FollowUpKind,
  ImplementationStatus,
  Priority,
  RecommendationLevel,
  RecommendationSource,
  ReprisalForm,
  ReprisalStatus,
} from '@opcat/domain';
import type { Organisation, User } from './entities/identity.ts';
import type { Finding, Place, StatusEntryKind, Visit } from './entities/monitoring.ts';
import {
  AuthorityResponse,
  FollowUpActivity,
  Recommendation,
  RecommendationStatusEntry,
} from './entities/monitoring.ts';
import type { ShareableRecord } from './entities/shareable.ts';
import { RecordComment, ReprisalIncident } from './entities/reprisal.ts';
import { at, scope } from './demo-monitoring-records.ts';
import type { DemoFindings, DemoPlaces, DemoVisits, DemoWorld, Scope } from './demo-monitoring-records.ts';

/** Days Costa Verde's authorities have to respond (its CountrySetting, seeded alongside). */
const XV_RESPONSE_DAYS = 60;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type Entry = [kind: StatusEntryKind, value: Acceptance | ImplementationStatus, on: string, note: string, by: User];

interface RecommendationSpec {
  reference: string;
  title: string;
  text: string;
  source: RecommendationSource;
  addressee: Organisation;
  theme: string;
  level: RecommendationLevel;
  priority: Priority;
  issuedOn: string;
  targetDate?: string;
  findings: Finding[];
  /** Defaults to the findings' places. */
  places?: Place[];
  repeats?: Recommendation;
  visibility: Scope;
  owner?: Organisation;
  by: User;
  /** The authority's answers; each also enters the history as an ACCEPTANCE entry. */
  responses?: [on: string, text: string, acceptance: Acceptance, timeline: string, by: User][];
  /** Implementation statuses, oldest first; the last of each kind is the current one. */
  statuses?: Entry[];
  followUps?: [kind: FollowUpKind, on: string, outcome: string, by: User][];
}

/** Recommendations with the art. 22 dialogue, then reprisal incidents and comments. */
export function seedDemoFollowUp(
  tx: EntityManager,
  w: DemoWorld,
  records: { places: DemoPlaces; visits: DemoVisits; findings: DemoFindings },
): void {
  const { places: p, visits: v, findings: f } = records;
  const ana = w.user('ana.mnp');
  const bruno = w.user('bruno.mnp');
  const fernando = w.user('fernando.minjus');
  const ines = w.user('ines.spt');
  const ministry = w.org('ministry');
  const police = w.org('police');
  const national = scope.group(w.nationalGroup);

  const recommend = (spec: RecommendationSpec) => {
    const owner = spec.owner ?? w.org('npm');
    const responses = spec.responses ?? [];
    const history: Entry[] = [
      ['ACCEPTANCE', 'PENDING', spec.issuedOn, 'Recomendación emitida.', spec.by],
      ...responses.map(([on, , acceptance, , by]): Entry => [
        'ACCEPTANCE',
        acceptance,
        on,
        'Según la respuesta de la autoridad.',
        by,
      ]),
      ...(spec.statuses ?? []),
    ];
    const latest = (kind: StatusEntryKind) => history.filter(([k]) => k === kind).at(-1)?.[1] ?? null;
    const recommendation = tx.create(Recommendation, {
      reference: spec.reference,
      title: spec.title,
      text: spec.text,
      source: spec.source,
      addressee: spec.addressee,
      theme: spec.theme,
      level: spec.level,
      priority: spec.priority,
      issuedOn: spec.issuedOn,
      targetDate: spec.targetDate ?? null,
      responseDueOn: addDays(spec.issuedOn, XV_RESPONSE_DAYS),
      findings: spec.findings,
      places: spec.places ?? [...new Set(spec.findings.map((finding) => finding.place))],
      repeats: spec.repeats ?? null,
      acceptance: latest('ACCEPTANCE') as Acceptance,
      stateStatus: latest('STATE_REPORTED') as ImplementationStatus | null,
      monitorStatus: latest('MONITOR_ASSESSED') as ImplementationStatus | null,
      ownerOrganisation: owner,
      countryCode: 'XV',
      ...spec.visibility,
      createdBy: spec.by,
      createdAt: at(spec.issuedOn),
      updatedAt: at(
        history
          .map(([, , on]) => on)
          .sort()
          .at(-1) ?? spec.issuedOn,
      ),
    });
    for (const [kind, value, effectiveOn, note, recordedBy] of history)
      tx.create(RecommendationStatusEntry, {
        recommendation,
        kind,
        value,
        effectiveOn,
        note,
        recordedBy,
        recordedAt: at(effectiveOn),
      });
    for (const [respondedOn, text, acceptance, proposedTimeline, recordedBy] of responses)
      tx.create(AuthorityResponse, {
        recommendation,
        authorOrganisation: spec.addressee,
        respondedOn,
        text,
        acceptance,
        proposedTimeline,
        recordedBy,
        recordedAt: at(respondedOn),
      });
    for (const [kind, happenedOn, outcome, recordedBy] of spec.followUps ?? [])
      tx.create(FollowUpActivity, {
        recommendation,
        kind,
        happenedOn,
        outcome,
        recordedBy,
        recordedAt: at(happenedOn),
      });
    return recommendation;
  };

  const annualOvercrowding = recommend({
    reference: 'MNP-XV-2026-001',
    title: 'Reducir la sobrepoblación del Centro Penitenciario La Esperanza',
    text: 'Adoptar un plan de descongestión con metas trimestrales que lleve la población del centro a su capacidad oficial.',
    source: 'NPM_THEMATIC_OR_ANNUAL_REPORT',
    addressee: ministry,
    theme: 'Sobrepoblación',
    level: 'PLACE',
    priority: 'HIGH',
    issuedOn: '2026-01-30',
    targetDate: '2026-06-30',
    findings: [],
    places: [p.esperanza],
    visibility: scope.public(),
    by: ana,
    responses: [
      [
        '2026-03-25',
        'El Ministerio acepta la recomendación y elaborará un plan de descongestión con la Dirección General de Centros Penales.',
        'ACCEPTED',
        'Plan aprobado antes de junio de 2026.',
        fernando,
      ],
    ],
    statuses: [
      ['MONITOR_ASSESSED', 'NOT_STARTED', '2026-02-11', 'Sin medidas observables durante la visita de febrero.', ana],
      ['STATE_REPORTED', 'IN_PROGRESS', '2026-03-25', 'Plan en elaboración.', fernando],
      ['MONITOR_ASSESSED', 'NOT_IMPLEMENTED', '2026-10-15', 'La población llegó a 1.630 personas.', ana],
    ],
  });

  recommend({
    reference: 'MNP-XV-2026-004',
    title: 'Medidas urgentes contra la sobrepoblación en los módulos de prisión preventiva',
    text: 'Reiterar la recomendación MNP-XV-2026-001 y, entre tanto, garantizar una cama por persona y ventilación adecuada en los módulos 3 y 4.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Sobrepoblación',
    level: 'PLACE',
    priority: 'URGENT',
    issuedOn: '2026-03-20',
    targetDate: '2026-12-31',
    findings: [f.overcrowding],
    repeats: annualOvercrowding,
    visibility: scope.public(),
    by: ana,
    responses: [
      [
        '2026-05-12',
        'Se trasladarán 150 personas a otros centros; la ampliación de la infraestructura no es viable este año.',
        'PARTIALLY_ACCEPTED',
        'Traslados antes de septiembre de 2026.',
        fernando,
      ],
    ],
    statuses: [
      ['STATE_REPORTED', 'IN_PROGRESS', '2026-05-12', 'Traslados iniciados.', fernando],
      ['MONITOR_ASSESSED', 'NOT_IMPLEMENTED', '2026-10-15', 'La población siguió creciendo tras los traslados.', ana],
    ],
    followUps: [
      ['WRITTEN_REQUEST', '2026-08-03', 'Se pidió el detalle de los traslados realizados por módulo.', ana],
      [
        'MEETING',
        '2026-09-22',
        'Reunión con la Dirección General de Centros Penales; se acordó un informe mensual.',
        ana,
      ],
    ],
  });

  recommend({
    reference: 'MNP-XV-2026-005',
    title: 'Establecer un mecanismo de queja confidencial',
    text: 'Instalar buzones cerrados que solo abra personal ajeno a la custodia y registrar cada queja con su respuesta.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Quejas',
    level: 'POLICY',
    priority: 'HIGH',
    issuedOn: '2026-03-20',
    targetDate: '2026-09-30',
    findings: [f.complaints],
    visibility: national,
    by: ana,
    responses: [['2026-04-30', 'Se instalarán buzones en todos los módulos.', 'ACCEPTED', 'Tres meses.', fernando]],
    statuses: [
      ['STATE_REPORTED', 'IN_PROGRESS', '2026-04-30', '', fernando],
      ['STATE_REPORTED', 'IMPLEMENTED', '2026-09-01', 'Buzones instalados en los ocho módulos.', fernando],
      ['MONITOR_ASSESSED', 'PARTIALLY_IMPLEMENTED', '2026-10-15', 'Los buzones los abre personal de custodia.', bruno],
    ],
    followUps: [['FOLLOW_UP_VISIT', '2026-10-14', 'Verificación en el centro de los buzones instalados.', bruno]],
  });

  recommend({
    reference: 'MNP-XV-2026-006',
    title: 'Limitar el aislamiento disciplinario y asegurar la visita médica diaria',
    text: 'Reformar el reglamento disciplinario para que el aislamiento no supere 15 días y garantizar la visita diaria del personal de salud.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Régimen disciplinario',
    level: 'POLICY',
    priority: 'HIGH',
    issuedOn: '2026-03-20',
    findings: [f.isolation],
    visibility: scope.shared(w.org('cso1')),
    by: ana,
    responses: [['2026-05-15', 'El reglamento vigente permite sanciones de hasta 60 días.', 'NOTED', '', fernando]],
    statuses: [
      ['STATE_REPORTED', 'NOT_STARTED', '2026-05-15', '', fernando],
      ['MONITOR_ASSESSED', 'NOT_IMPLEMENTED', '2026-10-15', '', ana],
    ],
    followUps: [['REFERRAL', '2026-06-10', 'Remisión a la Comisión Nacional de Derechos Humanos.', ana]],
  });

  recommend({
    reference: 'MNP-XV-2026-007',
    title: 'Reforzar el servicio de salud del Centro Penitenciario La Esperanza',
    text: 'Contratar al menos tres médicos y establecer el examen médico de ingreso.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Salud',
    level: 'INSTITUTIONAL',
    priority: 'HIGH',
    issuedOn: '2026-03-20',
    findings: [f.healthStaff],
    visibility: scope.organisation(),
    by: bruno,
    followUps: [['WRITTEN_REQUEST', '2026-06-02', 'Recordatorio: plazo de respuesta vencido, sin respuesta.', ana]],
  });

  recommend({
    reference: 'MNP-XV-2026-008',
    title: 'Protocolo de contención mecánica con orden médica y registro',
    text: 'Aprobar un protocolo que exija orden médica escrita, supervisión continua y registro de cada contención.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Salud mental',
    level: 'POLICY',
    priority: 'HIGH',
    issuedOn: '2026-04-10',
    targetDate: '2026-08-31',
    findings: [f.restraints],
    visibility: national,
    by: bruno,
    responses: [['2026-05-20', 'Se aprobará el protocolo en agosto.', 'ACCEPTED', 'Agosto de 2026.', fernando]],
    statuses: [
      ['STATE_REPORTED', 'IMPLEMENTED', '2026-08-01', 'Protocolo aprobado por resolución ministerial.', fernando],
      ['MONITOR_ASSESSED', 'IMPLEMENTED', '2026-09-10', 'Registro en uso y órdenes médicas verificadas.', bruno],
    ],
    followUps: [['FOLLOW_UP_VISIT', '2026-09-10', 'Visita de seguimiento al pabellón de agudos.', bruno]],
  });

  recommend({
    reference: 'MNP-XV-2026-009',
    title: 'Garantizar las salvaguardias desde el primer momento de la detención',
    text: 'Notificar a un familiar y facilitar el acceso a defensa antes de cualquier interrogatorio, dejando constancia en el registro.',
    source: 'NPM_VISIT_REPORT',
    addressee: police,
    theme: 'Salvaguardias',
    level: 'POLICY',
    priority: 'URGENT',
    issuedOn: '2026-06-01',
    findings: [f.firstHours],
    visibility: national,
    by: ana,
    followUps: [['WRITTEN_REQUEST', '2026-08-10', 'Se reiteró la solicitud de respuesta a la Dirección General.', ana]],
  });

  recommend({
    reference: 'MNP-XV-2026-010',
    title: 'Registro electrónico de detenciones y videograbación en áreas de custodia',
    text: 'Implantar un registro electrónico único y cámaras en las áreas de custodia y entrevista.',
    source: 'NPM_VISIT_REPORT',
    addressee: police,
    theme: 'Salvaguardias',
    level: 'INSTITUTIONAL',
    priority: 'HIGH',
    issuedOn: '2026-06-01',
    targetDate: '2027-06-30',
    findings: [f.custodyRecords],
    visibility: national,
    by: ana,
    responses: [
      [
        '2026-07-20',
        'Respuesta recibida por oficio: el proyecto está incluido en el presupuesto de 2027.',
        'ACCEPTED',
        '2027.',
        ana,
      ],
    ],
    statuses: [
      ['STATE_REPORTED', 'IN_PROGRESS', '2026-07-20', '', ana],
      ['MONITOR_ASSESSED', 'IN_PROGRESS', '2026-10-20', 'Licitación publicada.', ana],
    ],
  });

  recommend({
    reference: 'MNP-XV-2026-011',
    title: 'Revisión de oficio de la prisión preventiva prolongada',
    text: 'Promover una reforma legal que obligue a revisar cada seis meses la prisión preventiva.',
    source: 'NPM_VISIT_REPORT',
    addressee: ministry,
    theme: 'Prisión preventiva',
    level: 'LEGISLATIVE',
    priority: 'MEDIUM',
    issuedOn: '2026-06-01',
    findings: [f.pretrial],
    visibility: scope.public(),
    by: ana,
    responses: [['2026-07-15', 'La revisión corresponde al Poder Judicial.', 'REJECTED', '', fernando]],
    statuses: [['MONITOR_ASSESSED', 'NOT_IMPLEMENTED', '2026-10-01', '', ana]],
  });

  const spt = w.org('spt');
  recommend({
    reference: 'SPT-XV-2026-01',
    title: 'Investigar con prontitud las denuncias de malos tratos durante las requisas',
    text: 'Abrir investigaciones prontas e imparciales y suspender cautelarmente al personal implicado.',
    source: 'SPT_REPORT',
    addressee: ministry,
    theme: 'Malos tratos',
    level: 'PLACE',
    priority: 'URGENT',
    issuedOn: '2026-08-17',
    findings: [f.searches],
    visibility: scope.spt(w.org('npm')),
    owner: spt,
    by: ines,
    responses: [
      [
        '2026-10-09',
        'Se abrieron cuatro investigaciones administrativas.',
        'ACCEPTED',
        'Resultados en enero de 2027.',
        fernando,
      ],
    ],
    statuses: [['STATE_REPORTED', 'IN_PROGRESS', '2026-10-09', '', fernando]],
  });

  recommend({
    reference: 'SPT-XV-2026-02',
    title: 'Revisión judicial de las internaciones involuntarias',
    text: 'Asegurar que toda internación involuntaria se comunique a un juez en el plazo legal.',
    source: 'SPT_REPORT',
    addressee: ministry,
    theme: 'Salud mental',
    level: 'LEGISLATIVE',
    priority: 'HIGH',
    issuedOn: '2026-08-17',
    findings: [f.involuntary],
    visibility: scope.spt(),
    owner: spt,
    by: ines,
  });

  // Art. 16(2): the State authorised publishing this part of the SPT's report; it is public since.
  const authorised = recommend({
    reference: 'SPT-XV-2026-03',
    title: 'Registrar toda privación de libertad desde el primer momento de la custodia policial',
    text: 'Llevar un registro único e inalterable de cada detención, con la hora de ingreso, la notificación a la familia y el acceso a un abogado y a un médico.',
    source: 'SPT_REPORT',
    addressee: police,
    theme: 'Salvaguardias en las primeras horas',
    level: 'POLICY',
    priority: 'HIGH',
    issuedOn: '2026-08-17',
    findings: [],
    visibility: scope.public(),
    owner: spt,
    by: ines,
    responses: [
      [
        '2026-10-01',
        'La Policía Nacional implanta un registro electrónico de custodia en las comisarías de la capital.',
        'ACCEPTED',
        'Todas las comisarías en 2027.',
        w.user('hector.policia'),
      ],
    ],
    statuses: [
      ['STATE_REPORTED', 'IN_PROGRESS', '2026-10-01', 'Registro en 12 de 40 comisarías.', w.user('hector.policia')],
      ['MONITOR_ASSESSED', 'PARTIALLY_IMPLEMENTED', '2026-11-10', 'Verificado en dos comisarías visitadas.', ana],
    ],
  });
  authorised.publishedAt = at('2026-09-30');
  authorised.publishedBy = fernando;

  seedReprisals(tx, w, v);
  seedComments(tx, w, f);
}

function seedReprisals(tx: EntityManager, w: DemoWorld, v: DemoVisits): void {
  const ana = w.user('ana.mnp');
  const incident = (
    personPseudonym: string,
    relatedVisit: Visit,
    occurredOn: string,
    form: ReprisalForm,
    status: ReprisalStatus,
    description: string,
    actionTaken: string,
    namedUsers: User[],
    reportedOn: string,
  ) =>
    tx.create(ReprisalIncident, {
      ownerOrganisation: w.org('npm'),
      personPseudonym,
      relatedVisit,
      occurredOn,
      form,
      status,
      description,
      actionTaken,
      namedUsers,
      createdBy: ana,
      createdAt: at(reportedOn),
      updatedAt: at(reportedOn),
    });
  incident(
    'Persona entrevistada A-03',
    v.esperanza,
    '2026-02-20',
    'TRANSFER',
    'UNDER_FOLLOW_UP',
    'Tras la visita, la persona fue trasladada a otro módulo sin resolución motivada. Refiere que un custodio le preguntó qué había contado al Mecanismo.',
    'Comunicación urgente a la dirección del centro; entrevista de seguimiento en privado cada mes.',
    [ana, w.user('bruno.mnp')],
    '2026-02-23',
  );
  incident(
    'Persona entrevistada B-05',
    v.custody,
    '2026-05-04',
    'THREATS',
    'REPORTED',
    'Un familiar informó de amenazas verbales de un agente después de la entrevista con el equipo del Mecanismo.',
    'Solicitud de medidas de protección a la Inspección General de la Policía.',
    [ana],
    '2026-05-06',
  );
}

function seedComments(tx: EntityManager, w: DemoWorld, f: DemoFindings): void {
  const comment = (
    record: ShareableRecord<string>,
    recordType: string,
    author: string,
    organisation: string,
    body: string,
    on: string,
  ) =>
    tx.create(RecordComment, {
      recordType,
      recordId: record.id,
      author: w.user(author),
      authorOrganisation: w.org(organisation),
      body,
      createdAt: at(on),
    });
  comment(
    f.complaints,
    'FINDING',
    'carmen.cndh',
    'nhri',
    'La Comisión recibió quejas similares de este centro en 2025; podemos compartir los expedientes anonimizados.',
    '2026-03-02',
  );
  comment(
    f.isolation,
    'FINDING',
    'diego.voces',
    'cso1',
    'Nuestro equipo documentó casos de aislamiento superior a 30 días en el mismo módulo.',
    '2026-03-05',
  );
  comment(
    f.education,
    'FINDING',
    'elena.colectivo',
    'cso2',
    'El Colectivo puede ofrecer talleres los fines de semana si el centro lo autoriza.',
    '2026-07-01',
  );
  comment(
    f.overcrowding,
    'FINDING',
    'bruno.mnp',
    'npm',
    'Incluir en el seguimiento la población por módulo, no solo el total del centro.',
    '2026-02-16',
  );
}
