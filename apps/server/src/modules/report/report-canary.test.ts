import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoOrganisations, demoUsers } from '../../db/demo-world.ts';
import { WorkingGroupMember } from '../../db/entities/identity.ts';
import { CANARY_PATTERN, entitledCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { Canary, CanaryWorld } from '../../test/canary-world.ts';
import { mapConcurrently } from '../../test/concurrency.ts';
import { docxText, pdfText } from '../../test/report-files.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { GraphqlClient, TestServer } from '../../test/server.ts';

/** Fixed, so a failure can be replayed. */
const SEED = 20261206;
/**
 * Sized by count: each viewer downloads every version of this many visits (picked by the seed,
 * so viewers together cover them all), as DOCX, and this many PDFs.
 */
const VISITS_PER_VIEWER = 6;
const PDFS_PER_VIEWER = 1;
const VERSIONS = ['confidential', 'authority', 'public'] as const;
type Version = (typeof VERSIONS)[number];

interface Viewer {
  email: string;
  actor: Actor;
  client: GraphqlClient;
}
interface VisitRow {
  id: string;
  country_code: string;
  owner_organisation_id: string;
}

let server: TestServer;
let world: CanaryWorld;
let viewers: Viewer[] = [];
let visits: VisitRow[] = [];
let authorityOf: Record<string, string> = {};
let groupsOf: Map<string, string[]>;

/** Only records and personal data ever go into a report: reprisal, evidence and audit canaries never do. */
// Records' fields, personal data and co-edited texts (a finding's narrative, a visit's introduction and
// conclusions) may be in a report; comments, evidence, reprisals and audit details never are.
const REPORTABLE = (c: Canary) => ['record', 'personal', 'coEdited'].includes(c.guard.kind);

/** An organisation's members as the policy sees them (personal data is for `userId` on the visit team). */
function organisationActor(organisationId: string, userId: string): Actor {
  const org = demoOrganisationKinds.get(organisationId);
  if (!org) throw new Error(`unknown organisation ${organisationId}`);
  return {
    userId,
    sessionId: '',
    memberships: [{ organisationId, organisationKind: org.kind, countryCode: org.countryCode, role: 'VIEWER' }],
    workingGroups: (groupsOf.get(organisationId) ?? []).map((workingGroupId) => ({
      workingGroupId,
      organisationId,
      role: 'MEMBER' as const,
    })),
  };
}
let demoOrganisationKinds: Map<
  string,
  { kind: Actor['memberships'][number]['organisationKind']; countryCode: string | null }
>;

/**
 * What a version may show: canaries the downloader is entitled to AND the version's audience is
 * entitled to (the owner organisation, the addressee authority, or everyone).
 */
function allowedIn(viewer: Viewer, version: Version, visit: VisitRow): Set<string> {
  const reportable = world.canaries.filter(REPORTABLE);
  const mine = entitledCanaries(viewer.actor, reportable);
  const audience: Actor =
    version === 'confidential'
      ? organisationActor(visit.owner_organisation_id, viewer.actor.userId)
      : version === 'authority'
        ? organisationActor(authorityOf[visit.country_code] as string, '')
        : { userId: '', sessionId: '', memberships: [], workingGroups: [] };
  const theirs = entitledCanaries(audience, reportable);
  return new Set([...mine].filter((c) => theirs.has(c)));
}

async function get(viewer: Viewer | null, path: string) {
  const res = await fetch(`${server.url}${path}`, {
    headers: viewer?.client.cookie ? { cookie: viewer.client.cookie } : {},
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, bytes, body: Buffer.from(bytes).toString() };
}

const pathOf = (visit: VisitRow, version: Version, format: 'pdf' | 'docx') =>
  `/api/reports/visits/${visit.id}/${version}.${format}?authority=${authorityOf[visit.country_code]}`;

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(SEED));
  const em = server.orm.em.fork() as EntityManager;
  const connection = em.getConnection();
  visits = await connection.execute<VisitRow[]>(
    'select id, country_code, owner_organisation_id from visit order by id',
  );
  const organisations = await connection.execute<
    { id: string; name: string; kind: string; country_code: string | null }[]
  >('select id, name, kind, country_code from organisation');
  demoOrganisationKinds = new Map(
    organisations.map((o) => [o.id, { kind: o.kind as never, countryCode: o.country_code }]),
  );
  const idOf = (key: string) =>
    organisations.find((o) => o.name === demoOrganisations.find((d) => d.key === key)?.name)?.id;
  authorityOf = { XV: idOf('ministry') as string, XS: idOf('ministry_xs') as string };
  const members = await em.find(WorkingGroupMember, {});
  groupsOf = new Map();
  for (const m of members)
    groupsOf.set(m.organisation.id, [...(groupsOf.get(m.organisation.id) ?? []), m.workingGroup.id]);
  viewers = await Promise.all(
    demoUsers.map(async ({ email }) => {
      const client = await signedIn(server, email);
      const actor = await loadActor(em.fork(), tokenFromCookieHeader(client.cookie), server.env.SESSION_SECRET);
      if (!actor) throw new Error(`no actor for ${email}`);
      return { email, actor, client };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('visit report canary scan: every version of every visit, downloaded by every demo user', () => {
  it('no version carries a canary its downloader or its audience may not read; refusals look like a missing visit', async () => {
    const leaks: string[] = [];
    const refusalsUnlike: string[] = [];
    const seen: Record<Version, Set<string>> = { confidential: new Set(), authority: new Set(), public: new Set() };
    const served: Record<Version, number> = { confidential: 0, authority: 0, public: 0 };
    let pdfsRead = 0;
    let requests = 0;
    const random = seededRandom(SEED + 1);
    const samples = viewers.map(() =>
      visits
        .map((visit) => ({ visit, key: random.next() }))
        .sort((a, b) => a.key - b.key)
        .slice(0, VISITS_PER_VIEWER)
        .map((v) => v.visit),
    );
    await mapConcurrently(viewers, 3, async (viewer, index) => {
      const missing = await get(viewer, `/api/reports/visits/${randomUUID()}/authority.docx`);
      expect(missing.status).toBe(404);
      let pdfs = 0;
      for (const visit of samples[index] ?? []) {
        for (const version of VERSIONS) {
          requests++;
          const answer = await get(viewer, pathOf(visit, version, 'docx'));
          if (answer.status !== 200) {
            if (answer.status !== 404 || answer.body !== missing.body) {
              refusalsUnlike.push(`${viewer.email} ${version} ${visit.id}: ${answer.status}`);
            }
            continue;
          }
          served[version]++;
          const allowed = allowedIn(viewer, version, visit);
          const texts = [await docxText(answer.bytes)];
          if (pdfs < PDFS_PER_VIEWER && version !== 'confidential') {
            pdfs++;
            pdfsRead++;
            const pdf = await get(viewer, pathOf(visit, version, 'pdf'));
            const { text, joined } = await pdfText(pdf.bytes);
            texts.push(text, joined);
          }
          for (const text of texts) {
            for (const canary of text.match(CANARY_PATTERN) ?? []) {
              seen[version].add(canary);
              if (!allowed.has(canary)) leaks.push(`${viewer.email} ${version} ${visit.id}: ${canary}`);
            }
          }
        }
      }
    });
    console.log(
      `report canary scan: ${requests} DOCX requests (${JSON.stringify(served)} served), ${pdfsRead} PDFs, ${viewers.length} users, ${visits.length} visits`,
    );
    expect(leaks).toEqual([]);
    expect(refusalsUnlike).toEqual([]);
    // Not vacuous: every version was produced, and carried planted text.
    for (const version of VERSIONS) {
      expect(served[version], version).toBeGreaterThan(0);
      expect(seen[version].size, version).toBeGreaterThan(0);
    }
    // Personal data reached the visit teams' confidential copies, and only those.
    const personal = new Set(world.canaries.filter((c) => c.guard.kind === 'personal').map((c) => c.value));
    expect([...seen.confidential].some((c) => personal.has(c))).toBe(true);
    expect([...seen.authority, ...seen.public].filter((c) => personal.has(c))).toEqual([]);
    // The State reads the SPT's confidential material about it; the public never does. Not left to the
    // random sample (visit ids, and so the sample, differ from run to run): the viewers and visits whose
    // authority copy may carry SPT-confidential text are asked for it, until one is served.
    const sptCanary = (c: string) => c.startsWith('CANARY-SPT_CONFIDENTIAL-');
    const candidates = viewers
      .flatMap((viewer) => visits.map((visit) => ({ viewer, visit })))
      .filter(({ viewer, visit }) => [...allowedIn(viewer, 'authority', visit)].some(sptCanary));
    for (const { viewer, visit } of candidates) {
      if ([...seen.authority].some(sptCanary)) break;
      const copy = await get(viewer, pathOf(visit, 'authority', 'docx'));
      if (copy.status !== 200) continue;
      const allowed = allowedIn(viewer, 'authority', visit);
      for (const canary of (await docxText(copy.bytes)).match(CANARY_PATTERN) ?? []) {
        expect(allowed.has(canary), canary).toBe(true);
        seen.authority.add(canary);
      }
    }
    expect([...seen.authority].some(sptCanary)).toBe(true);
    expect([...seen.public].filter((c) => c.startsWith('CANARY-SPT_CONFIDENTIAL-'))).toEqual([]);
  }, 240_000);

  it('signed out, only public versions of PUBLIC visits exist; everything else looks like a missing visit', async () => {
    const missing = await get(null, `/api/reports/visits/${randomUUID()}/public.docx`);
    const leaks: string[] = [];
    const publicOnly = new Set(
      entitledCanaries(
        { userId: '', sessionId: '', memberships: [], workingGroups: [] },
        world.canaries.filter(REPORTABLE),
      ),
    );
    for (const visit of visits) {
      for (const version of VERSIONS) {
        const answer = await get(null, pathOf(visit, version, 'docx'));
        if (answer.status === 200) {
          expect(version).toBe('public');
          const text = await docxText(answer.bytes);
          leaks.push(...(text.match(CANARY_PATTERN) ?? []).filter((c) => !publicOnly.has(c)));
        } else expect({ status: answer.status, body: answer.body }).toEqual({ status: 404, body: missing.body });
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
