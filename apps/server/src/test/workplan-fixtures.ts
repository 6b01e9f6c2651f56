import { expect } from 'vitest';
import type { GraphqlClient, GraphqlResponse, TestServer } from './server.ts';
import { errorCodes } from './server.ts';

export { demoIds } from './recommendation-fixtures.ts';

export interface UserErrorData {
  field: string[];
  code: string;
}

export const WORKPLAN_FIELDS = /* GraphQL */ `
  fragment WorkplanFields on Workplan {
    id
    title
    classification
    periodStart
    periodEnd
    version
    viewerCanEdit
    narrative {
      documentName
      text
      html
    }
    priorities {
      nodes {
        id
        title
        position
        actions {
          nodes {
            id
            title
            position
            status
            dueDate
            version
            jointCommitment
            overdue
            viewerCanUpdate
            workplanId
            priorityId
            responsibleOrganisation {
              id
            }
            contributingOrganisations {
              id
            }
            linkedRecommendations {
              id
              reference
            }
          }
        }
      }
    }
  }
`;

export const WORKPLAN = /* GraphQL */ `
  query Workplan($id: ID!) {
    workplan(id: $id) {
      ...WorkplanFields
    }
  }
  ${WORKPLAN_FIELDS}
`;

export const CREATE_WORKPLAN = /* GraphQL */ `
  mutation CreateWorkplan($input: CreateWorkplanInput!) {
    createWorkplan(input: $input) {
      workplan {
        id
        classification
        version
        workingGroup {
          id
        }
        ownerOrganisation {
          id
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`;

export const ADD_PRIORITY = /* GraphQL */ `
  mutation AddPriority($input: AddPriorityInput!) {
    addPriority(input: $input) {
      priority {
        id
        position
      }
      userErrors {
        field
        code
      }
    }
  }
`;

export const ACTION_PAYLOAD = /* GraphQL */ `
  action {
    id
    title
    status
    indicator
    target
    dueDate
    startDate
    position
    priorityId
    version
    contributingOrganisations {
      id
    }
    linkedRecommendations {
      reference
    }
  }
  conflicts {
    field
    base
    yours
    theirs
  }
  userErrors {
    field
    code
  }
`;

export const ADD_ACTION = /* GraphQL */ `
  mutation AddAction($input: AddActionInput!) {
    addAction(input: $input) {
      ${ACTION_PAYLOAD}
    }
  }
`;

export const UPDATE_ACTION = /* GraphQL */ `
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      ${ACTION_PAYLOAD}
    }
  }
`;

export interface ActionData {
  id: string;
  title: string;
  status: string;
  indicator: string;
  target: string;
  dueDate: string | null;
  startDate: string | null;
  position: number;
  priorityId: string;
  version: number;
  contributingOrganisations: { id: string }[];
  linkedRecommendations: { reference: string }[];
}

export interface ActionPayloadData {
  action: ActionData | null;
  conflicts: { field: string; base: unknown; yours: unknown; theirs: unknown }[];
  userErrors: UserErrorData[];
}

export interface WorkplanData {
  id: string;
  title: string;
  classification: string;
  periodStart: string;
  periodEnd: string | null;
  version: number;
  viewerCanEdit: boolean;
  narrative: { documentName: string; text: string; html: string };
  priorities: {
    id: string;
    title: string;
    position: number;
    actions: {
      id: string;
      title: string;
      position: number;
      status: string;
      dueDate: string | null;
      version: number;
      jointCommitment: boolean;
      overdue: boolean;
      viewerCanUpdate: boolean;
      workplanId: string;
      priorityId: string;
      responsibleOrganisation: { id: string };
      contributingOrganisations: { id: string }[];
      linkedRecommendations: { id: string; reference: string }[];
    }[];
  }[];
}

/** The data of a response that must have succeeded without GraphQL errors. */
export function ok<T>(res: GraphqlResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  if (!res.data) throw new Error('no data');
  return res.data;
}

/** A policy refusal of an unreadable record: the NOT_FOUND error, no data. */
export function expectNotFound(res: GraphqlResponse<unknown>): void {
  expect(res.data ?? null).toBeNull();
  expect(errorCodes(res)).toEqual(['NOT_FOUND']);
}

/** A plan for the national working group (WORKING_GROUP), created through the API. */
export async function createPlan(
  client: GraphqlClient,
  workingGroupId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.request<{
    createWorkplan: { workplan: { id: string } | null; userErrors: UserErrorData[] };
  }>(CREATE_WORKPLAN, {
    input: { workingGroupId, title: 'Plan de prueba', periodStart: '2026-01-01', periodEnd: '2027-12-31', ...extra },
  });
  const id = ok(res).createWorkplan.workplan?.id;
  if (!id) throw new Error(`createWorkplan failed: ${JSON.stringify(res.data)}`);
  return id;
}

export async function addPriority(client: GraphqlClient, workplanId: string, title = 'Prioridad'): Promise<string> {
  const res = await client.request<{ addPriority: { priority: { id: string } | null; userErrors: UserErrorData[] } }>(
    ADD_PRIORITY,
    { input: { workplanId, title } },
  );
  const id = ok(res).addPriority.priority?.id;
  if (!id) throw new Error(`addPriority failed: ${JSON.stringify(res.data)}`);
  return id;
}

export async function addAction(
  client: GraphqlClient,
  input: Record<string, unknown> & { priorityId: string; responsibleOrganisationId: string },
): Promise<ActionData> {
  const res = await client.request<{ addAction: ActionPayloadData }>(ADD_ACTION, {
    input: { title: 'Acción', ...input },
  });
  const action = ok(res).addAction.action;
  if (!action) throw new Error(`addAction failed: ${JSON.stringify(res.data)}`);
  return action;
}

type PagedWorkplanData = Omit<WorkplanData, 'priorities'> & {
  priorities: {
    nodes: (Omit<WorkplanData['priorities'][number], 'actions'> & {
      actions: { nodes: WorkplanData['priorities'][number]['actions'] };
    })[];
  };
};

/** The plan with its first page of priorities and actions, unwrapped from their pages. */
export async function getPlan(client: GraphqlClient, id: string): Promise<WorkplanData> {
  const plan = ok(await client.request<{ workplan: PagedWorkplanData }>(WORKPLAN, { id })).workplan;
  return {
    ...plan,
    priorities: plan.priorities.nodes.map((priority) => ({ ...priority, actions: priority.actions.nodes })),
  };
}

/** Recommendation ids by reference, straight from the database (fixtures, not under test). */
export async function recommendationIds(server: TestServer): Promise<Record<string, string>> {
  const rows = await server.orm.em
    .getConnection()
    .execute<{ id: string; reference: string }[]>('select id, reference from recommendation');
  return Object.fromEntries(rows.map((r) => [r.reference, r.id]));
}

/** Every workplan row, to prove a refused call wrote nothing. */
export async function workplanTables(server: TestServer): Promise<unknown> {
  const connection = server.orm.em.getConnection();
  return {
    plans: await connection.execute('select id, title, version, updated_at from workplan order by id'),
    priorities: await connection.execute('select * from workplan_priority order by id'),
    actions: await connection.execute('select * from workplan_action order by id'),
    links: await connection.execute(
      'select * from workplan_action_recommendation order by workplan_action_id, recommendation_id',
    ),
    comments: await connection.execute('select * from discussion_comment order by id'),
    versions: await connection.execute('select id, name from collab_version order by id'),
  };
}
