import { Organisation, User, WorkingGroup } from '../db/entities/identity.ts';
import type { GraphqlClient } from './graphql-client.ts';
import type { TestServer } from './server.ts';

/** Ids of the demo world the visit-cycle tests refer to. */
export interface DemoRefs {
  userId(email: string): string;
  organisationId(namePrefix: string): string;
  workingGroupId(namePrefix: string): string;
}

export async function demoRefs(server: TestServer): Promise<DemoRefs> {
  const em = server.orm.em.fork();
  const [users, organisations, groups] = await Promise.all([
    em.find(User, {}),
    em.find(Organisation, {}),
    em.find(WorkingGroup, {}),
  ]);
  const pick = <T extends { id: string }>(items: T[], match: (item: T) => boolean, what: string): string => {
    const found = items.find(match);
    if (!found) throw new Error(`demo world: no ${what}`);
    return found.id;
  };
  return {
    userId: (email) => pick(users, (u) => u.email === email, email),
    organisationId: (prefix) => pick(organisations, (o) => o.name.startsWith(prefix), prefix),
    workingGroupId: (prefix) => pick(groups, (g) => g.name.startsWith(prefix), prefix),
  };
}

/** The national working group of Costa Verde: NPM, NHRI, both CSOs, State authorities, observers. */
export const NATIONAL_GROUP = 'Grupo de Trabajo Nacional';
export const MINISTRY = 'Ministerio de Justicia';
export const NPM = 'Mecanismo Nacional de Prevención de la Tortura';

const CREATE_PLACE = /* GraphQL */ `
  mutation CreatePlace($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      place {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;

/** Registers a prison through the API as the signed-in user and returns its id. */
export async function createPlace(
  client: GraphqlClient,
  refs: DemoRefs,
  input: { name: string; classification?: string; workingGroupId?: string },
): Promise<string> {
  const res = await client.request<{
    createPlace: { place: { id: string } | null; userErrors: unknown[] };
  }>(CREATE_PLACE, {
    input: {
      type: 'PRISON',
      responsibleAuthorityId: refs.organisationId(MINISTRY),
      countryCode: 'XV',
      ...input,
    },
  });
  const id = res.data?.createPlace.place?.id;
  if (!id) throw new Error(`createPlace failed: ${JSON.stringify(res.errors ?? res.data?.createPlace.userErrors)}`);
  return id;
}

export const VISIT_FIELDS = /* GraphQL */ `
  fragment VisitFields on Visit {
    id
    version
    status
    type
    announced
    startDate
    endDate
    objectives
    classification
    countryCode
    ownerOrganisation {
      id
    }
    places {
      id
    }
    team {
      id
      expertise
      gender
      leader
      user {
        id
        email
      }
    }
  }
`;

export interface VisitData {
  id: string;
  version: number;
  status: string;
  startDate: string;
  endDate: string | null;
  objectives: string;
  classification: string;
  countryCode: string | null;
  ownerOrganisation: { id: string };
  places: { id: string }[];
  team: { expertise: string; leader: boolean; user: { id: string; email: string } }[];
}

export interface Payload<T> {
  userErrors: { field: string[]; code: string; message: string }[];
  visit?: T | null;
  finding?: T | null;
}

export const PLAN_VISIT = /* GraphQL */ `
  mutation PlanVisit($input: PlanVisitInput!) {
    planVisit(input: $input) {
      visit {
        ...VisitFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
  ${VISIT_FIELDS}
`;

/** Plans a visit and returns it; throws when the API refuses. */
export async function planVisit(client: GraphqlClient, input: Record<string, unknown>): Promise<VisitData> {
  const res = await client.request<{ planVisit: Payload<VisitData> }>(PLAN_VISIT, {
    input: { type: 'IN_DEPTH', announced: false, startDate: '2026-03-02', ...input },
  });
  const visit = res.data?.planVisit.visit;
  if (!visit) throw new Error(`planVisit failed: ${JSON.stringify(res.errors ?? res.data?.planVisit.userErrors)}`);
  return visit;
}
