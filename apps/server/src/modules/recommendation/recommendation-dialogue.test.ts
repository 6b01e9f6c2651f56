import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';
import {
  demoIds,
  FOLLOW_UP,
  GET,
  ISSUE,
  issueInput,
  RECORD_STATUS,
  recommendationRowCounts,
  RESPOND,
  UPDATE,
} from '../../test/recommendation-fixtures.ts';
import type { PayloadData, RecommendationData } from '../../test/recommendation-fixtures.ts';
import { addDays, todayUtc } from './dates.ts';

type Payload<K extends string> = Record<K, PayloadData>;

let server: TestServer;
let ana: GraphqlClient;
let fernando: GraphqlClient;
let gabriela: GraphqlClient;
let ministryId: string;
let fernandoId: string;
let anaId: string;
/** Addressed to the Ministry, readable by the national working group (Ministry and Police included). */
let groupRec: RecommendationData;
/** Addressed to the Ministry but kept inside the NPM. */
let internalRec: RecommendationData;

beforeAll(async () => {
  server = await startTestServer();
  [ana, fernando, gabriela] = await Promise.all([
    signedIn(server, 'ana.mnp@demo.opcat'),
    signedIn(server, 'fernando.minjus@demo.opcat'),
    signedIn(server, 'gabriela.policia@demo.opcat'),
  ]);
  const ids = await demoIds(server);
  ministryId = ids.organisation('ministry');
  fernandoId = ids.user('fernando.minjus@demo.opcat');
  anaId = ids.user('ana.mnp@demo.opcat');
  const issue = async (overrides: Record<string, unknown>) => {
    const res = await ana.request<Payload<'issueRecommendation'>>(ISSUE, { input: issueInput(ministryId, overrides) });
    const r = res.data?.issueRecommendation.recommendation;
    if (!r) throw new Error(`could not issue: ${JSON.stringify(res)}`);
    return r;
  };
  groupRec = await issue({
    issuedOn: '2026-02-01',
    classification: 'WORKING_GROUP',
    workingGroupId: ids.workingGroup('NATIONAL_WORKING_GROUP'),
  });
  internalRec = await issue({ issuedOn: '2026-02-01' });
});
afterAll(async () => {
  await server?.close();
});

async function get(client: GraphqlClient, id: string) {
  const res = await client.request<{ recommendation: RecommendationData }>(GET, { id });
  expect(res.errors).toBeUndefined();
  return res.data?.recommendation as RecommendationData;
}

describe('the authority responds', () => {
  it('the State authority responds to a working-group recommendation addressed to it: acceptance and history change', async () => {
    const before = await get(fernando, groupRec.id);
    expect(before.viewerCanRespond).toBe(true);
    expect(before.viewerCanAssess).toBe(false);
    expect(before.acceptance).toBe('PENDING');

    const res = await fernando.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
      input: {
        recommendationId: groupRec.id,
        respondedOn: '2026-03-15',
        text: 'El Ministerio acepta la recomendación y dispondrá médicos de guardia.',
        acceptance: 'PARTIALLY_ACCEPTED',
        proposedTimeline: 'Primer semestre de 2027',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordAuthorityResponse.userErrors).toEqual([]);
    const after = await get(ana, groupRec.id);
    expect(after.acceptance).toBe('PARTIALLY_ACCEPTED');
    expect(after.history.map((h) => [h.kind, h.value, h.effectiveOn])).toEqual([
      ['ACCEPTANCE', 'PENDING', '2026-02-01'],
      ['ACCEPTANCE', 'PARTIALLY_ACCEPTED', '2026-03-15'],
    ]);
    expect(after.history[1]?.recordedBy.id).toBe(fernandoId);
    expect(after.responses).toEqual([
      {
        respondedOn: '2026-03-15',
        acceptance: 'PARTIALLY_ACCEPTED',
        text: 'El Ministerio acepta la recomendación y dispondrá médicos de guardia.',
        authorOrganisation: { id: ministryId },
        recordedBy: { id: fernandoId },
      },
    ]);
    expect(after.responseOverdue).toBe(false);
  });

  it('an older response recorded later adds history but does not override the newer position', async () => {
    const res = await fernando.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
      input: { recommendationId: groupRec.id, respondedOn: '2026-03-01', text: 'Acuse de recibo', acceptance: 'NOTED' },
    });
    expect(res.data?.recordAuthorityResponse.userErrors).toEqual([]);
    const after = await get(ana, groupRec.id);
    expect(after.acceptance).toBe('PARTIALLY_ACCEPTED');
    expect(after.history.map((h) => h.value)).toEqual(['PENDING', 'NOTED', 'PARTIALLY_ACCEPTED']);
    expect(after.responses.map((r) => r.respondedOn)).toEqual(['2026-03-01', '2026-03-15']);
  });

  it('a police viewer cannot respond: FORBIDDEN_CHANGE when she reads it, NOT_FOUND when she does not; nothing written', async () => {
    const before = await recommendationRowCounts(server);
    const input = { respondedOn: '2026-03-20', text: 'Respuesta', acceptance: 'REJECTED' };
    expect((await get(gabriela, groupRec.id)).viewerCanRespond).toBe(false);
    const readable = await gabriela.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
      input: { ...input, recommendationId: groupRec.id },
    });
    expect(readable.data?.recordAuthorityResponse).toEqual({
      recommendation: null,
      userErrors: [{ field: ['input', 'recommendationId'], code: 'FORBIDDEN_CHANGE' }],
    });
    const unreadable = await gabriela.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
      input: { ...input, recommendationId: internalRec.id },
    });
    expect(errorCodes(unreadable)).toEqual(['NOT_FOUND']);
    expect(await recommendationRowCounts(server)).toEqual(before);
    expect((await get(ana, groupRec.id)).acceptance).toBe('PARTIALLY_ACCEPTED');
  });

  it('the addressee reads and answers a recommendation addressed to it even when it is classified ORGANISATION', async () => {
    const res = await fernando.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
      input: { recommendationId: internalRec.id, respondedOn: '2026-03-20', text: 'x', acceptance: 'ACCEPTED' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.recordAuthorityResponse.userErrors).toEqual([]);
  });

  it('refuses a response dated in the future or before the recommendation', async () => {
    const before = await recommendationRowCounts(server);
    for (const [respondedOn, code] of [
      [addDays(todayUtc(), 2), 'INVALID'],
      ['2026-01-31', 'INVALID'],
    ] as const) {
      const res = await fernando.request<Payload<'recordAuthorityResponse'>>(RESPOND, {
        input: { recommendationId: groupRec.id, respondedOn, text: 'x', acceptance: 'ACCEPTED' },
      });
      expect(res.data?.recordAuthorityResponse.userErrors).toEqual([{ field: ['input', 'respondedOn'], code }]);
    }
    expect(await recommendationRowCounts(server)).toEqual(before);
  });
});

describe('implementation status, tracked twice', () => {
  const status = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<Payload<'recordImplementationStatus'>>(RECORD_STATUS, {
      input: { recommendationId: groupRec.id, ...input },
    });

  it('the State reports and the monitor assesses side by side, each with its own dated history', async () => {
    const reported = await status(fernando, {
      perspective: 'STATE_REPORTED',
      status: 'IMPLEMENTED',
      effectiveOn: '2026-04-01',
      note: 'Médicos asignados en todos los centros',
    });
    expect(reported.data?.recordImplementationStatus.userErrors).toEqual([]);
    const assessed = await status(ana, {
      perspective: 'MONITOR_ASSESSED',
      status: 'PARTIALLY_IMPLEMENTED',
      effectiveOn: '2026-04-20',
      note: 'Verificado en visita: dos centros sin médico',
    });
    expect(assessed.data?.recordImplementationStatus.userErrors).toEqual([]);

    const r = await get(gabriela, groupRec.id);
    expect(r.stateStatus).toBe('IMPLEMENTED');
    expect(r.monitorStatus).toBe('PARTIALLY_IMPLEMENTED');
    const byKind = (kind: string) =>
      r.history.filter((h) => h.kind === kind).map((h) => [h.value, h.effectiveOn, h.note, h.recordedBy.id]);
    expect(byKind('STATE_REPORTED')).toEqual([
      ['IMPLEMENTED', '2026-04-01', 'Médicos asignados en todos los centros', fernandoId],
    ]);
    expect(byKind('MONITOR_ASSESSED')).toEqual([
      ['PARTIALLY_IMPLEMENTED', '2026-04-20', 'Verificado en visita: dos centros sin médico', anaId],
    ]);
    expect(r.history.map((h) => h.effectiveOn)).toEqual([...r.history.map((h) => h.effectiveOn)].sort());
  });

  it('each side only records its own perspective; the other gets FORBIDDEN_CHANGE and nothing is written', async () => {
    const before = await recommendationRowCounts(server);
    for (const [client, perspective] of [
      [fernando, 'MONITOR_ASSESSED'],
      [ana, 'STATE_REPORTED'],
      [gabriela, 'STATE_REPORTED'],
    ] as const) {
      const res = await status(client, { perspective, status: 'NOT_IMPLEMENTED', effectiveOn: '2026-05-01' });
      expect(res.data?.recordImplementationStatus.userErrors).toEqual([
        { field: ['input', 'perspective'], code: 'FORBIDDEN_CHANGE' },
      ]);
    }
    const tooLong = await status(ana, {
      perspective: 'MONITOR_ASSESSED',
      status: 'IMPLEMENTED',
      effectiveOn: '2026-05-01',
      note: 'x'.repeat(5001),
    });
    expect(tooLong.data?.recordImplementationStatus.userErrors).toEqual([
      { field: ['input', 'note'], code: 'INVALID' },
    ]);
    expect(await recommendationRowCounts(server)).toEqual(before);
    const r = await get(ana, groupRec.id);
    expect([r.stateStatus, r.monitorStatus]).toEqual(['IMPLEMENTED', 'PARTIALLY_IMPLEMENTED']);
  });

  it('a back-dated assessment joins the history without replacing the current status', async () => {
    const res = await status(ana, {
      perspective: 'MONITOR_ASSESSED',
      status: 'IN_PROGRESS',
      effectiveOn: '2026-04-05',
    });
    expect(res.data?.recordImplementationStatus.userErrors).toEqual([]);
    const r = await get(ana, groupRec.id);
    expect(r.monitorStatus).toBe('PARTIALLY_IMPLEMENTED');
    expect(r.history.filter((h) => h.kind === 'MONITOR_ASSESSED').map((h) => h.value)).toEqual([
      'IN_PROGRESS',
      'PARTIALLY_IMPLEMENTED',
    ]);
  });
});

describe('follow-up and editing', () => {
  it('the owner records a follow-up; the addressee cannot', async () => {
    const input = { recommendationId: groupRec.id, kind: 'MEETING', happenedOn: '2026-05-02', outcome: 'Mesa técnica' };
    const denied = await fernando.request<Payload<'recordFollowUp'>>(FOLLOW_UP, { input });
    expect(denied.data?.recordFollowUp.userErrors).toEqual([
      { field: ['input', 'recommendationId'], code: 'FORBIDDEN_CHANGE' },
    ]);
    const res = await ana.request<Payload<'recordFollowUp'>>(FOLLOW_UP, { input });
    expect(res.data?.recordFollowUp.userErrors).toEqual([]);
    expect((await get(fernando, groupRec.id)).followUps).toEqual([
      { kind: 'MEETING', happenedOn: '2026-05-02', outcome: 'Mesa técnica', recordedBy: { id: anaId } },
    ]);
  });

  it('the owner edits with the version it read; a stale version is a CONFLICT; the addressee may not edit', async () => {
    const current = await get(ana, groupRec.id);
    const edited = await ana.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, title: 'Título revisado', priority: 'URGENT', expectedVersion: current.version },
    });
    expect(edited.data?.updateRecommendation.userErrors).toEqual([]);
    expect(edited.data?.updateRecommendation.recommendation).toMatchObject({
      title: 'Título revisado',
      priority: 'URGENT',
    });
    expect(edited.data?.updateRecommendation.recommendation?.version).toBeGreaterThan(current.version);

    const stale = await ana.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, title: 'Otra vez', expectedVersion: current.version },
    });
    expect(stale.data?.updateRecommendation.userErrors).toEqual([
      { field: ['input', 'expectedVersion'], code: 'CONFLICT' },
    ]);
    const denied = await fernando.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, title: 'Del Ministerio' },
    });
    expect(denied.data?.updateRecommendation.userErrors).toEqual([
      { field: ['input', 'id'], code: 'FORBIDDEN_CHANGE' },
    ]);
    const badDate = await ana.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, targetDate: '2026-01-01' },
    });
    expect(badDate.data?.updateRecommendation.userErrors).toEqual([
      { field: ['input', 'targetDate'], code: 'INVALID' },
    ]);
    expect((await get(ana, groupRec.id)).title).toBe('Título revisado');
  });

  it('a repeated recommendation is shown only to those who can read the earlier one', async () => {
    const res = await ana.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, repeatsId: internalRec.id },
    });
    expect(res.data?.updateRecommendation.recommendation?.repeats).toEqual({ id: internalRec.id });
    expect((await get(gabriela, groupRec.id)).repeats).toBeNull();
    const cleared = await ana.request<Payload<'updateRecommendation'>>(UPDATE, {
      input: { id: groupRec.id, repeatsId: null },
    });
    expect(cleared.data?.updateRecommendation.recommendation?.repeats).toBeNull();
  });
});
