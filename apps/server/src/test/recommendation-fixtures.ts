import type { EntityManager } from '@mikro-orm/postgresql';
import type { Classification, PlaceType } from '@opcat/domain';
import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import { Finding, Place, Visit } from '../db/entities/monitoring.ts';
import { demoOrganisations, demoWorkingGroups } from '../db/demo-world.ts';
import type { TestServer } from './server.ts';

/** Looks up the demo world's organisations, users and working groups by their demo keys. */
export async function demoIds(server: TestServer) {
  const em = server.orm.em.fork() as EntityManager;
  const [organisations, users, groups] = await Promise.all([
    em.find(Organisation, {}),
    em.find(User, {}),
    em.find(WorkingGroup, {}),
  ]);
  const organisation = (key: string): string => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`no demo organisation ${key}`);
    return found.id;
  };
  const user = (email: string): string => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`no demo user ${email}`);
    return found.id;
  };
  const workingGroup = (kind: string): string => {
    const name = demoWorkingGroups.find((g) => g.kind === kind)?.name;
    const found = groups.find((g) => g.name === name);
    if (!found) throw new Error(`no demo working group ${kind}`);
    return found.id;
  };
  return { organisation, user, workingGroup };
}

interface Owned {
  ownerOrganisationId: string;
  createdById: string;
  classification?: Classification;
  workingGroupId?: string | null;
  countryCode?: string | null;
}

function ownedBy(em: EntityManager, o: Owned) {
  return {
    ownerOrganisation: em.getReference(Organisation, o.ownerOrganisationId),
    createdBy: em.getReference(User, o.createdById),
    classification: o.classification ?? 'ORGANISATION',
    workingGroup: o.workingGroupId ? em.getReference(WorkingGroup, o.workingGroupId) : null,
    countryCode: o.countryCode ?? 'XV',
  };
}

/** A place written straight through the ORM (the places module is not under test here). */
export async function insertPlace(
  server: TestServer,
  o: Owned & { name: string; type: PlaceType; responsibleAuthorityId: string },
): Promise<string> {
  const em = server.orm.em.fork() as EntityManager;
  const place = em.create(Place, {
    ...ownedBy(em, o),
    name: o.name,
    type: o.type,
    responsibleAuthority: em.getReference(Organisation, o.responsibleAuthorityId),
  });
  await em.flush();
  return place.id;
}

/** A finding (with the visit it came from) written straight through the ORM. */
export async function insertFinding(
  server: TestServer,
  o: Owned & { placeId: string; title: string },
): Promise<string> {
  const em = server.orm.em.fork() as EntityManager;
  const visit = em.create(Visit, { ...ownedBy(em, o), type: 'IN_DEPTH', startDate: '2026-01-10' });
  const finding = em.create(Finding, {
    ...ownedBy(em, o),
    visit,
    place: em.getReference(Place, o.placeId),
    title: o.title,
    monitoringArea: 'MATERIAL_CONDITIONS',
    severity: 'HIGH',
  });
  await em.flush();
  return finding.id;
}

/** Row counts of everything a recommendation command writes, to prove a refused call wrote nothing. */
export async function recommendationRowCounts(server: TestServer): Promise<Record<string, number>> {
  const connection = server.orm.em.getConnection();
  const tables = [
    'recommendation',
    'recommendation_finding',
    'recommendation_place',
    'recommendation_status_entry',
    'authority_response',
    'follow_up_activity',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await connection.execute<{ n: string }[]>(`select count(*)::text as n from ${table}`);
    counts[table] = Number(row?.n);
  }
  return counts;
}

export const RECOMMENDATION_FIELDS = /* GraphQL */ `
  fragment RecommendationFields on Recommendation {
    id
    version
    reference
    title
    theme
    priority
    classification
    countryCode
    issuedOn
    targetDate
    responseDueOn
    responseOverdue
    acceptance
    stateStatus
    monitorStatus
    viewerCanRespond
    viewerCanAssess
    addressee {
      id
    }
    ownerOrganisation {
      id
    }
    findings {
      id
    }
    places {
      id
    }
    repeats {
      id
    }
    history {
      kind
      value
      effectiveOn
      note
      recordedBy {
        id
      }
    }
    responses {
      respondedOn
      acceptance
      text
      authorOrganisation {
        id
      }
      recordedBy {
        id
      }
    }
    followUps {
      kind
      happenedOn
      outcome
      recordedBy {
        id
      }
    }
  }
`;

export interface RecommendationData {
  id: string;
  version: number;
  reference: string;
  title: string;
  theme: string;
  priority: string;
  classification: string;
  countryCode: string | null;
  issuedOn: string;
  targetDate: string | null;
  responseDueOn: string;
  responseOverdue: boolean;
  acceptance: string;
  stateStatus: string | null;
  monitorStatus: string | null;
  viewerCanRespond: boolean;
  viewerCanAssess: boolean;
  addressee: { id: string };
  ownerOrganisation: { id: string };
  findings: { id: string }[];
  places: { id: string }[];
  repeats: { id: string } | null;
  history: { kind: string; value: string; effectiveOn: string; note: string; recordedBy: { id: string } }[];
  responses: {
    respondedOn: string;
    acceptance: string;
    text: string;
    authorOrganisation: { id: string };
    recordedBy: { id: string };
  }[];
  followUps: { kind: string; happenedOn: string; outcome: string; recordedBy: { id: string } }[];
}

export interface UserErrorData {
  field: string[];
  code: string;
}

export interface PayloadData {
  recommendation: RecommendationData | null;
  userErrors: UserErrorData[];
}

const payload = `recommendation { ...RecommendationFields } userErrors { field code }`;

export const ISSUE = /* GraphQL */ `
  mutation Issue($input: IssueRecommendationInput!) { issueRecommendation(input: $input) { ${payload} } }
  ${RECOMMENDATION_FIELDS}
`;
export const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${payload} } }
  ${RECOMMENDATION_FIELDS}
`;
export const RESPOND = /* GraphQL */ `
  mutation Respond($input: RecordAuthorityResponseInput!) { recordAuthorityResponse(input: $input) { ${payload} } }
  ${RECOMMENDATION_FIELDS}
`;
export const RECORD_STATUS = /* GraphQL */ `
  mutation Status($input: RecordImplementationStatusInput!) { recordImplementationStatus(input: $input) { ${payload} } }
  ${RECOMMENDATION_FIELDS}
`;
export const FOLLOW_UP = /* GraphQL */ `
  mutation FollowUp($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { ${payload} } }
  ${RECOMMENDATION_FIELDS}
`;
export const GET = /* GraphQL */ `
  query Get($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationFields
    }
  }
  ${RECOMMENDATION_FIELDS}
`;
export const LIST = /* GraphQL */ `
  query List($filter: RecommendationFilter, $sort: RecommendationSort, $limit: Int, $after: String) {
    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        priority
        responseOverdue
      }
    }
  }
`;

export interface ListData {
  recommendations: {
    totalCount: number;
    totalCountCapped: boolean;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: { id: string; reference: string; priority: string; responseOverdue: boolean }[];
  };
}

/** A valid issue input; tests override what they are about. */
export function issueInput(addresseeId: string, overrides: Record<string, unknown> = {}) {
  return {
    reference: `MNP-${Math.random().toString(36).slice(2, 10)}`,
    title: 'Garantizar el examen médico en las primeras horas de detención',
    text: 'Registrar el examen médico de toda persona detenida dentro de las 24 horas.',
    source: 'NPM_VISIT_REPORT',
    addresseeId,
    theme: 'Salvaguardias',
    level: 'POLICY',
    priority: 'HIGH',
    issuedOn: '2026-03-01',
    ...overrides,
  };
}
