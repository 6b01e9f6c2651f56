import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Classification, Role } from '@opcat/domain';
import { Membership, Organisation, User } from '../db/entities/identity.ts';
import { Finding, Place, Visit } from '../db/entities/monitoring.ts';
import { demoOrganisations } from '../db/demo-world.ts';
import { AliasBatch, errorsByAlias } from '../test/batch.ts';
import { mapConcurrently } from '../test/concurrency.ts';
import { signedIn, startTestServer } from '../test/server.ts';
import type { TestServer, GraphqlClient } from '../test/server.ts';

/**
 * After any sequence of creating findings, sharing, reclassifying, publishing and changing
 * memberships, nobody reads an SPT-confidential finding unless the brief's table entitles them:
 * the SPT; a State authority of the record's country; that country's NPM only when named in the
 * share. The entitlement is computed here from the rows, independently of the policy module.
 */

const PASSWORD = 'property-test-password';
const NUM_RUNS = 40;

type OrgKey = 'spt' | 'ministry' | 'xsState' | 'npm' | 'npm2' | 'cso1' | 'ohchr' | 'partner';
/** Organisations an admin may add a floating person to, and their admins. */
const MEMBER_TARGETS = ['spt', 'ministry', 'xsState', 'npm', 'npm2'] as const;
type Target = (typeof MEMBER_TARGETS)[number];
const ADMIN_OF: Record<Target, string> = {
  spt: 'spt.admin@property.test',
  ministry: 'fernando.minjus@demo.opcat',
  xsState: 'xs.admin@property.test',
  npm: 'ana.mnp@demo.opcat',
  npm2: 'lucia.mnpsa@demo.opcat',
};
const FLOATERS = ['floater.one@property.test', 'floater.two@property.test'] as const;
/** Whose reads are checked after every step: one of every kind of reader, and the floaters. */
const READERS = [
  'ines.spt@demo.opcat',
  'fernando.minjus@demo.opcat',
  'gabriela.policia@demo.opcat',
  'xs.admin@property.test',
  'ana.mnp@demo.opcat',
  'lucia.mnpsa@demo.opcat',
  'diego.voces@demo.opcat',
  'hannah.ohchr@demo.opcat',
  ...FLOATERS,
];
/** Who attempts the sharing, reclassification and publication steps (allowed or not). */
const DECIDERS = [
  'spt.admin@property.test',
  'ines.spt@demo.opcat',
  'fernando.minjus@demo.opcat',
  'xs.admin@property.test',
  'ana.mnp@demo.opcat',
  'lucia.mnpsa@demo.opcat',
  ...FLOATERS,
];
const SHAREABLE_WITH: OrgKey[] = ['npm', 'npm2', 'cso1', 'ministry'];
const ALL_CLASSIFICATIONS: Classification[] = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL'];

type Step =
  | {
      kind: 'create';
      owner: 'spt' | 'npm' | 'cso1';
      classification: Classification;
      country: 'XV' | 'XS';
      share: OrgKey[];
    }
  | { kind: 'share'; record: number; by: string; share: OrgKey[] }
  | { kind: 'reclassify'; record: number; by: string; to: Classification }
  | { kind: 'publish'; record: number; by: string }
  | { kind: 'addMember'; floater: number; target: Target; role: Role }
  | { kind: 'removeMember'; floater: number; target: Target };

const shareArb = fc.subarray(SHAREABLE_WITH);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    owner: fc.constantFrom('spt' as const, 'spt' as const, 'npm' as const, 'cso1' as const),
    classification: fc.constantFrom(...ALL_CLASSIFICATIONS),
    country: fc.constantFrom('XV' as const, 'XS' as const),
    share: shareArb,
  }),
  fc.record({
    kind: fc.constant('share' as const),
    record: fc.nat(),
    by: fc.constantFrom(...DECIDERS),
    share: shareArb,
  }),
  fc.record({
    kind: fc.constant('reclassify' as const),
    record: fc.nat(),
    by: fc.constantFrom(...DECIDERS),
    to: fc.constantFrom(...ALL_CLASSIFICATIONS),
  }),
  fc.record({ kind: fc.constant('publish' as const), record: fc.nat(), by: fc.constantFrom(...DECIDERS) }),
  fc.record({
    kind: fc.constant('addMember' as const),
    floater: fc.nat({ max: FLOATERS.length - 1 }),
    target: fc.constantFrom(...MEMBER_TARGETS),
    role: fc.constantFrom<Role>('ADMIN', 'EDITOR', 'CONTRIBUTOR', 'VIEWER'),
  }),
  fc.record({
    kind: fc.constant('removeMember' as const),
    floater: fc.nat({ max: FLOATERS.length - 1 }),
    target: fc.constantFrom(...MEMBER_TARGETS),
  }),
);

let server: TestServer;
let organisations: Record<OrgKey, Organisation>;
const clients = new Map<string, GraphqlClient>();
const passwords = new Map<string, string | undefined>();
const userIds = new Map<string, string>();
const placeAndVisit = new Map<string, { place: string; visit: string }>();
let run = 0;
const stats = { checks: 0, entitledReads: 0, refusedReads: 0, npmNamedReads: 0 };

function client(email: string): GraphqlClient {
  const found = clients.get(email);
  if (!found) throw new Error(`no client for ${email}`);
  return found;
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.orm.em.fork() as EntityManager;
  const all = await em.find(Organisation, {});
  const demo = (key: string) => {
    const name = demoOrganisations.find((o) => o.key === key)?.name;
    const found = all.find((o) => o.name === name);
    if (!found) throw new Error(`no demo organisation ${key}`);
    return found;
  };
  const xsState = all.find((o) => o.kind === 'STATE_AUTHORITY' && o.countryCode === 'XS');
  if (!xsState) throw new Error('no State authority of XS in the demo world');
  organisations = {
    spt: demo('spt'),
    ministry: demo('ministry'),
    xsState,
    npm: demo('npm'),
    npm2: demo('npm2'),
    cso1: demo('cso1'),
    ohchr: demo('ohchr'),
    partner: demo('partner'),
  };
  // Real argon2id sign-ins over HTTP, with a cheap hash for the accounts made here.
  const passwordHash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  const newUser = (email: string, organisation: Organisation, role: Role) => {
    const user = em.create(User, { email, displayName: email, passwordHash });
    em.create(Membership, { user, organisation, role });
    passwords.set(email, PASSWORD);
  };
  newUser('spt.admin@property.test', organisations.spt, 'ADMIN');
  newUser('xs.admin@property.test', organisations.xsState, 'ADMIN');
  for (const floater of FLOATERS) newUser(floater, organisations.partner, 'VIEWER');
  const creator = await em.findOneOrFail(User, { email: 'ines.spt@demo.opcat' });
  for (const owner of ['spt', 'npm', 'cso1'] as const) {
    const columns = { ownerOrganisation: organisations[owner], createdBy: creator, countryCode: 'XV' };
    const place = em.create(Place, {
      ...columns,
      name: `Property place of ${owner}`,
      type: 'PRISON',
      responsibleAuthority: organisations.ministry,
    });
    const visit = em.create(Visit, { ...columns, type: 'SPT_REGULAR', startDate: '2026-04-01' });
    placeAndVisit.set(owner, { place: place.id, visit: visit.id });
  }
  await em.flush();
  const everyone = [...new Set([...READERS, ...DECIDERS, ...Object.values(ADMIN_OF)])];
  for (const user of await em.find(User, { email: { $in: everyone } })) userIds.set(user.email, user.id);
  await mapConcurrently(everyone, 4, async (email) => {
    clients.set(email, await signedIn(server, email, passwords.get(email)));
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

interface RunState {
  tag: string;
  findings: string[];
  /** The rows the invariant was last checked against. */
  lastChecked?: string;
}

/** Starts a run from the same memberships: each floater belongs to the partner organisation only. */
async function resetMemberships(): Promise<void> {
  const em = server.orm.em.fork();
  for (const floater of FLOATERS) {
    await em.nativeDelete(Membership, {
      user: userIds.get(floater),
      organisation: { $ne: organisations.partner.id },
    });
  }
  // Deleted behind the app's back: the instance's actor cache hears it as a notification (decision
  // 0038). The run starts once the instance has heard it, as any request a moment later would find.
  await server.services.actors.barrier();
}

async function applyStep(state: RunState, step: Step): Promise<string | null> {
  const recordId = (index: number) => state.findings[index % Math.max(state.findings.length, 1)];
  switch (step.kind) {
    case 'create': {
      const em = server.orm.em.fork();
      const where = placeAndVisit.get(step.owner);
      if (!where) throw new Error(`no visit of ${step.owner}`);
      // Only an SPT may own SPT-confidential material: another owner's record gets ORGANISATION.
      const classification =
        step.classification === 'SPT_CONFIDENTIAL' && step.owner !== 'spt' ? 'ORGANISATION' : step.classification;
      const finding = em.create(Finding, {
        ownerOrganisation: organisations[step.owner],
        createdBy: userIds.get('ines.spt@demo.opcat') as string,
        classification,
        countryCode: step.country,
        sharedWith: step.share.map((k) => organisations[k].id),
        visit: where.visit,
        place: where.place,
        title: `${state.tag}-${state.findings.length}`,
        monitoringArea: 'TREATMENT',
        severity: 'HIGH',
      });
      await em.flush();
      state.findings.push(finding.id);
      return finding.id;
    }
    case 'share': {
      const id = recordId(step.record);
      if (!id) return null;
      await client(step.by).request(
        `mutation($input: ShareRecordInput!) { shareRecord(input: $input) { userErrors { code } } }`,
        { input: { recordType: 'FINDING', recordId: id, organisationIds: step.share.map((k) => organisations[k].id) } },
      );
      return id;
    }
    case 'reclassify': {
      const id = recordId(step.record);
      if (!id) return null;
      await client(step.by).request(
        `mutation($input: ReclassifyRecordInput!) { reclassifyRecord(input: $input) { userErrors { code } } }`,
        { input: { recordType: 'FINDING', recordId: id, classification: step.to } },
      );
      return id;
    }
    case 'publish': {
      const id = recordId(step.record);
      if (!id) return null;
      await client(step.by).request(
        `mutation($input: AuthorisePublicationInput!) { authorisePublication(input: $input) { userErrors { code } } }`,
        { input: { recordType: 'FINDING', recordId: id } },
      );
      return id;
    }
    case 'addMember': {
      const email = FLOATERS[step.floater] as string;
      await client(ADMIN_OF[step.target]).request(
        `mutation($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }`,
        { input: { organisationId: organisations[step.target].id, email, displayName: email, role: step.role } },
      );
      return null;
    }
    case 'removeMember': {
      const email = FLOATERS[step.floater] as string;
      const membership = await server.orm.em
        .fork()
        .findOne(Membership, { user: userIds.get(email), organisation: organisations[step.target].id });
      if (!membership) return null;
      await client(ADMIN_OF[step.target]).request(
        `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { userErrors { code } } }`,
        { input: { membershipId: membership.id } },
      );
      // Removal revokes every session of the person: they sign in again with what is left.
      clients.set(email, await signedIn(server, email, PASSWORD));
      return null;
    }
  }
}

interface Fact {
  id: string;
  classification: Classification;
  countryCode: string | null;
  sharedWith: string[];
}

/** The brief's table for SPT_CONFIDENTIAL, applied to the memberships as they are in the database. */
function entitled(memberships: { kind: string; country: string | null; id: string }[], record: Fact): boolean {
  return memberships.some(
    (m) =>
      m.kind === 'SPT' ||
      (m.kind === 'STATE_AUTHORITY' && m.country === record.countryCode) ||
      (m.kind === 'NPM' && m.country === record.countryCode && record.sharedWith.includes(m.id)),
  );
}

/** Every reader lists exactly the SPT-confidential findings of the run they are entitled to; direct reads agree. */
async function checkInvariant(state: RunState, touched: string | null): Promise<string[]> {
  const em = server.orm.em.fork();
  const rows = await em.find(Finding, { id: { $in: state.findings } });
  const confidential: Fact[] = rows
    .filter((r) => r.classification === 'SPT_CONFIDENTIAL')
    .map((r) => ({ id: r.id, classification: r.classification, countryCode: r.countryCode, sharedWith: r.sharedWith }));
  const memberships = await em.find(
    Membership,
    { user: { $in: READERS.map((e) => userIds.get(e) as string) } },
    { populate: ['organisation'] },
  );
  // The invariant depends on these rows only: when a step changed none of them (a refused or
  // idempotent change), the answers cannot have changed either and the API is not asked again.
  const snapshot = JSON.stringify([
    confidential.map((r) => [r.id, r.countryCode, [...r.sharedWith].sort()]).sort(),
    memberships.map((m) => [m.user.id, m.organisation.id]).sort(),
  ]);
  if (snapshot === state.lastChecked) return [];
  state.lastChecked = snapshot;
  const problems: string[] = [];
  await mapConcurrently(READERS, 8, async (email) => {
    const mine = memberships
      .filter((m) => m.user.id === userIds.get(email))
      .map((m) => ({ kind: m.organisation.kind, country: m.organisation.countryCode, id: m.organisation.id }));
    const expected = new Set(confidential.filter((r) => entitled(mine, r)).map((r) => r.id));
    const list = new AliasBatch('query');
    list.add(
      'list',
      `findings(filter: { classification: SPT_CONFIDENTIAL, search: ${list.variable('String', `${state.tag}-`)} }, limit: 200) { totalCount nodes { id } }`,
    );
    const listed = await list.run<{ list: { totalCount: number; nodes: { id: string }[] } }>(client(email));
    const ids = new Set(listed.data?.list.nodes.map((n) => n.id));
    const extra = [...ids].filter((id) => !expected.has(id));
    const missing = [...expected].filter((id) => !ids.has(id));
    if (listed.errors || extra.length || missing.length || listed.data?.list.totalCount !== expected.size) {
      problems.push(`${email} lists ${JSON.stringify({ extra, missing, errors: listed.errors })}`);
    }
    // The record the step touched, read directly by id: readable exactly when entitled.
    const record = confidential.find((r) => r.id === touched);
    if (record) {
      const read = new AliasBatch('query');
      read.add('finding', `finding(id: ${read.variable('ID!', record.id)}) { id }`);
      const answer = await read.run<{ finding: { id: string } }>(client(email));
      const readable = !errorsByAlias(answer.errors).has('finding') && answer.data?.finding.id === record.id;
      const allowed = expected.has(record.id);
      stats.checks++;
      if (allowed) stats.entitledReads++;
      else stats.refusedReads++;
      if (allowed && mine.some((m) => m.kind === 'NPM')) stats.npmNamedReads++;
      if (readable !== allowed) problems.push(`${email} reads ${record.id}: ${readable}, entitled: ${allowed}`);
    }
  });
  return problems;
}

describe('SPT-confidential findings under random sequences of changes', () => {
  it('nobody but the SPT, the State concerned and its NPM when named ever reads one, after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 25, size: 'max' }), async (steps) => {
        run++;
        await resetMemberships();
        const state: RunState = { tag: `prop${run}x${Date.now().toString(36)}`, findings: [] };
        for (const [index, step] of steps.entries()) {
          const touched = await applyStep(state, step);
          const problems = await checkInvariant(state, touched);
          if (problems.length) {
            throw new Error(`after step ${index} ${JSON.stringify(step)}:\n${problems.join('\n')}`);
          }
        }
      }),
      {
        numRuns: NUM_RUNS,
        endOnFailure: true,
        // Run first, so that every run sees an NPM read what the SPT named it in: the random sequences
        // reached that in 2 to 10 of 50 to 100 checks, and in none in one whole-suite run.
        examples: [
          [[{ kind: 'create', owner: 'spt', classification: 'SPT_CONFIDENTIAL', country: 'XV', share: ['npm'] }]],
        ],
      },
    );
    // The property saw both sides: entitled readers, refused ones, and an NPM reading what the SPT shared.
    expect(stats.entitledReads).toBeGreaterThan(0);
    expect(stats.refusedReads).toBeGreaterThan(0);
    expect(stats.npmNamedReads).toBeGreaterThan(0);
  }, 300_000);
});
