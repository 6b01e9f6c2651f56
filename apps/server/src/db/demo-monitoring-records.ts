import type { EntityManager } from '@mikro-orm/postgresql';
import type { Classification, Expertise, Gender, PlaceType, VisitStatus, VisitType } from '@opcat/domain';
import type { Organisation, User, WorkingGroup } from './entities/identity.ts';
import { Finding, Interviewee, Place, PlacePopulation, Visit, VisitTeamMember } from './entities/monitoring.ts';

/** The demo's organisations, people and working groups, as seeded by the identity seed. */
export interface DemoWorld {
  org(key: string): Organisation;
  user(name: string): User;
  nationalGroup: WorkingGroup;
  regionalNetwork: WorkingGroup;
  /** Sierra Alta's ministry: the identity seed has no State authority there, places need one. */
  sierraAltaAuthority: Organisation;
}

/** The records' classification columns, ready to spread into `create`. */
export type Scope = { classification: Classification; workingGroup?: WorkingGroup; sharedWith?: string[] };
export const scope = {
  public: (): Scope => ({ classification: 'PUBLIC' }),
  group: (workingGroup: WorkingGroup): Scope => ({ classification: 'WORKING_GROUP', workingGroup }),
  shared: (...organisations: Organisation[]): Scope => ({
    classification: 'SHARED',
    sharedWith: organisations.map((o) => o.id),
  }),
  organisation: (): Scope => ({ classification: 'ORGANISATION' }),
  spt: (...sharedWithNpms: Organisation[]): Scope => ({
    classification: 'SPT_CONFIDENTIAL',
    sharedWith: sharedWithNpms.map((o) => o.id),
  }),
};

/** Nine in the morning, UTC, of a calendar day: timestamps that never depend on when the seed ran. */
export const at = (day: string): Date => new Date(`${day}T09:00:00.000Z`);

export type DemoPlaces = ReturnType<typeof seedPlaces>;

export function seedPlaces(tx: EntityManager, w: DemoWorld) {
  const npm = w.org('npm');
  const ana = w.user('ana.mnp');
  const place = (
    name: string,
    type: PlaceType,
    authority: Organisation,
    region: string,
    capacity: number,
    visibility: Scope,
    counts: [string, number][],
    owner = npm,
    country = 'XV',
    creator = ana,
  ) => {
    const created = tx.create(Place, {
      name,
      type,
      responsibleAuthority: authority,
      region,
      address: `${region} (dirección ficticia de demostración)`,
      capacity,
      ownerOrganisation: owner,
      countryCode: country,
      ...visibility,
      createdBy: creator,
      createdAt: at('2026-01-15'),
      updatedAt: at('2026-01-15'),
    });
    for (const [countedOn, population] of counts)
      tx.create(PlacePopulation, {
        place: created,
        countedOn,
        population,
        recordedBy: creator,
        recordedAt: at(countedOn),
      });
    return created;
  };
  const ministry = w.org('ministry');
  const police = w.org('police');
  const national = scope.group(w.nationalGroup);
  const lucia = w.user('lucia.mnpsa');
  return {
    esperanza: place('Centro Penitenciario La Esperanza', 'PRISON', ministry, 'Región Central', 1200, scope.public(), [
      ['2026-01-15', 1450],
      ['2026-04-15', 1520],
      ['2026-07-15', 1580],
      ['2026-10-15', 1630],
    ]),
    policeStation: place('Estación de Policía Central', 'POLICE_CUSTODY', police, 'Distrito Capital', 40, national, [
      ['2026-04-20', 47],
    ]),
    juvenile: place(
      'Centro de Internamiento de Menores Nuevos Horizontes',
      'JUVENILE_DETENTION',
      ministry,
      'Región Central',
      120,
      national,
      [['2026-06-15', 96]],
    ),
    psychiatric: place(
      'Hospital Psiquiátrico Nacional',
      'PSYCHIATRIC_INSTITUTION',
      ministry,
      'Distrito Capital',
      300,
      scope.public(),
      [['2026-03-17', 274]],
    ),
    migration: place('Estación Migratoria Norte', 'IMMIGRATION_DETENTION', police, 'Región Norte', 200, national, [
      ['2026-02-01', 180],
      ['2026-09-01', 236],
    ]),
    women: place('Centro Penitenciario Femenino Santa Lucía', 'PRISON', ministry, 'Región Costera', 350, national, [
      ['2026-06-16', 412],
    ]),
    elderly: place(
      'Hogar de Personas Mayores San José',
      'ELDERLY_CARE_HOME',
      ministry,
      'Región Costera',
      80,
      scope.public(),
      [['2026-03-16', 71]],
    ),
    pretrial: place(
      'Centro de Detención Preventiva El Mirador',
      'PRETRIAL_DETENTION',
      ministry,
      'Distrito Capital',
      600,
      national,
      [['2026-04-21', 842]],
    ),
    // Sierra Alta: only its NPM and the regional network it chairs see these.
    cumbres: place(
      'Centro de Rehabilitación Social Las Cumbres',
      'PRISON',
      w.sierraAltaAuthority,
      'Provincia del Altiplano',
      900,
      scope.group(w.regionalNetwork),
      [['2026-05-04', 1105]],
      w.org('npm2'),
      'XS',
      lucia,
    ),
    valleAlto: place(
      'Comisaría Central de Valle Alto',
      'POLICE_CUSTODY',
      w.sierraAltaAuthority,
      'Provincia del Altiplano',
      30,
      scope.organisation(),
      [['2026-05-06', 22]],
      w.org('npm2'),
      'XS',
      lucia,
    ),
  };
}

export type DemoVisits = ReturnType<typeof seedVisits>;

interface VisitSpec {
  places: Place[];
  type: VisitType;
  announced: boolean;
  startDate: string;
  endDate: string | null;
  status: VisitStatus;
  objectives: string;
  visibility: Scope;
  team: [User, Expertise, Gender, boolean][];
  owner?: Organisation;
  country?: string;
}

export function seedVisits(tx: EntityManager, w: DemoWorld, p: DemoPlaces) {
  const ana = w.user('ana.mnp');
  const bruno = w.user('bruno.mnp');
  const national = scope.group(w.nationalGroup);
  const visit = (spec: VisitSpec) => {
    const leader = spec.team.find(([, , , lead]) => lead)?.[0] ?? ana;
    const created = tx.create(Visit, {
      places: spec.places,
      type: spec.type,
      announced: spec.announced,
      startDate: spec.startDate,
      endDate: spec.endDate,
      status: spec.status,
      objectives: spec.objectives,
      ownerOrganisation: spec.owner ?? w.org('npm'),
      countryCode: spec.country ?? 'XV',
      ...spec.visibility,
      createdBy: leader,
      createdAt: at(spec.startDate),
      updatedAt: at(spec.endDate ?? spec.startDate),
    });
    for (const [user, expertise, gender, isLeader] of spec.team)
      tx.create(VisitTeamMember, { visit: created, user, expertise, gender, leader: isLeader });
    return created;
  };
  return {
    esperanza: visit({
      places: [p.esperanza],
      type: 'IN_DEPTH',
      announced: false,
      startDate: '2026-02-09',
      endDate: '2026-02-11',
      status: 'FOLLOW_UP',
      objectives:
        'Visita en profundidad no anunciada: condiciones materiales, régimen disciplinario, atención en salud y mecanismos de queja.',
      visibility: national,
      team: [
        [ana, 'LAW', 'FEMALE', true],
        [bruno, 'MEDICINE', 'MALE', false],
      ],
    }),
    careHomes: visit({
      places: [p.elderly, p.psychiatric],
      type: 'THEMATIC',
      announced: true,
      startDate: '2026-03-16',
      endDate: '2026-03-18',
      status: 'CLOSED',
      objectives:
        'Visita temática sobre personas mayores y personas con discapacidad psicosocial en instituciones de salud y cuidado.',
      visibility: national,
      team: [
        [bruno, 'PSYCHOLOGY', 'MALE', true],
        [ana, 'LAW', 'FEMALE', false],
      ],
    }),
    custody: visit({
      places: [p.policeStation, p.pretrial],
      type: 'THEMATIC',
      announced: false,
      startDate: '2026-04-20',
      endDate: '2026-04-22',
      status: 'REPORT_SENT',
      objectives:
        'Salvaguardias en las primeras horas de la detención: registro, notificación a familiares, acceso a defensa y examen médico.',
      visibility: national,
      team: [
        [ana, 'LAW', 'FEMALE', true],
        [bruno, 'PSYCHOLOGY', 'MALE', false],
      ],
    }),
    womenAndYouth: visit({
      places: [p.juvenile, p.women],
      type: 'IN_DEPTH',
      announced: true,
      startDate: '2026-06-15',
      endDate: '2026-06-18',
      status: 'REPORTING',
      objectives: 'Situación de adolescentes y de mujeres privadas de libertad: salud, educación, contacto familiar.',
      visibility: scope.organisation(),
      team: [
        [bruno, 'MEDICINE', 'MALE', true],
        [ana, 'LAW', 'FEMALE', false],
      ],
    }),
    migration: visit({
      places: [p.migration],
      type: 'AD_HOC',
      announced: false,
      startDate: '2026-12-07',
      endDate: '2026-12-08',
      status: 'PLANNED',
      objectives: 'Visita ad hoc tras información sobre aumento de la población y estancias prolongadas.',
      visibility: scope.organisation(),
      team: [
        [ana, 'LAW', 'FEMALE', true],
        [bruno, 'PSYCHOLOGY', 'MALE', false],
      ],
    }),
    spt: visit({
      places: [p.esperanza, p.psychiatric],
      type: 'SPT_REGULAR',
      announced: true,
      startDate: '2026-05-11',
      endDate: '2026-05-15',
      status: 'REPORT_SENT',
      objectives: 'Visita periódica del Subcomité a Costa Verde (art. 11 del Protocolo Facultativo).',
      visibility: scope.spt(w.org('npm')),
      team: [[w.user('ines.spt'), 'MEDICINE', 'FEMALE', true]],
      owner: w.org('spt'),
    }),
    cumbres: visit({
      places: [p.cumbres, p.valleAlto],
      type: 'IN_DEPTH',
      announced: false,
      startDate: '2026-05-04',
      endDate: '2026-05-06',
      status: 'REPORTING',
      objectives: 'Visita no anunciada a un centro penitenciario y a una comisaría de la Provincia del Altiplano.',
      visibility: scope.group(w.regionalNetwork),
      team: [[w.user('lucia.mnpsa'), 'LAW', 'FEMALE', true]],
      owner: w.org('npm2'),
      country: 'XS',
    }),
  };
}

export type DemoFindings = ReturnType<typeof seedFindings>;

interface FindingSpec {
  visit: Visit;
  place: Place;
  title: string;
  area: Finding['monitoringArea'];
  risks?: string[];
  vulnerabilities?: string[];
  description: string;
  sources: Finding['sources'];
  severity: Finding['severity'];
  goodPractice?: boolean;
  visibility: Scope;
  by: User;
  interviewees?: [pseudonym: string, identity: string, contact: string | null, medicalNotes: string | null][];
}

export function seedFindings(tx: EntityManager, w: DemoWorld, v: DemoVisits) {
  const ana = w.user('ana.mnp');
  const bruno = w.user('bruno.mnp');
  const ines = w.user('ines.spt');
  const national = scope.group(w.nationalGroup);
  const finding = (spec: FindingSpec) => {
    const day = spec.visit.endDate ?? spec.visit.startDate;
    const created = tx.create(Finding, {
      visit: spec.visit,
      place: spec.place,
      title: spec.title,
      monitoringArea: spec.area,
      riskFactors: spec.risks ?? [],
      vulnerabilities: spec.vulnerabilities ?? [],
      description: spec.description,
      sources: spec.sources,
      severity: spec.severity,
      goodPractice: spec.goodPractice ?? false,
      ownerOrganisation: spec.visit.ownerOrganisation,
      countryCode: spec.visit.countryCode,
      ...spec.visibility,
      createdBy: spec.by,
      createdAt: at(day),
      updatedAt: at(day),
    });
    for (const [pseudonym, identity, contact, medicalNotes] of spec.interviewees ?? [])
      tx.create(Interviewee, { finding: created, pseudonym, identity, contact, medicalNotes });
    return created;
  };
  const placeOf = (visit: Visit, index: number): Place => {
    const found = visit.places.getItems()[index];
    if (!found) throw new Error('demo monitoring: a finding names a place its visit does not include');
    return found;
  };
  const fictional = (n: number) =>
    `Identidad ficticia de demostración n.º ${n} (no corresponde a ninguna persona real)`;
  return {
    overcrowding: finding({
      visit: v.esperanza,
      place: placeOf(v.esperanza, 0),
      title: 'Sobrepoblación crítica en los módulos de prisión preventiva',
      area: 'MATERIAL_CONDITIONS',
      risks: ['OVERCROWDING', 'EXCESSIVE_PRETRIAL_DETENTION'],
      description:
        'El centro alberga 1.450 personas para una capacidad de 1.200. En los módulos 3 y 4 se observaron celdas para cuatro personas ocupadas por ocho o nueve, con personas durmiendo en el suelo y ventilación insuficiente.',
      sources: ['DIRECT_OBSERVATION', 'REGISTERS', 'AUTHORITIES_AND_STAFF'],
      severity: 'CRITICAL',
      visibility: scope.public(),
      by: ana,
    }),
    complaints: finding({
      visit: v.esperanza,
      place: placeOf(v.esperanza, 0),
      title: 'Ausencia de un mecanismo de queja confidencial',
      area: 'PROTECTION_MEASURES',
      risks: ['NO_COMPLAINTS_MECHANISM', 'CORRUPTION'],
      description:
        'Las quejas se entregan por escrito al personal de custodia del módulo. Varias personas entrevistadas refirieron temor a represalias y pagos informales para acceder a audiencias con la dirección.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY', 'REGISTERS'],
      severity: 'HIGH',
      visibility: national,
      by: ana,
      interviewees: [
        ['Persona entrevistada A-03', fictional(1), 'Contacto a través de su defensa pública (dato ficticio)', null],
      ],
    }),
    isolation: finding({
      visit: v.esperanza,
      place: placeOf(v.esperanza, 0),
      title: 'Aislamiento disciplinario prolongado sin control médico',
      area: 'TREATMENT',
      risks: ['SOLITARY_CONFINEMENT'],
      description:
        'El registro disciplinario muestra sanciones de aislamiento de hasta 45 días consecutivos. No consta la visita diaria del personal de salud a las personas aisladas.',
      sources: ['REGISTERS', 'PERSONS_DEPRIVED_OF_LIBERTY', 'DIRECT_OBSERVATION'],
      severity: 'HIGH',
      visibility: scope.shared(w.org('cso1')),
      by: bruno,
      interviewees: [
        [
          'Persona entrevistada A-07',
          fictional(2),
          null,
          'Nota clínica ficticia: refiere insomnio y ansiedad tras 30 días de aislamiento; se recomienda evaluación psicológica.',
        ],
        [
          'Persona entrevistada A-11',
          fictional(3),
          'Familiar de referencia, teléfono 000-000-000 (ficticio)',
          'Nota clínica ficticia: lesiones cutáneas sin tratamiento documentado.',
        ],
      ],
    }),
    healthStaff: finding({
      visit: v.esperanza,
      place: placeOf(v.esperanza, 0),
      title: 'Un solo médico para toda la población del centro',
      area: 'HEALTH_CARE',
      risks: ['STAFF_SHORTAGES', 'NO_MEDICAL_EXAMINATION'],
      description:
        'El servicio de salud cuenta con un médico y dos auxiliares de enfermería. No se realiza examen médico sistemático al ingreso.',
      sources: ['AUTHORITIES_AND_STAFF', 'REGISTERS'],
      severity: 'HIGH',
      visibility: scope.organisation(),
      by: bruno,
    }),
    carePlans: finding({
      visit: v.careHomes,
      place: placeOf(v.careHomes, 0),
      title: 'Buena práctica: plan individual de atención con participación de la familia',
      area: 'REGIME_AND_ACTIVITIES',
      vulnerabilities: ['OLDER_PERSONS'],
      description:
        'Cada residente cuenta con un plan individual revisado cada tres meses con su participación y la de su familia, y con actividades diarias fuera de las habitaciones.',
      sources: ['DIRECT_OBSERVATION', 'PERSONS_DEPRIVED_OF_LIBERTY', 'AUTHORITIES_AND_STAFF'],
      severity: 'LOW',
      goodPractice: true,
      visibility: scope.public(),
      by: bruno,
    }),
    restraints: finding({
      visit: v.careHomes,
      place: placeOf(v.careHomes, 1),
      title: 'Contención mecánica sin registro ni supervisión médica',
      area: 'TREATMENT',
      risks: ['USE_OF_RESTRAINTS', 'NO_COMPLAINTS_MECHANISM'],
      vulnerabilities: ['PERSONS_WITH_DISABILITIES'],
      description:
        'En el pabellón de agudos se utilizan sujeciones durante la noche sin orden médica escrita ni registro de duración.',
      sources: ['DIRECT_OBSERVATION', 'AUTHORITIES_AND_STAFF'],
      severity: 'CRITICAL',
      visibility: national,
      by: bruno,
    }),
    firstHours: finding({
      visit: v.custody,
      place: placeOf(v.custody, 0),
      title: 'Sin notificación a familiares ni acceso a defensa en las primeras horas',
      area: 'PROTECTION_MEASURES',
      risks: ['NO_FAMILY_NOTIFICATION', 'NO_ACCESS_TO_LAWYER', 'NO_INFORMATION_ON_RIGHTS'],
      description:
        'De 22 personas detenidas entrevistadas, 17 no habían podido avisar a su familia y ninguna había hablado con un abogado antes de ser interrogada.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY', 'REGISTERS'],
      severity: 'HIGH',
      visibility: national,
      by: ana,
      interviewees: [['Persona entrevistada B-05', fictional(4), null, null]],
    }),
    custodyRecords: finding({
      visit: v.custody,
      place: placeOf(v.custody, 0),
      title: 'Registro de detenciones incompleto y sin videograbación',
      area: 'PROTECTION_MEASURES',
      risks: ['UNRECORDED_DETENTION', 'NO_VIDEO_RECORDING_IN_CUSTODY'],
      description:
        'El libro de ingresos no registra la hora de salida ni los traslados. Las áreas de entrevista no cuentan con cámaras.',
      sources: ['REGISTERS', 'DIRECT_OBSERVATION'],
      severity: 'MEDIUM',
      visibility: scope.organisation(),
      by: ana,
    }),
    pretrial: finding({
      visit: v.custody,
      place: placeOf(v.custody, 1),
      title: 'Prisión preventiva superior a dos años',
      area: 'PROTECTION_MEASURES',
      risks: ['EXCESSIVE_PRETRIAL_DETENTION', 'OVERCROWDING'],
      description: 'El 31 % de la población del centro lleva más de dos años en prisión preventiva sin sentencia.',
      sources: ['REGISTERS', 'AUTHORITIES_AND_STAFF'],
      severity: 'MEDIUM',
      visibility: scope.public(),
      by: ana,
    }),
    education: finding({
      visit: v.womenAndYouth,
      place: placeOf(v.womenAndYouth, 0),
      title: 'Adolescentes sin actividades educativas en fines de semana',
      area: 'REGIME_AND_ACTIVITIES',
      risks: ['STAFF_SHORTAGES'],
      vulnerabilities: ['CHILDREN'],
      description: 'Los fines de semana los adolescentes permanecen hasta 20 horas diarias en sus dormitorios.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY', 'AUTHORITIES_AND_STAFF'],
      severity: 'MEDIUM',
      visibility: scope.shared(w.org('cso2')),
      by: bruno,
      interviewees: [
        ['Persona entrevistada C-02', fictional(5), 'Contacto a través de su tutora legal (dato ficticio)', null],
      ],
    }),
    womensHealth: finding({
      visit: v.womenAndYouth,
      place: placeOf(v.womenAndYouth, 1),
      title: 'Falta de atención ginecológica y de productos de higiene',
      area: 'HEALTH_CARE',
      risks: ['STAFF_SHORTAGES'],
      vulnerabilities: ['WOMEN'],
      description:
        'No hay consulta ginecológica desde hace seis meses; las internas compran los productos de higiene a precios elevados en el economato.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY', 'DIRECT_OBSERVATION'],
      severity: 'HIGH',
      visibility: scope.organisation(),
      by: bruno,
    }),
    searches: finding({
      visit: v.spt,
      place: placeOf(v.spt, 0),
      title: 'Denuncias de malos tratos durante las requisas en el módulo 4',
      area: 'TREATMENT',
      risks: ['USE_OF_RESTRAINTS', 'NO_COMPLAINTS_MECHANISM'],
      description:
        'Varias personas describieron de forma concordante golpes y posiciones forzadas durante las requisas nocturnas. La delegación observó lesiones compatibles con los relatos.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY', 'DIRECT_OBSERVATION'],
      severity: 'CRITICAL',
      visibility: scope.spt(w.org('npm')),
      by: ines,
      interviewees: [
        [
          'Persona entrevistada S-01',
          fictional(6),
          null,
          'Nota clínica ficticia: equimosis en ambos antebrazos, compatibles con el relato.',
        ],
      ],
    }),
    involuntary: finding({
      visit: v.spt,
      place: placeOf(v.spt, 1),
      title: 'Internaciones involuntarias sin revisión judicial',
      area: 'PROTECTION_MEASURES',
      vulnerabilities: ['PERSONS_WITH_DISABILITIES'],
      description:
        'Ninguna de las internaciones involuntarias revisadas había sido comunicada a un juez dentro del plazo legal.',
      sources: ['REGISTERS', 'AUTHORITIES_AND_STAFF'],
      severity: 'HIGH',
      visibility: scope.spt(),
      by: ines,
    }),
    cumbresOvercrowding: finding({
      visit: v.cumbres,
      place: placeOf(v.cumbres, 0),
      title: 'Sobrepoblación y falta de separación entre procesados y condenados',
      area: 'MATERIAL_CONDITIONS',
      risks: ['OVERCROWDING', 'EXCESSIVE_PRETRIAL_DETENTION'],
      description: 'El centro aloja 1.105 personas para 900 plazas; procesados y condenados comparten pabellones.',
      sources: ['DIRECT_OBSERVATION', 'REGISTERS'],
      severity: 'HIGH',
      visibility: scope.group(w.regionalNetwork),
      by: w.user('lucia.mnpsa'),
    }),
    valleAltoRights: finding({
      visit: v.cumbres,
      place: placeOf(v.cumbres, 1),
      title: 'Información sobre derechos solo disponible en castellano',
      area: 'PROTECTION_MEASURES',
      risks: ['NO_INFORMATION_ON_RIGHTS'],
      vulnerabilities: ['INDIGENOUS_MINORITIES'],
      description: 'Las personas detenidas que hablan lenguas originarias no reciben información sobre sus derechos.',
      sources: ['PERSONS_DEPRIVED_OF_LIBERTY'],
      severity: 'MEDIUM',
      visibility: scope.organisation(),
      by: w.user('lucia.mnpsa'),
    }),
  };
}
