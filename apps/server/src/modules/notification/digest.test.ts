import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signedIn } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import { insertFinding, insertPlace, ISSUE, issueInput } from '../../test/recommendation-fixtures.ts';
import { notificationsSettled, startNotificationTest } from '../../test/notification-helpers.ts';
import type { NotificationTest } from '../../test/notification-helpers.ts';
import { startSmtpSink } from '../../test/smtp-sink.ts';
import type { SmtpSink } from '../../test/smtp-sink.ts';
import { buildOperationContext } from '../../operation/build.ts';
import { enqueueDailyDigests, sendDigest } from './digest.ts';

const PREFERENCES = /* GraphQL */ `
  mutation Prefs($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      userErrors {
        code
      }
    }
  }
`;
const SHARE = /* GraphQL */ `
  mutation Share($input: ShareRecordInput!) {
    shareRecord(input: $input) {
      userErrors {
        code
      }
    }
  }
`;

const ZONE = /* GraphQL */ `
  mutation Zone($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      userErrors {
        field
        code
      }
    }
  }
`;

let smtp: SmtpSink;
let server: TestServer;
let ids: NotificationTest['ids'];
let ana: GraphqlClient;

async function chooseDailyDigest(email: string, events: string[]) {
  const client = await signedIn(server, email);
  const res = await client.request<{ updateNotificationPreferences: { userErrors: unknown[] } }>(PREFERENCES, {
    input: { channels: events.map((event) => ({ event, inApp: true, email: true })), emailDigest: 'DAILY' },
  });
  expect(res.data?.updateNotificationPreferences.userErrors).toEqual([]);
}

async function issueTo(addressee: string, title: string) {
  const res = await ana.request<{ issueRecommendation: { userErrors: unknown[] } }>(ISSUE, {
    input: issueInput(ids.organisation(addressee), { title }),
  });
  expect(res.data?.issueRecommendation.userErrors).toEqual([]);
}

/** A finding of the NPM shared with the ministry, then withdrawn: its notification waits, no longer readable. */
async function shareWithMinistryThenWithdraw(placeName: string, title: string): Promise<void> {
  const placeId = await insertPlace(server, {
    ownerOrganisationId: ids.organisation('npm'),
    createdById: ids.user('ana.mnp@demo.opcat'),
    name: placeName,
    type: 'POLICE_CUSTODY',
    responsibleAuthorityId: ids.organisation('ministry'),
  });
  const findingId = await insertFinding(server, {
    ownerOrganisationId: ids.organisation('npm'),
    createdById: ids.user('ana.mnp@demo.opcat'),
    placeId,
    title,
  });
  const reclassify = await ana.request(
    'mutation($input: ReclassifyRecordInput!) { reclassifyRecord(input: $input) { userErrors { code } } }',
    { input: { recordType: 'FINDING', recordId: findingId, classification: 'SHARED' } },
  );
  expect(reclassify.errors).toBeUndefined();
  for (const organisationIds of [[ids.organisation('ministry')], []]) {
    const res = await ana.request<{ shareRecord: { userErrors: unknown[] } }>(SHARE, {
      input: { recordType: 'FINDING', recordId: findingId, organisationIds },
    });
    expect(res.data?.shareRecord.userErrors).toEqual([]);
  }
}

/** 06:00 UTC on a day after the demo's: the demo accounts' country has no single zone, so UTC is theirs. */
const DEMO_MORNING = new Date('2026-12-20T06:00:00Z');

/** The scheduler's job at `now`, as the runner runs it; then every digest job it queued. */
async function runDailyDigest(now: Date = DEMO_MORNING): Promise<number> {
  const ctx = await buildOperationContext(server.services, { transport: 'job', actor: null });
  const people = await enqueueDailyDigests(ctx, now);
  await notificationsSettled(server);
  return people;
}

const digestRows = async (address: string) =>
  (server.ownerOrm.em.fork() as EntityManager)
    .getConnection()
    .execute<{ n: number }[]>(
      "select count(*)::int as n from mail_message where template = 'notificationDigest' and to_address = ?",
      [address],
    );

beforeAll(async () => {
  smtp = await startSmtpSink();
  // What the demo seed queued is delivered before anyone chooses a digest.
  ({ server, ids, ana } = await startNotificationTest({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'opcat-hub <hub@example.org>' },
  }));
}, 60_000);

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

describe('the daily e-mail digest (a real SMTP server)', () => {
  it('one Spanish e-mail counting what the ministry admin may still read; the record no longer shared is dropped, never described; exactly once', async () => {
    await chooseDailyDigest('fernando.minjus@demo.opcat', ['RECOMMENDATION_ISSUED', 'RECORD_SHARED']);
    await issueTo('ministry', 'Recomendación secreta uno');
    await issueTo('ministry', 'Recomendación secreta dos');
    await shareWithMinistryThenWithdraw('Comisaría Sur', 'Hallazgo retirado');
    await notificationsSettled(server);
    const waiting = await (server.ownerOrm.em.fork() as EntityManager)
      .getConnection()
      .execute<{ event: string }[]>(
        'select event from notification where digest_pending and user_id = ? order by event',
        [ids.user('fernando.minjus@demo.opcat')],
      );
    // Three wait for the digest: two recommendations and the share (now withdrawn).
    expect(waiting.map((w) => w.event)).toEqual(['RECOMMENDATION_ISSUED', 'RECOMMENDATION_ISSUED', 'RECORD_SHARED']);
    // Nothing by e-mail yet: the digest waits for its hour.
    expect(smtp.received.filter((m) => m.to.includes('fernando.minjus@demo.opcat'))).toEqual([]);

    expect(await runDailyDigest()).toBeGreaterThanOrEqual(1);
    const [mail] = await smtp.messagesTo('fernando.minjus@demo.opcat');
    expect(mail?.subject).toBe('Su resumen diario de opcat-hub: 2 notificaciones');
    expect(mail?.text).toContain('2 × recomendación dirigida a su autoridad');
    expect(mail?.text).toContain('Ver mis notificaciones: http://localhost:');
    expect(mail?.html).toContain('<html lang="es">');
    // The withdrawn share is not even counted; no title ever leaves the platform.
    expect(mail?.text).not.toContain('registro compartido');
    expect(`${mail?.text}${mail?.html}`).not.toMatch(/secreta|Hallazgo retirado/);

    // The cron again (a second tick, a restart, another instance) and the job run twice: still one e-mail.
    await runDailyDigest();
    const ctx = await buildOperationContext(server.services, { transport: 'job', actor: null });
    expect(await sendDigest(ctx, ids.user('fernando.minjus@demo.opcat'), '2026-12-20')).toBe(0);
    await notificationsSettled(server);
    expect(await digestRows('fernando.minjus@demo.opcat')).toEqual([{ n: 1 }]);
    expect(smtp.received.filter((m) => m.to.includes('fernando.minjus@demo.opcat'))).toHaveLength(1);
  });

  it('in English for an English-speaking recipient', async () => {
    const em = server.orm.em.fork() as EntityManager;
    await em
      .getConnection()
      .execute("update user_account set preferred_locale = 'en' where email = 'hector.policia@demo.opcat'");
    await chooseDailyDigest('hector.policia@demo.opcat', ['RECOMMENDATION_ISSUED']);
    await issueTo('police', 'Custodia');
    await notificationsSettled(server);
    await runDailyDigest();
    const [mail] = await smtp.messagesTo('hector.policia@demo.opcat');
    expect(mail?.subject).toBe('Your opcat-hub daily digest: 1 notification');
    expect(mail?.text).toContain('1 × recommendation addressed to your authority');
    expect(mail?.text).toContain('See my notifications: http://localhost:');
    expect(mail?.text).not.toContain('Ver mis notificaciones');
  });

  it('at 06:00 in each person’s own time zone (Santiago, Paris; DST included), once a day, a withdrawn share still dropped', async () => {
    const zone = async (email: string, timeZone: string) => {
      const client = await signedIn(server, email);
      const res = await client.request<{
        updateNotificationPreferences: { userErrors: { field: string[]; code: string }[] };
      }>(ZONE, { input: { channels: [], timeZone } });
      return res.data?.updateNotificationPreferences.userErrors;
    };
    // Validated against the server's list of IANA zones.
    expect(await zone('fernando.minjus@demo.opcat', 'Mars/Olympus_Mons')).toEqual([
      { field: ['input', 'timeZone'], code: 'INVALID' },
    ]);
    expect(await zone('fernando.minjus@demo.opcat', 'Europe/Paris')).toEqual([]);
    expect(await zone('gabriela.policia@demo.opcat', 'America/Santiago')).toEqual([]);
    await chooseDailyDigest('gabriela.policia@demo.opcat', ['RECOMMENDATION_ISSUED']);
    const fernandoBefore = (await digestRows('fernando.minjus@demo.opcat'))[0]?.n ?? 0;

    await issueTo('ministry', 'Recomendación de enero');
    await issueTo('police', 'Custodia de enero');
    // Waits for Fernando's digest but is never counted.
    await shareWithMinistryThenWithdraw('Comisaría Norte', 'Hallazgo de enero retirado');
    await notificationsSettled(server);

    const sent = async () => ({
      paris: ((await digestRows('fernando.minjus@demo.opcat'))[0]?.n ?? 0) - fernandoBefore,
      santiago: (await digestRows('gabriela.policia@demo.opcat'))[0]?.n ?? 0,
    });
    // 15 January 2027: Paris is UTC+1, Santiago UTC−3 (its summer time).
    await runDailyDigest(new Date('2027-01-15T04:45:00Z'));
    expect(await sent()).toEqual({ paris: 0, santiago: 0 });
    await runDailyDigest(new Date('2027-01-15T05:00:00Z'));
    expect(await sent()).toEqual({ paris: 1, santiago: 0 });
    await runDailyDigest(new Date('2027-01-15T08:45:00Z'));
    expect(await sent()).toEqual({ paris: 1, santiago: 0 });
    await runDailyDigest(new Date('2027-01-15T09:00:00Z'));
    expect(await sent()).toEqual({ paris: 1, santiago: 1 });
    // Later ticks that day, a restart's catch-up, another instance: nobody twice.
    await issueTo('police', 'Custodia de la tarde');
    await notificationsSettled(server);
    for (const at of ['2027-01-15T09:15:00Z', '2027-01-15T22:45:00Z', '2027-01-16T02:45:00Z'])
      await runDailyDigest(new Date(at));
    expect(await sent()).toEqual({ paris: 1, santiago: 1 });

    const parisMail = (await smtp.messagesTo('fernando.minjus@demo.opcat')).at(-1);
    expect(parisMail?.subject).toBe('Su resumen diario de opcat-hub: 1 notificación');
    expect(parisMail?.text).not.toContain('registro compartido');
    expect(`${parisMail?.text}${parisMail?.html}`).not.toMatch(/enero|retirado/);

    // The next local morning in Santiago (still UTC−3) brings the afternoon's recommendation.
    await runDailyDigest(new Date('2027-01-16T08:45:00Z'));
    expect((await sent()).santiago).toBe(1);
    await runDailyDigest(new Date('2027-01-16T09:00:00Z'));
    expect((await sent()).santiago).toBe(2);
    // In July Santiago is on UTC−4: 06:00 there is 10:00 UTC, not 09:00.
    await issueTo('police', 'Custodia de julio');
    await notificationsSettled(server);
    await runDailyDigest(new Date('2027-07-15T09:00:00Z'));
    expect((await sent()).santiago).toBe(2);
    await runDailyDigest(new Date('2027-07-15T10:00:00Z'));
    expect((await sent()).santiago).toBe(3);
  });
});
