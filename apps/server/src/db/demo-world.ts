import type { NpmModel, OrganisationKind, Role, WorkingGroupKind, WorkingGroupRole } from '@opcat/domain';

/**
 * The fictional demo world: the Republic of Costa Verde (user-assigned ISO code XV, so it can
 * never be mistaken for a real State) and its neighbour Sierra Alta (XS).
 */
export const DEMO_PASSWORD = 'opcat-demo-2026';

interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  countryCode: string | null;
  npmModel?: NpmModel;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'npm',
    name: 'Mecanismo Nacional de Prevención de la Tortura (Defensoría del Pueblo de Costa Verde)',
    kind: 'NPM',
    countryCode: 'XV',
    npmModel: 'WITHIN_OMBUDS',
  },
  { key: 'nhri', name: 'Comisión Nacional de Derechos Humanos de Costa Verde', kind: 'NHRI', countryCode: 'XV' },
  { key: 'cso1', name: 'Centro de Derechos Humanos Voces Libres', kind: 'CSO', countryCode: 'XV' },
  {
    key: 'cso2',
    name: 'Colectivo por la Dignidad de las Personas Privadas de Libertad',
    kind: 'CSO',
    countryCode: 'XV',
  },
  {
    key: 'ministry',
    name: 'Ministerio de Justicia y Sistema Penitenciario',
    kind: 'STATE_AUTHORITY',
    countryCode: 'XV',
  },
  { key: 'police', name: 'Policía Nacional de Costa Verde', kind: 'STATE_AUTHORITY', countryCode: 'XV' },
  { key: 'ohchr', name: 'Oficina Regional del ACNUDH para América Central', kind: 'OHCHR', countryCode: null },
  { key: 'spt', name: 'Subcomité para la Prevención de la Tortura (ONU)', kind: 'SPT', countryCode: null },
  {
    key: 'partner',
    name: 'Alianza Internacional para la Prevención de la Tortura',
    kind: 'PARTNER',
    countryCode: null,
  },
  {
    key: 'npm2',
    name: 'Mecanismo Nacional de Prevención de Sierra Alta',
    kind: 'NPM',
    countryCode: 'XS',
    npmModel: 'SPECIALISED_BODY',
  },
  {
    key: 'ministry_xs',
    name: 'Ministerio de Gobierno y Seguridad de Sierra Alta',
    kind: 'STATE_AUTHORITY',
    countryCode: 'XS',
  },
];

interface DemoUser {
  email: string;
  displayName: string;
  organisation: string;
  role: Role;
  locale: 'es' | 'en';
  /** Further memberships (key, role): the person chooses which organisation they act for. */
  alsoMemberOf?: [string, Role][];
}

export const demoUsers: DemoUser[] = [
  { email: 'ana.mnp@demo.opcat', displayName: 'Ana Martínez', organisation: 'npm', role: 'ADMIN', locale: 'es' },
  { email: 'bruno.mnp@demo.opcat', displayName: 'Bruno Quispe', organisation: 'npm', role: 'EDITOR', locale: 'es' },
  { email: 'carmen.cndh@demo.opcat', displayName: 'Carmen Rojas', organisation: 'nhri', role: 'EDITOR', locale: 'es' },
  {
    email: 'diego.voces@demo.opcat',
    displayName: 'Diego Fernández',
    organisation: 'cso1',
    role: 'EDITOR',
    locale: 'es',
  },
  {
    email: 'elena.colectivo@demo.opcat',
    displayName: 'Elena Torres',
    organisation: 'cso2',
    role: 'CONTRIBUTOR',
    locale: 'es',
  },
  {
    email: 'fernando.minjus@demo.opcat',
    displayName: 'Fernando Vega',
    organisation: 'ministry',
    role: 'ADMIN',
    locale: 'es',
  },
  {
    email: 'gabriela.policia@demo.opcat',
    displayName: 'Gabriela Soto',
    organisation: 'police',
    role: 'VIEWER',
    locale: 'es',
  },
  {
    email: 'hannah.ohchr@demo.opcat',
    displayName: 'Hannah Weber',
    organisation: 'ohchr',
    role: 'VIEWER',
    locale: 'en',
  },
  { email: 'ines.spt@demo.opcat', displayName: 'Inés Kowalski', organisation: 'spt', role: 'EDITOR', locale: 'en' },
  {
    email: 'james.alianza@demo.opcat',
    displayName: 'James Okafor',
    organisation: 'partner',
    role: 'CONTRIBUTOR',
    locale: 'en',
  },
  { email: 'lucia.mnpsa@demo.opcat', displayName: 'Lucía Paredes', organisation: 'npm2', role: 'ADMIN', locale: 'es' },
  // Added so that every journey of the brief has someone to walk it: an SPT administrator shares
  // SPT material with an NPM, the police answers what is addressed to it, and Sierra Alta has a
  // State authority that can sign in.
  { email: 'marta.spt@demo.opcat', displayName: 'Marta Lindqvist', organisation: 'spt', role: 'ADMIN', locale: 'en' },
  {
    email: 'hector.policia@demo.opcat',
    displayName: 'Héctor Castillo',
    organisation: 'police',
    role: 'ADMIN',
    locale: 'es',
  },
  {
    email: 'rafael.gobierno@demo.opcat',
    displayName: 'Rafael Ortiz',
    organisation: 'ministry_xs',
    role: 'ADMIN',
    locale: 'es',
  },
  {
    // Runs her CSO and sits, for the NHRI, on the NPM's Technical Committee: two organisations.
    email: 'sofia.colectivo@demo.opcat',
    displayName: 'Sofía Benítez',
    organisation: 'cso2',
    role: 'ADMIN',
    locale: 'es',
    alsoMemberOf: [['nhri', 'EDITOR']],
  },
];

/**
 * The demo platform administrator (decision 0029): creates organisations and decides requests to
 * join; belongs to no organisation, so it reads what any signed-in outsider reads.
 */
export const DEMO_PLATFORM_ADMIN = {
  email: 'pablo.plataforma@demo.opcat',
  displayName: 'Pablo Ibarra',
  locale: 'es' as const,
};

interface DemoWorkingGroup {
  name: string;
  kind: WorkingGroupKind;
  countryCode: string | null;
  region: string | null;
  members: [string, WorkingGroupRole][];
}

export const demoWorkingGroups: DemoWorkingGroup[] = [
  {
    name: 'Grupo de Trabajo Nacional para la Prevención de la Tortura',
    kind: 'NATIONAL_WORKING_GROUP',
    countryCode: 'XV',
    region: null,
    members: [
      ['npm', 'CHAIR'],
      ['nhri', 'MEMBER'],
      ['cso1', 'MEMBER'],
      ['cso2', 'MEMBER'],
      ['ministry', 'MEMBER'],
      ['police', 'MEMBER'],
      ['ohchr', 'OBSERVER'],
      ['partner', 'OBSERVER'],
    ],
  },
  {
    name: 'Comité Técnico del Mecanismo Nacional de Prevención',
    kind: 'NPM_TECHNICAL_COMMITTEE',
    countryCode: 'XV',
    region: null,
    members: [
      ['nhri', 'CHAIR'],
      ['npm', 'MEMBER'],
      ['cso1', 'MEMBER'],
      ['cso2', 'MEMBER'],
    ],
  },
  {
    name: 'Red Latinoamericana de Mecanismos Nacionales de Prevención',
    kind: 'REGIONAL_NETWORK',
    countryCode: null,
    region: 'América Latina',
    members: [
      ['npm2', 'CHAIR'],
      ['npm', 'MEMBER'],
      ['partner', 'OBSERVER'],
    ],
  },
];
