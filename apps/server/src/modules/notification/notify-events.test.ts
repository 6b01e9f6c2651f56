import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signedIn } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { insertFinding, insertPlace } from '../../test/recommendation-fixtures.ts';
import { notificationsSettled, startNotificationTest, storedNotifications } from '../../test/notification-helpers.ts';
import type { NotificationTest } from '../../test/notification-helpers.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { Finding, Interviewee, Recommendation, VisitTeamMember } from '../../db/entities/monitoring.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import { createJobQueue } from '../../jobs/queue.ts';
import { addDays, todayUtc } from '../recommendation/dates.ts';
import { scheduleWelfareCheckJobs, welfareJobKey, welfarePerson } from './welfare.ts';

const ADD_COMMENT = /* GraphQL */ `
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
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
const WORKPLAN_COMMENT = /* GraphQL */ `
  mutation Comment($input: CommentOnWorkplanInput!) {
    commentOnWorkplan(input: $input) {
      comment {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`;
const AUTHORISE = /* GraphQL */ `
  mutation Authorise($input: AuthorisePublicationInput!) {
    authorisePublication(input: $input) {
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

async function npmFinding(title: string): Promise<string> {
  const placeId = await insertPlace(server, {
    ownerOrganisationId: ids.organisation('npm'),
    createdById: ids.user('ana.mnp@demo.opcat'),
    name: `Centro ${title}`,
    type: 'PRISON',
    responsibleAuthorityId: ids.organisation('ministry'),
  });
  return insertFinding(server, {
    ownerOrganisationId: ids.organisation('npm'),
    createdById: ids.user('ana.mnp@demo.opcat'),
    placeId,
    title,
  });
}

beforeAll(async () => {
  ({ server, ids, ana, recipientsOf, runAtOf } = await startNotificationTest());
}, 60_000);
afterAll(() => server?.close());

describe('mentions, publication and welfare checks (decision 0034)', () => {
  it('a comment mentioning a reader tells that reader only; mentioning someone who may not read fails like an unknown id and tells nobody', async () => {
    const findingId = await npmFinding('Celdas de aislamiento');
    type Data = { addComment: { comment: { id: string } | null; userErrors: { field: string[]; code: string }[] } };
    const bruno = ids.user('bruno.mnp@demo.opcat');
    const posted = await ana.request<Data>(ADD_COMMENT, {
      input: {
        recordType: 'FINDING',
        recordId: findingId,
        body: '@Bruno Quispe ¿lo revisas?',
        mentionUserIds: [bruno],
      },
    });
    expect(posted.data?.addComment.userErrors).toEqual([]);
    expect(posted.data?.addComment.comment?.id).toBeTruthy();

    // Diego (a CSO the finding is not shared with) and an id that exists nowhere get the same answer.
    const stranger = await ana.request<Data>(ADD_COMMENT, {
      input: {
        recordType: 'FINDING',
        recordId: findingId,
        body: '@Diego',
        mentionUserIds: [ids.user('diego.voces@demo.opcat')],
      },
    });
    const nobody = await ana.request<Data>(ADD_COMMENT, {
      input: {
        recordType: 'FINDING',
        recordId: findingId,
        body: '@Diego',
        mentionUserIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(stranger).toEqual(nobody);
    expect(stranger.data?.addComment).toMatchObject({
      comment: null,
      userErrors: [{ field: ['input', 'mentionUserIds'], code: 'NOT_FOUND' }],
    });
    await notificationsSettled(server);
    // The author is never told of her own mention; Bruno once.
    expect(await recipientsOf('MENTIONED', findingId)).toEqual([bruno]);
    const brunoClient = await signedIn(server, 'bruno.mnp@demo.opcat');
    const list = await brunoClient.request<{
      notifications: { nodes: { event: string; subjectTitle: string | null }[] };
    }>('{ notifications(filter: { events: [MENTIONED] }) { nodes { event subjectTitle } } }');
    expect(list.data?.notifications.nodes).toEqual([{ event: 'MENTIONED', subjectTitle: 'Celdas de aislamiento' }]);
  });

  it('a workplan discussion comment mentioning a colleague tells that colleague', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const plan = await em.findOneOrFail(Workplan, { ownerOrganisation: ids.organisation('npm') });
    const bruno = ids.user('bruno.mnp@demo.opcat');
    const res = await ana.request<{ commentOnWorkplan: { userErrors: unknown[] } }>(WORKPLAN_COMMENT, {
      input: { workplanId: plan.id, body: '@Bruno Quispe, ¿puedes mirar esta prioridad?', mentionUserIds: [bruno] },
    });
    expect(res.data?.commentOnWorkplan.userErrors).toEqual([]);
    await notificationsSettled(server);
    expect(await recipientsOf('MENTIONED', plan.id)).toEqual([bruno]);
  });

  it('publication authorised by the State tells the owner’s team and the addressee (not the one who authorised it), nobody else', async () => {
    const em = server.orm.em.fork() as EntityManager;
    const rec = em.create(Recommendation, {
      ownerOrganisation: em.getReference(Organisation, ids.organisation('spt')),
      classification: 'SPT_CONFIDENTIAL',
      countryCode: 'XV',
      createdBy: em.getReference(User, ids.user('ines.spt@demo.opcat')),
      reference: 'SPT-XV-TEST-PUB',
      title: 'Registro de custodia',
      source: 'SPT_REPORT',
      addressee: em.getReference(Organisation, ids.organisation('police')),
      level: 'POLICY',
      priority: 'HIGH',
      issuedOn: '2026-08-17',
      responseDueOn: '2026-12-17',
    });
    await em.flush();
    // The police's own admin authorises it: his colleagues hear of it, he does not (his own act).
    const hector = await signedIn(server, 'hector.policia@demo.opcat');
    const res = await hector.request<{ authorisePublication: { userErrors: unknown[] } }>(AUTHORISE, {
      input: { recordType: 'RECOMMENDATION', recordId: rec.id },
    });
    expect(res.data?.authorisePublication.userErrors).toEqual([]);
    await notificationsSettled(server);
    const expected = ['ines.spt@demo.opcat', 'marta.spt@demo.opcat', 'gabriela.policia@demo.opcat']
      .map((email) => ids.user(email))
      .sort();
    const recipients = await recipientsOf('PUBLICATION_AUTHORISED', rec.id);
    expect(recipients).toEqual(expected);
    for (const outsider of [
      'hector.policia@demo.opcat',
      'fernando.minjus@demo.opcat',
      'ana.mnp@demo.opcat',
      'diego.voces@demo.opcat',
    ])
      expect(recipients).not.toContain(ids.user(outsider));
  });

  it('an owner making its own record public tells its own team (a finding has no addressee), nobody else', async () => {
    const findingId = await npmFinding('Buenas prácticas de registro');
    const res = await ana.request<{ reclassifyRecord: { userErrors: unknown[] } }>(
      'mutation($input: ReclassifyRecordInput!) { reclassifyRecord(input: $input) { userErrors { code } } }',
      { input: { recordType: 'FINDING', recordId: findingId, classification: 'PUBLIC' } },
    );
    expect(res.data?.reclassifyRecord.userErrors).toEqual([]);
    await notificationsSettled(server);
    const em = server.orm.em.fork() as EntityManager;
    const npmMembers = (
      await em
        .getConnection()
        .execute<{ user_id: string }[]>('select user_id from membership where organisation_id = ?', [
          ids.organisation('npm'),
        ])
    )
      .map((r) => r.user_id)
      .sort();
    expect(npmMembers.length).toBeGreaterThan(1);
    const recipients = await recipientsOf('PUBLICATION_AUTHORISED', findingId);
    // Everybody of the NPM but Ana, who did it.
    expect(recipients).toEqual(npmMembers.filter((id) => id !== ids.user('ana.mnp@demo.opcat')));
    expect(recipients).not.toContain(ids.user('fernando.minjus@demo.opcat'));
    expect(recipients).not.toContain(ids.user('diego.voces@demo.opcat'));
  });

  it('a welfare check is one job per interviewee at risk: due → the team member who reads personal data only; moved with its date; removed when the flag is cleared', async () => {
    const findingId = await npmFinding('Amenazas tras la visita');
    const em = server.orm.em.fork() as EntityManager;
    const finding = await em.findOneOrFail(Finding, findingId);
    // On the team: Bruno (NPM) and Diego, who is not a member of the owner: the policy keeps him out.
    for (const email of ['bruno.mnp@demo.opcat', 'diego.voces@demo.opcat'])
      em.create(VisitTeamMember, {
        visit: finding.visit,
        user: em.getReference(User, ids.user(email)),
        expertise: 'LAW',
        gender: 'UNDISCLOSED',
      });
    const today = todayUtc();
    const later = addDays(today, 10);
    em.create(Interviewee, { finding, pseudonym: 'P-1', identity: 'x', atRisk: true, welfareCheckDueOn: today });
    em.create(Interviewee, { finding, pseudonym: 'P-2', identity: 'y', atRisk: true, welfareCheckDueOn: later });
    await em.flush();
    const ctx = { services: { jobs: createJobQueue() } };
    const schedule = (people: { pseudonym: string; dueOn: string | null }[]) =>
      em.transactional((tx) => scheduleWelfareCheckJobs(ctx, tx as EntityManager, findingId, people));
    const keyOf = (pseudonym: string) => welfareJobKey(findingId, welfarePerson(findingId, pseudonym));

    await schedule([
      { pseudonym: 'P-1', dueOn: today },
      { pseudonym: 'P-2', dueOn: later },
    ]);
    await notificationsSettled(server);
    expect(await recipientsOf('WELFARE_CHECK_DUE', findingId)).toEqual([ids.user('bruno.mnp@demo.opcat')]);
    const stored = await storedNotifications(server, 'WELFARE_CHECK_DUE');
    // Keyed per person and date; no pseudonym in the key, nor in the queue.
    expect(stored.map((n) => n.event_key)).toEqual([
      `WELFARE_CHECK_DUE:${findingId}:${welfarePerson(findingId, 'P-1')}:${today}`,
    ]);
    expect(stored[0]?.event_key).not.toContain('P-1');
    expect(await runAtOf(keyOf('P-2'))).toBe(`${later}T00:00:00.000Z`);

    // The date changes: the same job moves.
    const moved = addDays(today, 20);
    await schedule([{ pseudonym: 'P-2', dueOn: moved }]);
    expect(await runAtOf(keyOf('P-2'))).toBe(`${moved}T00:00:00.000Z`);
    // The flag is cleared: the job is gone.
    await schedule([{ pseudonym: 'P-2', dueOn: null }]);
    expect(await runAtOf(keyOf('P-2'))).toBeNull();

    // Opened by Bruno: generic, the finding's title only, never who.
    const bruno = await signedIn(server, 'bruno.mnp@demo.opcat');
    const list = await bruno.request<{ notifications: { nodes: unknown[] } }>(
      '{ notifications(filter: { events: [WELFARE_CHECK_DUE] }) { nodes { event subjectTitle } } }',
    );
    expect(JSON.stringify(list.data)).not.toMatch(/P-1|P-2/);
    expect(list.data?.notifications.nodes).toEqual([
      { event: 'WELFARE_CHECK_DUE', subjectTitle: 'Amenazas tras la visita' },
    ]);
  });
});
