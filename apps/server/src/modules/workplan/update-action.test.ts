import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  addAction,
  addPriority,
  createPlan,
  demoIds,
  getPlan,
  ok,
  recommendationIds,
  UPDATE_ACTION,
  workplanTables,
} from '../../test/workplan-fixtures.ts';
import type { ActionData, ActionPayloadData } from '../../test/workplan-fixtures.ts';

type Ids = Awaited<ReturnType<typeof demoIds>>;

let server: TestServer;
let ids: Ids;
let national: string;
let ana: GraphqlClient;
let bruno: GraphqlClient;
let diego: GraphqlClient;
let elena: GraphqlClient;

beforeAll(async () => {
  server = await startTestServer();
  ids = await demoIds(server);
  national = ids.workingGroup('NATIONAL_WORKING_GROUP');
  [ana, bruno, diego, elena] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'bruno.mnp@demo.opcat'),
    signedIn(server, 'diego.voces@demo.opcat'),
    signedIn(server, 'elena.colectivo@demo.opcat'),
  ]);
});
afterAll(async () => {
  await server?.close();
});

async function update(
  client: GraphqlClient,
  id: string,
  changes: Record<string, unknown>,
  base: Record<string, unknown>,
): Promise<ActionPayloadData> {
  return ok(await client.request<{ updateAction: ActionPayloadData }>(UPDATE_ACTION, { input: { id, changes, base } }))
    .updateAction;
}

/** A fresh plan with one action responsible to the second CSO, as the NPM's admin creates it. */
async function freshAction(extra: Record<string, unknown> = {}): Promise<{ action: ActionData; planId: string }> {
  const planId = await createPlan(ana, national);
  const priorityId = await addPriority(ana, planId);
  const action = await addAction(ana, {
    priorityId,
    title: 'Informe sobre salud',
    responsibleOrganisationId: ids.organisation('cso2'),
    startDate: '2026-03-01',
    dueDate: '2026-06-30',
    indicator: 'Informe publicado',
    ...extra,
  });
  return { action, planId };
}

describe('field-level merge of concurrent action edits', () => {
  it('two editors change different fields from the same base: both changes are applied', async () => {
    const { action } = await freshAction();
    const first = await update(diego, action.id, { title: 'Informe temático sobre salud' }, { title: action.title });
    const second = await update(bruno, action.id, { indicator: 'Informe presentado' }, { indicator: action.indicator });
    expect(first.conflicts).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(second.action).toMatchObject({
      title: 'Informe temático sobre salud',
      indicator: 'Informe presentado',
      version: action.version + 2,
    });
  });

  it('both change the due date: the second gets a conflict with the first value as theirs, and applies its other fields', async () => {
    const { action } = await freshAction();
    const first = await update(diego, action.id, { dueDate: '2026-07-31' }, { dueDate: '2026-06-30' });
    expect(first.conflicts).toEqual([]);
    const second = await update(
      bruno,
      action.id,
      { dueDate: '2026-09-30', target: 'Presentado al Ministerio' },
      { dueDate: '2026-06-30', target: '' },
    );
    expect(second.userErrors).toEqual([]);
    expect(second.conflicts).toEqual([
      { field: 'dueDate', base: '2026-06-30', yours: '2026-09-30', theirs: '2026-07-31' },
    ]);
    expect(second.action).toMatchObject({ dueDate: '2026-07-31', target: 'Presentado al Ministerio' });
    expect(second.action?.version).toBe(action.version + 2);

    // Nothing silently lost: a stale write of a field that nobody else touched still applies,
    // and the same stale write again changes nothing (it is a conflict, not an overwrite).
    const again = await update(bruno, action.id, { dueDate: '2026-09-30' }, { dueDate: '2026-06-30' });
    expect(again.conflicts.map((c) => c.theirs)).toEqual(['2026-07-31']);
    expect(again.action?.version).toBe(action.version + 2);
  });

  it('concurrent updates of one action take turns on the row lock: neither is lost', async () => {
    const { action, planId } = await freshAction();
    const [a, b] = await Promise.all([
      update(diego, action.id, { status: 'IN_PROGRESS' }, { status: 'NOT_STARTED' }),
      update(bruno, action.id, { title: 'Informe final' }, { title: action.title }),
    ]);
    expect([...a.conflicts, ...b.conflicts]).toEqual([]);
    const plan = await getPlan(ana, planId);
    // Without the lock both would write version + 1 over the same starting row.
    expect(plan.priorities[0]?.actions[0]).toMatchObject({
      title: 'Informe final',
      status: 'IN_PROGRESS',
      version: action.version + 2,
    });
  });

  it('a value equal to what is there now is neither a conflict nor a change', async () => {
    const { action } = await freshAction();
    await update(diego, action.id, { status: 'DONE' }, { status: 'NOT_STARTED' });
    const same = await update(bruno, action.id, { status: 'DONE' }, { status: 'NOT_STARTED' });
    expect(same.conflicts).toEqual([]);
    expect(same.action?.version).toBe(action.version + 1);
  });

  it('every changed field needs its base value', async () => {
    const { action } = await freshAction();
    const before = await workplanTables(server);
    const res = await update(diego, action.id, { title: 'Otro', status: 'DONE' }, { title: action.title });
    expect(res).toEqual({
      action: null,
      conflicts: [],
      userErrors: [{ field: ['input', 'base', 'status'], code: 'INVALID' }],
    });
    expect(await workplanTables(server)).toEqual(before);
  });
});

describe('who may change an action', () => {
  it("the responsible organisation's contributor reports progress but cannot change anything else", async () => {
    const { action } = await freshAction();
    const progress = await update(
      elena,
      action.id,
      { status: 'IN_PROGRESS', indicator: 'Borrador listo', target: 'Octubre' },
      { status: 'NOT_STARTED', indicator: action.indicator, target: '' },
    );
    expect(progress.userErrors).toEqual([]);
    expect(progress.action).toMatchObject({ status: 'IN_PROGRESS', indicator: 'Borrador listo', target: 'Octubre' });

    const before = await workplanTables(server);
    const retitle = await update(
      elena,
      action.id,
      { status: 'DONE', title: 'Otro título' },
      { status: 'IN_PROGRESS', title: action.title },
    );
    expect(retitle.userErrors).toEqual([{ field: ['input', 'id'], code: 'FORBIDDEN_CHANGE' }]);
    expect(await workplanTables(server)).toEqual(before);
  });

  it('a contributor of another organisation cannot report progress on it', async () => {
    const { action } = await freshAction({ responsibleOrganisationId: ids.organisation('cso1') });
    const res = await update(elena, action.id, { status: 'DONE' }, { status: 'NOT_STARTED' });
    expect(res.userErrors).toEqual([{ field: ['input', 'id'], code: 'FORBIDDEN_CHANGE' }]);
  });
});

describe('links, organisations and positions', () => {
  it('recommendations the editor cannot read stay linked when they replace the list they see', async () => {
    const refs = await recommendationIds(server);
    const { action } = await freshAction({
      linkedRecommendationIds: [refs['MNP-XV-2026-007'], refs['MNP-XV-2026-009']],
    });
    expect(action.linkedRecommendations.map((r) => r.reference)).toEqual(['MNP-XV-2026-007', 'MNP-XV-2026-009']);

    const res = await update(
      diego,
      action.id,
      { linkedRecommendationIds: [refs['MNP-XV-2026-009'], refs['MNP-XV-2026-010']] },
      { linkedRecommendationIds: [refs['MNP-XV-2026-009']] },
    );
    expect(res.conflicts).toEqual([]);
    expect(res.action?.linkedRecommendations.map((r) => r.reference)).toEqual(['MNP-XV-2026-009', 'MNP-XV-2026-010']);
    const [row] = await server.orm.em
      .getConnection()
      .execute<{ n: number }[]>(
        'select count(*)::int as n from workplan_action_recommendation where workplan_action_id = ?',
        [action.id],
      );
    expect(row?.n).toBe(3);
  });

  it('a new responsible organisation must belong to the working group, and dates stay in order', async () => {
    const { action } = await freshAction();
    const outsider = await update(
      diego,
      action.id,
      { responsibleOrganisationId: ids.organisation('npm2') },
      { responsibleOrganisationId: ids.organisation('cso2') },
    );
    expect(outsider.userErrors).toEqual([
      { field: ['input', 'changes', 'responsibleOrganisationId'], code: 'NOT_FOUND' },
    ]);
    const early = await update(diego, action.id, { dueDate: '2026-01-01' }, { dueDate: '2026-06-30' });
    expect(early.userErrors).toEqual([{ field: ['input', 'changes', 'dueDate'], code: 'INVALID' }]);
  });

  it('moving an action to another priority renumbers the actions it leaves and joins', async () => {
    const planId = await createPlan(ana, national);
    const p1 = await addPriority(ana, planId, 'Uno');
    const p2 = await addPriority(ana, planId, 'Dos');
    const cso1 = ids.organisation('cso1');
    for (const title of ['A', 'B', 'C'])
      await addAction(ana, { priorityId: p1, title, responsibleOrganisationId: cso1 });
    await addAction(ana, { priorityId: p2, title: 'D', responsibleOrganisationId: cso1 });
    const b = (await getPlan(ana, planId)).priorities[0]?.actions[1];
    if (!b) throw new Error('action B missing');
    const moved = await update(diego, b.id, { priorityId: p2, position: 0 }, { priorityId: p1, position: 1 });
    expect(moved.action).toMatchObject({ priorityId: p2, position: 0 });
    const plan = await getPlan(ana, planId);
    expect(plan.priorities.map((p) => p.actions.map((x) => [x.title, x.position]))).toEqual([
      [
        ['A', 0],
        ['C', 1],
      ],
      [
        ['B', 0],
        ['D', 1],
      ],
    ]);
  });
});
