import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { addAction, addPriority, createPlan, demoIds, expectNotFound, ok } from '../../test/workplan-fixtures.ts';

const COMMENT = /* GraphQL */ `
  mutation Comment($input: CommentOnWorkplanInput!) {
    commentOnWorkplan(input: $input) {
      comment {
        id
      }
      userErrors {
        code
      }
    }
  }
`;
const DISCUSSION = /* GraphQL */ `
  query Discussion($id: ID!, $first: Int, $after: String, $actionId: ID) {
    workplan(id: $id) {
      discussion(first: $first, after: $after, actionId: $actionId) {
        nodes {
          id
          body
          actionId
          author {
            id
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`;
const PRIORITIES = /* GraphQL */ `
  query Priorities($id: ID!, $first: Int, $after: String, $actionsFirst: Int, $actionsAfter: String) {
    workplan(id: $id) {
      priorities(first: $first, after: $after) {
        nodes {
          title
          actions(first: $actionsFirst, after: $actionsAfter) {
            nodes {
              title
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`;

interface PageData<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}
type Discussion = { workplan: { discussion: PageData<{ id: string; body: string; actionId: string | null }> } };
type Priorities = {
  workplan: { priorities: PageData<{ title: string; actions: PageData<{ title: string }> }> };
};

let server: TestServer;
let ana: GraphqlClient;
let diego: GraphqlClient;
let lucia: GraphqlClient;
let planId: string;
let otherPlanId: string;
let actionId: string;

beforeAll(async () => {
  server = await startTestServer();
  const ids = await demoIds(server);
  const national = ids.workingGroup('NATIONAL_WORKING_GROUP');
  [ana, diego, lucia] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'lucia.mnpsa@demo.opcat'),
  ]);
  planId = await createPlan(ana, national);
  otherPlanId = await createPlan(ana, national);
  const priorityId = await addPriority(ana, planId, 'P0');
  await addPriority(ana, planId, 'P1');
  await addPriority(ana, planId, 'P2');
  const responsibleOrganisationId = ids.organisation('cso2');
  actionId = (await addAction(ana, { priorityId, responsibleOrganisationId, title: 'A0' })).id;
  for (let i = 1; i < 5; i++) await addAction(ana, { priorityId, responsibleOrganisationId, title: `A${i}` });
  for (let i = 0; i < 25; i++) {
    const input = { workplanId: planId, body: `C${i}`, ...(i % 5 === 0 ? { actionId } : {}) };
    expect(
      ok(await diego.request<{ commentOnWorkplan: { userErrors: unknown[] } }>(COMMENT, { input })).commentOnWorkplan
        .userErrors,
    ).toEqual([]);
  }
});
afterAll(async () => {
  await server?.close();
});

async function allComments(client: GraphqlClient, variables: Record<string, unknown>): Promise<string[]> {
  const bodies: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const page: Discussion['workplan']['discussion'] = ok(
      await client.request<Discussion>(DISCUSSION, { id: planId, first: 10, after, ...variables }),
    ).workplan.discussion;
    bodies.push(...page.nodes.map((c) => c.body));
    if (!page.pageInfo.hasNextPage) return bodies;
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 10 pages');
}

describe('paged workplan collections', () => {
  it('pages through the discussion newest first, each comment exactly once', async () => {
    const expected = Array.from({ length: 25 }, (_, i) => `C${24 - i}`);
    expect(await allComments(diego, {})).toEqual(expected);
    expect(await allComments(diego, { actionId })).toEqual(['C20', 'C15', 'C10', 'C5', 'C0']);
  });

  it('pages through priorities and actions in their order', async () => {
    const first = ok(await ana.request<Priorities>(PRIORITIES, { id: planId, first: 2, actionsFirst: 3 })).workplan
      .priorities;
    expect(first.nodes.map((p) => p.title)).toEqual(['P0', 'P1']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes[0]?.actions.nodes.map((a) => a.title)).toEqual(['A0', 'A1', 'A2']);
    expect(first.nodes[0]?.actions.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes[1]?.actions).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });

    const rest = ok(
      await ana.request<Priorities>(PRIORITIES, {
        id: planId,
        first: 2,
        after: first.pageInfo.endCursor,
        actionsFirst: 3,
        actionsAfter: first.nodes[0]?.actions.pageInfo.endCursor,
      }),
    ).workplan.priorities;
    expect(rest.nodes.map((p) => p.title)).toEqual(['P2']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const moreActions = ok(
      await ana.request<Priorities>(PRIORITIES, {
        id: planId,
        first: 1,
        actionsFirst: 3,
        actionsAfter: first.nodes[0]?.actions.pageInfo.endCursor,
      }),
    ).workplan.priorities.nodes[0]?.actions;
    expect(moreActions?.nodes.map((a) => a.title)).toEqual(['A3', 'A4']);
    expect(moreActions?.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page above the cap, an empty page size, a forged cursor and a cursor of another collection with BAD_USER_INPUT', async () => {
    const refused = async (variables: Record<string, unknown>, query = DISCUSSION) => {
      const res = await diego.request(query, { id: planId, ...variables });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      return res.errors?.[0]?.message;
    };
    expect(await refused({ first: 101 })).toBe('first must be between 1 and 100');
    expect(await refused({ first: 0 })).toBe('first must be between 1 and 100');
    expect(await refused({ actionsFirst: 500 }, PRIORITIES)).toBe('first must be between 1 and 100');
    const forged = Buffer.from(JSON.stringify(['comment', "x') or true --", 'y'])).toString('base64url');
    expect(await refused({ after: forged })).toMatch(/^Invalid cursor/);
    expect(await refused({ after: 'not a cursor!' })).toMatch(/^Invalid cursor/);
    const priorityCursor = ok(await ana.request<Priorities>(PRIORITIES, { id: planId, first: 1 })).workplan.priorities
      .pageInfo.endCursor;
    expect(await refused({ after: priorityCursor })).toMatch(/^Invalid cursor/);
  });

  it('answers an unreadable plan like a missing one, and an action of another plan with an empty page', async () => {
    expectNotFound(await lucia.request(DISCUSSION, { id: planId }));
    const other = ok(await diego.request<Discussion>(DISCUSSION, { id: otherPlanId, actionId })).workplan.discussion;
    expect(other).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    const garbage = ok(await diego.request<Discussion>(DISCUSSION, { id: planId, actionId: 'x' })).workplan.discussion;
    expect(garbage.nodes).toEqual([]);
  });
});
