import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  ADD_ACTION,
  ADD_PRIORITY,
  addAction,
  addPriority,
  CREATE_WORKPLAN,
  createPlan,
  demoIds,
  expectNotFound,
  getPlan,
  ok,
  recommendationIds,
  UPDATE_ACTION,
  WORKPLAN,
  workplanTables,
} from '../../test/workplan-fixtures.ts';
import type { ActionPayloadData, UserErrorData } from '../../test/workplan-fixtures.ts';

const WORKPLANS = /* GraphQL */ `
  query Workplans($workingGroupId: ID!) {
    workplans(workingGroupId: $workingGroupId) {
      id
      title
    }
  }
`;
const UPDATE_WORKPLAN = /* GraphQL */ `
  mutation UpdateWorkplan($input: UpdateWorkplanInput!) {
    updateWorkplan(input: $input) {
      workplan {
        id
        title
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const REMOVE_ACTION = /* GraphQL */ `
  mutation RemoveAction($id: ID!) {
    removeAction(id: $id) {
      action {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const SAVE_VERSION = /* GraphQL */ `
  mutation Save($input: SaveNarrativeVersionInput!) {
    saveNarrativeVersion(input: $input) {
      version {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const COMMENT = /* GraphQL */ `
  mutation Comment($input: CommentOnWorkplanInput!) {
    commentOnWorkplan(input: $input) {
      comment {
        id
        actionId
        body
        resolved
        mentions {
          id
        }
        author {
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
const RESOLVE = /* GraphQL */ `
  mutation Resolve($id: ID!) {
    resolveDiscussionComment(id: $id) {
      comment {
        id
        resolved
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const ACTIONS = /* GraphQL */ `
  query Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {
    workplanActions(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        dueDate
        status
        overdue
        jointCommitment
        responsibleOrganisation {
          id
        }
      }
    }
  }
`;

type Ids = Awaited<ReturnType<typeof demoIds>>;
interface PayloadErrors {
  userErrors: UserErrorData[];
}
type Payloads = Record<string, PayloadErrors>;

let server: TestServer;
let ids: Ids;
let national: string;
let ana: GraphqlClient;
let diego: GraphqlClient;
let hannah: GraphqlClient;
let lucia: GraphqlClient;
let elena: GraphqlClient;
let fernando: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  ids = await demoIds(server);
  national = ids.workingGroup('NATIONAL_WORKING_GROUP');
  [ana, diego, hannah, lucia, elena, fernando] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'hannah.ohchr@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
    signedIn(server, 'elena.colectivo@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
  ]);
});
afterAll(async () => {
  await server?.close();
});

describe('creating and editing a joint plan', () => {
  it('an NPM admin creates a working-group plan; a CSO editor of the group adds priorities and actions; an observer reads them in order', async () => {
    const created = ok(
      await ana.request<{
        createWorkplan: {
          workplan: { id: string; classification: string; version: number; workingGroup: { id: string } };
          userErrors: UserErrorData[];
        };
      }>(CREATE_WORKPLAN, {
        input: { workingGroupId: national, title: '  Plan 2027  ', periodStart: '2027-01-01' },
      }),
    ).createWorkplan;
    expect(created.userErrors).toEqual([]);
    expect(created.workplan).toMatchObject({
      classification: 'WORKING_GROUP',
      version: 1,
      workingGroup: { id: national },
    });
    const planId = created.workplan.id;

    const first = await addPriority(diego, planId, 'Salvaguardas');
    const second = await addPriority(diego, planId, 'Represalias');
    const a1 = await addAction(diego, {
      priorityId: first,
      title: 'Registro de detenciones',
      responsibleOrganisationId: ids.organisation('police'),
      contributingOrganisationIds: [ids.organisation('cso1'), ids.organisation('npm')],
      startDate: '2027-01-01',
      dueDate: '2027-06-30',
      jointCommitment: true,
    });
    const a2 = await addAction(diego, {
      priorityId: first,
      title: 'Formación',
      responsibleOrganisationId: ids.organisation('cso1'),
    });
    expect([a1.position, a2.position]).toEqual([0, 1]);

    const seen = await getPlan(hannah, planId);
    expect(seen.title).toBe('Plan 2027');
    expect(seen.narrative.documentName).toBe(`workplan:${planId}`);
    expect(seen.viewerCanEdit).toBe(false);
    expect(seen.priorities.map((p) => [p.id, p.position])).toEqual([
      [first, 0],
      [second, 1],
    ]);
    expect(seen.priorities[0]?.actions.map((a) => a.title)).toEqual(['Registro de detenciones', 'Formación']);
    expect(seen.priorities[0]?.actions[0]).toMatchObject({
      workplanId: planId,
      priorityId: first,
      jointCommitment: true,
      viewerCanUpdate: false,
      responsibleOrganisation: { id: ids.organisation('police') },
      contributingOrganisations: [{ id: ids.organisation('cso1') }, { id: ids.organisation('npm') }].sort((x, y) =>
        x.id < y.id ? -1 : 1,
      ),
    });
    expect((await getPlan(diego, planId)).viewerCanEdit).toBe(true);

    const listed = ok(await hannah.request<{ workplans: { id: string }[] }>(WORKPLANS, { workingGroupId: national }));
    expect(listed.workplans.map((w) => w.id)).toContain(planId);
  });

  it('the OHCHR observer reads the plan but every change is FORBIDDEN_CHANGE and nothing is written', async () => {
    const planId = await createPlan(ana, national);
    const priorityId = await addPriority(ana, planId);
    const action = await addAction(ana, { priorityId, responsibleOrganisationId: ids.organisation('npm') });
    const before = await workplanTables(server);

    const answers = [
      await hannah.request<Payloads>(UPDATE_WORKPLAN, { input: { id: planId, title: 'X' } }),
      await hannah.request<Payloads>(ADD_PRIORITY, { input: { workplanId: planId, title: 'X' } }),
      await hannah.request<Payloads>(ADD_ACTION, {
        input: { priorityId, title: 'X', responsibleOrganisationId: ids.organisation('ohchr') },
      }),
      await hannah.request<Payloads>(UPDATE_ACTION, {
        input: { id: action.id, changes: { status: 'DONE' }, base: { status: 'NOT_STARTED' } },
      }),
      await hannah.request<Payloads>(REMOVE_ACTION, { id: action.id }),
      await hannah.request<Payloads>(SAVE_VERSION, {
        input: { workplanId: planId, name: 'v1' },
      }),
      await hannah.request<Payloads>(COMMENT, {
        input: { workplanId: planId, body: 'Observación' },
      }),
    ];
    for (const res of answers) {
      const [payload] = Object.values(ok(res));
      expect(payload?.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN_CHANGE']);
    }
    expect(await workplanTables(server)).toEqual(before);
  });

  it('the Sierra Alta NPM admin gets NOT_FOUND for the plan, the group, its actions and every mutation', async () => {
    const planId = await createPlan(ana, national);
    const priorityId = await addPriority(ana, planId);
    const action = await addAction(ana, { priorityId, responsibleOrganisationId: ids.organisation('npm') });
    const before = await workplanTables(server);

    expectNotFound(await lucia.request(WORKPLAN, { id: planId }));
    expectNotFound(await lucia.request(WORKPLAN, { id: randomUUID() }));
    expectNotFound(await lucia.request(WORKPLANS, { workingGroupId: national }));
    expect(
      ok(await lucia.request<{ workplanActions: { nodes: unknown[]; totalCount: number } }>(ACTIONS, { filter: {} }))
        .workplanActions,
    ).toMatchObject({ nodes: [], totalCount: 0 });
    for (const res of [
      await lucia.request(UPDATE_WORKPLAN, { input: { id: planId, title: 'X' } }),
      await lucia.request(ADD_PRIORITY, { input: { workplanId: planId, title: 'X' } }),
      await lucia.request(ADD_ACTION, {
        input: { priorityId, title: 'X', responsibleOrganisationId: ids.organisation('npm2') },
      }),
      await lucia.request(UPDATE_ACTION, {
        input: { id: action.id, changes: { title: 'X' }, base: { title: 'Acción' } },
      }),
      await lucia.request(REMOVE_ACTION, { id: action.id }),
      await lucia.request(SAVE_VERSION, { input: { workplanId: planId, name: 'v1' } }),
      await lucia.request(COMMENT, { input: { workplanId: planId, body: 'Hola' } }),
    ]) {
      expectNotFound(res);
    }
    expect(await workplanTables(server)).toEqual(before);
  });

  it('a plan can only be owned by a member of its working group', async () => {
    const res = await lucia.request<{ createWorkplan: { workplan: unknown; userErrors: UserErrorData[] } }>(
      CREATE_WORKPLAN,
      { input: { workingGroupId: national, title: 'Intrusión', periodStart: '2026-01-01' } },
    );
    expect(ok(res).createWorkplan).toEqual({
      workplan: null,
      userErrors: [{ field: ['input', 'workingGroupId'], code: 'NOT_FOUND' }],
    });
    const backwards = await ana.request<{ createWorkplan: { userErrors: UserErrorData[] } }>(CREATE_WORKPLAN, {
      input: { workingGroupId: national, title: 'Al revés', periodStart: '2027-01-01', periodEnd: '2026-01-01' },
    });
    expect(ok(backwards).createWorkplan.userErrors).toEqual([{ field: ['input', 'periodEnd'], code: 'INVALID' }]);
  });

  it('updateWorkplan with a stale expectedVersion is a CONFLICT and changes nothing', async () => {
    const planId = await createPlan(ana, national);
    type Data = {
      updateWorkplan: { workplan: { title: string; version: number } | null; userErrors: UserErrorData[] };
    };
    const first = ok(
      await diego.request<Data>(UPDATE_WORKPLAN, { input: { id: planId, title: 'Uno', expectedVersion: 1 } }),
    );
    expect(first.updateWorkplan.workplan).toMatchObject({ title: 'Uno', version: 2 });
    const stale = ok(
      await ana.request<Data>(UPDATE_WORKPLAN, { input: { id: planId, title: 'Dos', expectedVersion: 1 } }),
    );
    expect(stale.updateWorkplan).toEqual({
      workplan: null,
      userErrors: [{ field: ['input', 'expectedVersion'], code: 'CONFLICT' }],
    });
    expect((await getPlan(ana, planId)).title).toBe('Uno');
  });
});

describe('action references', () => {
  it('organisations outside the working group and unreadable recommendations are NOT_FOUND; dates must be in order', async () => {
    const planId = await createPlan(ana, national);
    const priorityId = await addPriority(ana, planId);
    const refs = await recommendationIds(server);
    const before = await workplanTables(server);
    const attempt = async (input: Record<string, unknown>) =>
      ok(
        await diego.request<{ addAction: ActionPayloadData }>(ADD_ACTION, {
          input: { priorityId, title: 'X', responsibleOrganisationId: ids.organisation('cso1'), ...input },
        }),
      ).addAction.userErrors;

    expect(await attempt({ responsibleOrganisationId: ids.organisation('npm2') })).toEqual([
      { field: ['input', 'responsibleOrganisationId'], code: 'NOT_FOUND' },
    ]);
    expect(await attempt({ contributingOrganisationIds: [ids.organisation('spt')] })).toEqual([
      { field: ['input', 'contributingOrganisationIds'], code: 'NOT_FOUND' },
    ]);
    // MNP-XV-2026-007 is the NPM's own (ORGANISATION): the CSO editor cannot see it, so cannot link it.
    expect(await attempt({ linkedRecommendationIds: [refs['MNP-XV-2026-009'], refs['MNP-XV-2026-007']] })).toEqual([
      { field: ['input', 'linkedRecommendationIds'], code: 'NOT_FOUND' },
    ]);
    expect(await attempt({ startDate: '2026-05-01', dueDate: '2026-04-01' })).toEqual([
      { field: ['input', 'dueDate'], code: 'INVALID' },
    ]);
    expect(await workplanTables(server)).toEqual(before);

    const linked = await addAction(diego, {
      priorityId,
      responsibleOrganisationId: ids.organisation('cso1'),
      linkedRecommendationIds: [refs['MNP-XV-2026-009']],
    });
    expect(linked.linkedRecommendations).toEqual([{ reference: 'MNP-XV-2026-009' }]);
  });
});

describe('discussion', () => {
  it('mentions are limited to people who can read the plan; the author or an editor resolves a comment', async () => {
    const planId = await createPlan(ana, national);
    const priorityId = await addPriority(ana, planId);
    const action = await addAction(ana, { priorityId, responsibleOrganisationId: ids.organisation('cso2') });
    type Data = {
      commentOnWorkplan: {
        comment: { id: string; actionId: string | null; mentions: { id: string }[] } | null;
        userErrors: UserErrorData[];
      };
    };

    const outsider = ok(
      await diego.request<Data>(COMMENT, {
        input: { workplanId: planId, body: 'Hola', mentionUserIds: [ids.user('lucia.mnpsa@demo.opcat')] },
      }),
    ).commentOnWorkplan;
    expect(outsider).toEqual({
      comment: null,
      userErrors: [{ field: ['input', 'mentionUserIds'], code: 'NOT_FOUND' }],
    });

    const posted = ok(
      await diego.request<Data>(COMMENT, {
        input: {
          workplanId: planId,
          actionId: action.id,
          body: '¿Quién convoca la reunión?',
          mentionUserIds: [ids.user('hannah.ohchr@demo.opcat')],
        },
      }),
    ).commentOnWorkplan;
    expect(posted.userErrors).toEqual([]);
    expect(posted.comment).toMatchObject({
      actionId: action.id,
      mentions: [{ id: ids.user('hannah.ohchr@demo.opcat') }],
    });
    const commentId = posted.comment?.id;

    type Resolved = {
      resolveDiscussionComment: { comment: { resolved: boolean } | null; userErrors: UserErrorData[] };
    };
    // Elena's organisation is responsible for the action, but she neither wrote the comment nor edits the plan.
    expect(ok(await elena.request<Resolved>(RESOLVE, { id: commentId })).resolveDiscussionComment.userErrors).toEqual([
      { field: ['input', 'id'], code: 'FORBIDDEN_CHANGE' },
    ]);
    expectNotFound(await lucia.request(RESOLVE, { id: commentId }));
    expect(ok(await diego.request<Resolved>(RESOLVE, { id: commentId })).resolveDiscussionComment.comment).toEqual({
      id: commentId,
      resolved: true,
    });
  });
});

describe("'my actions'", () => {
  it('lists the actions an organisation is responsible for across readable plans only, filtered and paged in SQL', async () => {
    const ministry = ids.organisation('ministry');
    // A plan only the NPM reads: its action for the ministry must not reach the ministry's list.
    const closedPlan = await createPlan(ana, national, { classification: 'ORGANISATION' });
    await addAction(ana, { priorityId: await addPriority(ana, closedPlan), responsibleOrganisationId: ministry });
    const openPlan = await createPlan(ana, national);
    const priorityId = await addPriority(ana, openPlan);
    await addAction(ana, { priorityId, responsibleOrganisationId: ministry, dueDate: '2020-01-31', status: 'DONE' });
    await addAction(ana, {
      priorityId,
      responsibleOrganisationId: ministry,
      dueDate: '2020-02-29',
      jointCommitment: true,
    });

    const [expected] = await server.orm.em.getConnection().execute<{ all: number; overdue: number; joint: number }[]>(
      `select count(*)::int as all,
              count(*) filter (where a.due_date < current_date and a.status not in ('DONE', 'CANCELLED'))::int as overdue,
              count(*) filter (where a.joint_commitment)::int as joint
         from workplan_action a join workplan_priority p on p.id = a.priority_id join workplan w on w.id = p.workplan_id
        where a.responsible_organisation_id = ? and w.classification = 'WORKING_GROUP'`,
      [ministry],
    );
    type Action = {
      id: string;
      dueDate: string | null;
      overdue: boolean;
      jointCommitment: boolean;
      responsibleOrganisation: { id: string };
    };
    type Data = {
      workplanActions: {
        nodes: Action[];
        totalCount: number;
        totalCountCapped: boolean;
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    const pageOf = async (filter: Record<string, unknown>, limit = 200, after: string | null = null) =>
      ok(
        await fernando.request<Data>(ACTIONS, {
          filter: { responsibleOrganisationId: ministry, ...filter },
          limit,
          after,
        }),
      ).workplanActions;
    const mine = async (filter: Record<string, unknown>) => (await pageOf(filter)).nodes;

    const all = await mine({});
    expect(all.length).toBe(expected?.all);
    expect(all.every((a) => a.responsibleOrganisation.id === ministry)).toBe(true);
    const overdue = await mine({ overdue: true });
    expect(overdue.length).toBe(expected?.overdue);
    expect(overdue.every((a) => a.overdue)).toBe(true);
    expect((await mine({ overdue: false })).length).toBe((expected?.all ?? 0) - (expected?.overdue ?? 0));
    expect((await mine({ jointCommitment: true })).length).toBe(expected?.joint);
    expect((await mine({ status: ['DONE'], dueBefore: '2020-12-31' })).length).toBe(1);
    expect((await pageOf({})).totalCount).toBe(expected?.all);
    // Keyset pages of 2, soonest due first and undated actions last, add up to the whole list.
    const walked: Action[] = [];
    for (let after: string | null = null, guard = 0; guard < 100; guard++) {
      const page: Data['workplanActions'] = await pageOf({}, 2, after);
      walked.push(...page.nodes);
      expect(page.totalCount).toBe(expected?.all);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked.map((a) => a.id)).toEqual(all.map((a) => a.id));
    const dates = all.map((a) => a.dueDate);
    const firstUndated = dates.indexOf(null);
    if (firstUndated >= 0) expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    expect((await fernando.request(ACTIONS, { filter: {}, after: 'bm9wZQ' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );

    // The NPM sees its closed plan's action as well.
    const npmView = ok(
      await ana.request<Data>(ACTIONS, { filter: { responsibleOrganisationId: ministry }, limit: 200 }),
    ).workplanActions.nodes;
    expect(npmView.length).toBe((expected?.all ?? 0) + 1);
  });
});
