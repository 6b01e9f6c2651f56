import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { insertPlace } from '../../test/recommendation-fixtures.ts';
import { planVisit } from '../../test/visit-fixtures.ts';
import { notificationsSettled, startNotificationTest } from '../../test/notification-helpers.ts';
import type { NotificationTest } from '../../test/notification-helpers.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import { addDays, todayUtc } from '../recommendation/dates.ts';
import { deadlineJobKey } from './deadlines.ts';

const REPORT = /* GraphQL */ `
  mutation Report($input: ReportReprisalInput!) {
    reportReprisal(input: $input) {
      incident {
        id
      }
      userErrors {
        code
      }
    }
  }
`;
const UPDATE_ACTION = /* GraphQL */ `
  mutation UpdateAction($input: UpdateActionInput!) {
    updateAction(input: $input) {
      userErrors {
        code
      }
    }
  }
`;

let server: TestServer;
let ids: NotificationTest['ids'];
let ana: GraphqlClient;

let recipientsOf: NotificationTest['recipientsOf'];
let runAtOf: NotificationTest['runAtOf'];

beforeAll(async () => {
  ({ server, ids, ana, recipientsOf, runAtOf } = await startNotificationTest());
}, 60_000);
afterAll(() => server?.close());

describe('events that name people, and deadlines of actions and welfare checks', () => {
  it('joining a visit team is told to the new member only, never to whoever planned it', async () => {
    const placeId = await insertPlace(server, {
      ownerOrganisationId: ids.organisation('npm'),
      createdById: ids.user('ana.mnp@demo.opcat'),
      name: 'Centro de detención provisional Norte',
      type: 'PRISON',
      responsibleAuthorityId: ids.organisation('ministry'),
    });
    const visit = await planVisit(ana, {
      placeIds: [placeId],
      team: [
        { userId: ids.user('ana.mnp@demo.opcat'), expertise: 'LAW', gender: 'FEMALE', leader: true },
        { userId: ids.user('bruno.mnp@demo.opcat'), expertise: 'MEDICINE', gender: 'MALE' },
      ],
    });
    await notificationsSettled(server);
    expect(await recipientsOf('VISIT_TEAM_ADDED', visit.id)).toEqual([ids.user('bruno.mnp@demo.opcat')]);
  });

  it('being named on a reprisal incident is told to the named people only', async () => {
    const res = await ana.request<{ reportReprisal: { incident: { id: string } | null } }>(REPORT, {
      input: {
        personPseudonym: 'Persona entrevistada N-07',
        occurredOn: '2026-09-01',
        form: 'THREATS',
        namedUserIds: [ids.user('bruno.mnp@demo.opcat')],
      },
    });
    const incidentId = res.data?.reportReprisal.incident?.id as string;
    expect(incidentId).toBeTruthy();
    await notificationsSettled(server);
    expect(await recipientsOf('REPRISAL_NAMED', incidentId)).toEqual([ids.user('bruno.mnp@demo.opcat')]);
  });

  it('an action is told to its responsible organisation; a new due date moves its reminders, done removes them', async () => {
    const em = server.orm.em.fork() as EntityManager;
    // An open action (a settled one has no reminders to move).
    const action = await em.findOneOrFail(
      WorkplanAction,
      { dueDate: { $ne: null }, status: { $nin: ['DONE', 'CANCELLED'] } },
      { orderBy: { id: 'asc' } },
    );
    const responsible = action.responsibleOrganisation.id;
    const members = (
      await em
        .getConnection()
        .execute<{ user_id: string }[]>('select user_id from membership where organisation_id = ?', [responsible])
    )
      .map((r) => r.user_id)
      .sort();
    // The demo seed assigned it through the real path.
    expect(await recipientsOf('ACTION_ASSIGNED', action.id)).toEqual(members);

    const due = addDays(todayUtc(), 30);
    const res = await ana.request<{ updateAction: { userErrors: unknown[] } }>(UPDATE_ACTION, {
      input: { id: action.id, changes: { dueDate: due }, base: { dueDate: action.dueDate } },
    });
    expect(res.data?.updateAction.userErrors).toEqual([]);
    expect(await runAtOf(deadlineJobKey('WORKPLAN_ACTION', action.id, 'ACTION_DUE_SOON'))).toBe(
      `${addDays(due, -7)}T00:00:00.000Z`,
    );
    expect(await runAtOf(deadlineJobKey('WORKPLAN_ACTION', action.id, 'ACTION_OVERDUE'))).toBe(
      `${addDays(due, 1)}T00:00:00.000Z`,
    );
    const done = await ana.request<{ updateAction: { userErrors: unknown[] } }>(UPDATE_ACTION, {
      input: { id: action.id, changes: { status: 'DONE' }, base: { status: action.status } },
    });
    expect(done.data?.updateAction.userErrors).toEqual([]);
    expect(await runAtOf(deadlineJobKey('WORKPLAN_ACTION', action.id, 'ACTION_DUE_SOON'))).toBeNull();
  });
});
