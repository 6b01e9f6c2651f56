import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DiscussionThread_CommentsDocument,
  VersionHistory_VersionsDocument,
  WorkplanPage_WorkplanDocument,
} from '../../../web/src/__generated__/graphql.ts';
import { sessionStatements, warm } from '../test/statements.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { GraphqlClient, TestServer } from '../test/server.ts';
import { addPriority, createPlan, demoIds, ok } from '../test/workplan-fixtures.ts';

// The documents exactly as the web app sends them (apps/web's generated documents, printed).
const PAGE = print(WorkplanPage_WorkplanDocument as DocumentNode);
const DISCUSSION = print(DiscussionThread_CommentsDocument as DocumentNode);
const VERSIONS = print(VersionHistory_VersionsDocument as DocumentNode);

/**
 * `loadActor` reads one statement (session, memberships, organisations, working groups) for a
 * session's first request; the counted requests are warm, their actor cached (decision 0038).
 */
const SESSION_STATEMENTS = 1;

let server: TestServer;
let diego: GraphqlClient;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  server = await startTestServer();
  // Nothing but the request may talk to the database while statements are counted.
  await server.jobs.stop();
  ids = await demoIds(server);
  const ana = await signedIn(server, 'ana.mnp@demo.opcat');
  diego = await signedIn(server, 'diego.voces@demo.opcat');
  for (const size of [10, 100]) plans.set(size, await seedPlan(ana, size));
});
afterAll(async () => {
  await server?.close();
});

const plans = new Map<number, { id: string; actionId: string }>();

/** A plan with `n` actions over 3 priorities, `n` comments by 3 authors and `n` saved versions, inserted directly. */
async function seedPlan(ana: GraphqlClient, n: number): Promise<{ id: string; actionId: string }> {
  const national = ids.workingGroup('NATIONAL_WORKING_GROUP');
  const id = await createPlan(ana, national);
  const priorities = [
    await addPriority(ana, id, 'Uno'),
    await addPriority(ana, id, 'Dos'),
    await addPriority(ana, id, 'Tres'),
  ];
  const organisations = [ids.organisation('npm'), ids.organisation('cso1'), ids.organisation('cso2')];
  const authors = ['ana.mnp@demo.opcat', 'diego.voces@demo.opcat', 'elena.colectivo@demo.opcat'].map(ids.user);
  const db = server.ownerOrm.em.getConnection();
  const actionIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const actionId = randomUUID();
    actionIds.push(actionId);
    await db.execute(
      `insert into workplan_action (id, priority_id, title, responsible_organisation_id, contributing_organisation_ids,
         status, indicator, target, joint_commitment, position, version, updated_at, due_date)
       values (?, ?, ?, ?, '{}', 'IN_PROGRESS', '', '', ?, ?, 1, now(), ?)`,
      [
        actionId,
        priorities[i % 3],
        `Acción ${i}`,
        organisations[i % 3],
        i % 2 === 0,
        Math.floor(i / 3),
        i % 4 === 0 ? '2020-01-01' : null,
      ],
    );
  }
  const [firstAction] = actionIds;
  if (!firstAction) throw new Error('no action');
  for (let i = 0; i < n; i++) {
    await db.execute(
      `insert into discussion_comment (id, workplan_id, action_id, body, mentioned_user_ids, author_id, created_at)
       values (?, ?, ?, ?, '{}', ?, now() - make_interval(secs => ?))`,
      [randomUUID(), id, i % 2 === 0 ? firstAction : null, `Comentario ${i}`, authors[i % 3], n - i],
    );
    await db.execute(
      `insert into collab_version (document_name, name, state, created_by_id, created_at)
       values (?, ?, '\\x0000'::bytea, ?, now() - make_interval(secs => ?))`,
      [`workplan:${id}`, `Versión ${i}`, authors[i % 3], n - i],
    );
  }
  return { id, actionId: firstAction };
}

async function count(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: unknown; statements: string[] }> {
  // Warm up once (prepared plans, pool connections, the session's actor cached), then count a second,
  // identical request. Its session statement appears only if the cache stood aside (lease lapsed on a
  // busy machine): then it is left out of the comparison between sizes.
  ok(await diego.request(query, variables));
  const { result, statements, bypassed } = await warm(server.services.actors, () => diego.request(query, variables));
  expect(sessionStatements(statements), statements.join('\n')).toHaveLength(bypassed ? 1 : 0);
  return { data: ok(result), statements: statements.filter((s) => !sessionStatements([s]).length) };
}

describe('the workplan page costs the same statements at any size', () => {
  it('the page query, the discussion (plan and action) and the versions list: equal counts at 10 and 100 rows', async () => {
    const figures: Record<string, number[]> = {};
    for (const size of [10, 100]) {
      const plan = plans.get(size);
      if (!plan) throw new Error('no plan');
      const requests: [string, string, Record<string, unknown>][] = [
        ['WorkplanPage_Workplan', PAGE, { id: plan.id }],
        ['DiscussionThread_Comments (plan)', DISCUSSION, { id: plan.id, actionId: null, after: null }],
        ['DiscussionThread_Comments (action)', DISCUSSION, { id: plan.id, actionId: plan.actionId, after: null }],
        ['VersionHistory_Versions', VERSIONS, { id: plan.id, after: null }],
      ];
      for (const [name, query, variables] of requests) {
        const { data, statements } = await count(query, variables);
        (figures[name] ??= []).push(statements.length);
        console.log(
          name,
          statements.map((s) => s.slice(0, 90)),
        );
        if (name === 'WorkplanPage_Workplan') {
          const priorities = (data as { workplan: { priorities: { nodes: { actions: { nodes: unknown[] } }[] } } })
            .workplan.priorities.nodes;
          expect(priorities.flatMap((p) => p.actions.nodes)).toHaveLength(size);
        } else if (name === 'VersionHistory_Versions') {
          const versions = (
            data as { workplan: { versions: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } } }
          ).workplan.versions;
          expect(versions.nodes).toHaveLength(20 > size ? size : 20);
        } else {
          const page = (data as { workplan: { discussion: { nodes: unknown[] } } }).workplan.discussion;
          expect(page.nodes.length).toBeGreaterThan(0);
        }
      }
    }
    for (const [name, [atTen, atHundred]] of Object.entries(figures)) {
      console.log(
        `${name}: ${atTen} statements at 10 rows, ${atHundred} at 100 when warm (${(atHundred ?? 0) + SESSION_STATEMENTS} with the session statement of a first request)`,
      );
      expect(atHundred, name).toBe(atTen);
      // Everything counts, and a first request's session statement on top still fits.
      expect((atTen ?? 0) + SESSION_STATEMENTS, name).toBeLessThanOrEqual(6);
    }
  });
});
