import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import { Organisation, WorkingGroup } from '../../db/entities/identity.ts';
import { AuthorityResponse, Finding, Recommendation } from '../../db/entities/monitoring.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';
import { entitledCanaries, leakedCanaries, plantCanaries } from '../../test/canary-world.ts';
import type { CanaryWorld } from '../../test/canary-world.ts';
import { seededRandom } from '../../test/query-generator.ts';
import { GraphqlClient, signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { recordFacts } from '../records/facts.ts';
import { todayUtc } from '../recommendation/dates.ts';

const DASHBOARD = /* GraphQL */ `
  query Dashboard($scope: DashboardScopeInput!) {
    dashboard(scope: $scope) {
      kind
      id
      name
      recommendations {
        overall {
          ...Counts
        }
        byAuthority {
          key
          label
          counts {
            ...Counts
          }
        }
        byTheme {
          key
          counts {
            ...Counts
          }
        }
        byPlaceType {
          key
          counts {
            ...Counts
          }
        }
        byPriority {
          key
          counts {
            ...Counts
          }
        }
        byYear {
          key
          counts {
            ...Counts
          }
        }
      }
      findings {
        total
        byAreaAndYear {
          row
          column
          count
        }
        byVulnerabilityAndYear {
          row
          column
          count
        }
        riskFactorsByPlaceType {
          row
          column
          count
        }
      }
      actions {
        total
        overdue
        byStatus {
          status
          count
        }
        jointCommitments {
          organisationId
          organisationName
          total
          done
          inProgress
          overdue
        }
      }
      discrepancies {
        id
        reference
        title
        stateStatus
        monitorStatus
        issuedOn
      }
      repeatedRecommendations {
        id
        reference
        title
        issuedOn
      }
      overdueActions {
        id
        workplanId
        title
        dueDate
        status
        responsibleOrganisationName
      }
    }
  }
  fragment Counts on RecommendationCounts {
    total
    pending
    accepted
    partiallyAccepted
    noted
    rejected
    stateReported
    stateImplemented
    statePartiallyImplemented
    monitorAssessed
    monitorImplemented
    monitorPartiallyImplemented
    discrepancies
    overdueResponses
    repeated
  }
`;

type Scope = { kind: 'ORGANISATION' | 'WORKING_GROUP' | 'COUNTRY'; id: string };
type Counts = Record<string, number>;
type Cell = { row: string; column: string; count: number };
interface DashboardData {
  recommendations: Record<string, { key: string; counts: Counts }[]> & { overall: Counts };
  findings: { total: number; byAreaAndYear: Cell[]; byVulnerabilityAndYear: Cell[]; riskFactorsByPlaceType: Cell[] };
  actions: {
    total: number;
    overdue: number;
    byStatus: { status: string; count: number }[];
    jointCommitments: { organisationId: string; total: number; done: number; inProgress: number; overdue: number }[];
  };
  discrepancies: { id: string }[];
  repeatedRecommendations: { id: string }[];
  overdueActions: { id: string }[];
}

let server: TestServer;
let world: CanaryWorld;
let recommendations: Recommendation[];
let findings: Finding[];
let actions: WorkplanAction[];
let responded: Set<string>;
let organisations: Organisation[];
let groups: WorkingGroup[];

beforeAll(async () => {
  server = await startTestServer();
  world = await plantCanaries(server, seededRandom(20261206));
  const em = server.orm.em.fork() as EntityManager;
  recommendations = await em.find(Recommendation, {}, { populate: ['places', 'ownerOrganisation'] });
  findings = await em.find(Finding, {}, { populate: ['place'] });
  actions = await em.find(WorkplanAction, {}, { populate: ['priority.workplan'] });
  responded = new Set((await em.find(AuthorityResponse, {})).map((r) => r.recommendation.id));
  organisations = await em.find(Organisation, {});
  groups = await em.find(WorkingGroup, {}, { populate: ['members'] });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** The expected figures, computed in memory from every row and the policy's `can`, never from SQL. */
function expected(actor: Actor, scope: Scope) {
  const reads = (record: ShareableRecord<string>) => can(actor, 'record:read', recordFacts(record));
  const about = (record: ShareableRecord<string>, addressee?: string) =>
    scope.kind === 'ORGANISATION'
      ? record.ownerOrganisation.id === scope.id || addressee === scope.id
      : scope.kind === 'WORKING_GROUP'
        ? record.workingGroup?.id === scope.id
        : record.countryCode === scope.id;
  const today = todayUtc();
  const recs = recommendations.filter((r) => reads(r) && about(r, r.addressee.id));
  const counts = (rs: Recommendation[]): Counts => ({
    total: rs.length,
    pending: rs.filter((r) => r.acceptance === 'PENDING').length,
    accepted: rs.filter((r) => r.acceptance === 'ACCEPTED').length,
    partiallyAccepted: rs.filter((r) => r.acceptance === 'PARTIALLY_ACCEPTED').length,
    noted: rs.filter((r) => r.acceptance === 'NOTED').length,
    rejected: rs.filter((r) => r.acceptance === 'REJECTED').length,
    stateReported: rs.filter((r) => r.stateStatus).length,
    stateImplemented: rs.filter((r) => r.stateStatus === 'IMPLEMENTED').length,
    statePartiallyImplemented: rs.filter((r) => r.stateStatus === 'PARTIALLY_IMPLEMENTED').length,
    monitorAssessed: rs.filter((r) => r.monitorStatus).length,
    monitorImplemented: rs.filter((r) => r.monitorStatus === 'IMPLEMENTED').length,
    monitorPartiallyImplemented: rs.filter((r) => r.monitorStatus === 'PARTIALLY_IMPLEMENTED').length,
    discrepancies: rs.filter((r) => r.stateStatus && r.monitorStatus && r.stateStatus !== r.monitorStatus).length,
    overdueResponses: rs.filter((r) => r.responseDueOn < today && !responded.has(r.id)).length,
    repeated: rs.filter((r) => r.repeats).length,
  });
  const by = (keyOf: (r: Recommendation) => string[]) => {
    const groups = new Map<string, Recommendation[]>();
    for (const r of recs) for (const key of new Set(keyOf(r))) groups.set(key, [...(groups.get(key) ?? []), r]);
    return [...groups].map(([key, rs]) => ({ key, counts: counts(rs) })).sort((a, b) => a.key.localeCompare(b.key));
  };
  const finds = findings.filter((f) => reads(f) && about(f));
  const cells = (pairs: [string, string][]): Cell[] => {
    const tally = new Map<string, number>();
    for (const [row, column] of pairs)
      tally.set(`${row}\u0000${column}`, (tally.get(`${row}\u0000${column}`) ?? 0) + 1);
    return [...tally]
      .map(([k, count]) => {
        const [row = '', column = ''] = k.split('\u0000');
        return { row, column, count };
      })
      .sort((a, b) => a.row.localeCompare(b.row) || a.column.localeCompare(b.column));
  };
  const year = (f: Finding) => String(f.createdAt.getUTCFullYear());
  const acts = actions.filter((a) => {
    const w = a.priority.workplan;
    const inScope = scope.kind === 'ORGANISATION' ? about(w) || a.responsibleOrganisation.id === scope.id : about(w);
    return reads(w) && inScope;
  });
  const overdue = (a: WorkplanAction) =>
    a.dueDate != null && a.dueDate < today && !['DONE', 'CANCELLED'].includes(a.status);
  const statuses = new Map<string, number>();
  for (const a of acts) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
  const joint = new Map<string, WorkplanAction[]>();
  for (const a of acts.filter((x) => x.jointCommitment)) {
    joint.set(a.responsibleOrganisation.id, [...(joint.get(a.responsibleOrganisation.id) ?? []), a]);
  }
  const isDiscrepancy = (r: Recommendation) =>
    !!r.stateStatus && !!r.monitorStatus && r.stateStatus !== r.monitorStatus;
  return {
    overall: counts(recs),
    byAuthority: by((r) => [r.addressee.id]),
    byTheme: by((r) => [r.theme]),
    byPlaceType: by((r) =>
      r.places
        .getItems()
        .filter(reads)
        .map((p) => p.type),
    ),
    byPriority: by((r) => [r.priority]),
    byYear: by((r) => [r.issuedOn.slice(0, 4)]),
    findings: {
      total: finds.length,
      byAreaAndYear: cells(finds.map((f) => [f.monitoringArea, year(f)])),
      byVulnerabilityAndYear: cells(
        finds.flatMap((f) => [...new Set(f.vulnerabilities)].map((v) => [v, year(f)] as [string, string])),
      ),
      riskFactorsByPlaceType: cells(
        finds
          .filter((f) => reads(f.place))
          .flatMap((f) => f.riskFactors.map((rf) => [rf, f.place.type] as [string, string])),
      ),
    },
    actions: {
      total: acts.length,
      overdue: acts.filter(overdue).length,
      byStatus: [...statuses]
        .map(([status, count]) => ({ status, count }))
        .sort((a, b) => a.status.localeCompare(b.status)),
      jointCommitments: [...joint]
        .map(([organisationId, as]) => ({
          organisationId,
          total: as.length,
          done: as.filter((a) => a.status === 'DONE').length,
          inProgress: as.filter((a) => a.status === 'IN_PROGRESS').length,
          overdue: as.filter(overdue).length,
        }))
        .sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    },
    discrepancyIds: new Set(recs.filter(isDiscrepancy).map((r) => r.id)),
    repeatedIds: new Set(recs.filter((r) => r.repeats).map((r) => r.id)),
    overdueActionIds: new Set(acts.filter(overdue).map((a) => a.id)),
  };
}

const byKey = (rows: { key: string; counts: Counts }[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
const sortCells = (cells: Cell[]) =>
  [...cells].sort((a, b) => a.row.localeCompare(b.row) || a.column.localeCompare(b.column));

function scopesToCheck(): Scope[] {
  const demoOrgs = organisations.filter((o) => demoUsers.length && o.name);
  return [
    { kind: 'COUNTRY', id: 'XV' },
    { kind: 'COUNTRY', id: 'XS' },
    ...demoOrgs.map((o) => ({ kind: 'ORGANISATION' as const, id: o.id })),
    ...groups.map((g) => ({ kind: 'WORKING_GROUP' as const, id: g.id })),
  ];
}

describe('dashboards under the canary world', () => {
  it('every figure, for every demo user and scope, counts exactly what the policy lets the user read', async () => {
    let compared = 0;
    for (const { email } of demoUsers) {
      const client = await signedIn(server, email);
      const actor = await loadActor(
        server.orm.em.fork() as EntityManager,
        tokenFromCookieHeader(client.cookie ?? ''),
        server.env.SESSION_SECRET,
      );
      if (!actor) throw new Error(`no actor for ${email}`);
      const entitled = entitledCanaries(actor, world.canaries);
      for (const scope of scopesToCheck()) {
        const group = groups.find((g) => g.id === scope.id);
        const res = await client.request<{ dashboard: DashboardData }>(DASHBOARD, { scope });
        const readsGroup =
          group &&
          can(actor, 'workingGroup:read', {
            workingGroupId: group.id,
            memberOrganisationIds: group.members.getItems().map((m) => m.organisation.id),
          });
        if (group && !readsGroup) {
          // An unreadable working group answers exactly like a missing one.
          expect(
            res.errors?.map((e) => e.extensions?.code),
            `${email} ${group.name}`,
          ).toEqual(['NOT_FOUND']);
          expect(res.data).toBeNull();
          continue;
        }
        expect(res.errors, `${email} ${scope.kind} ${scope.id}`).toBeUndefined();
        const text = JSON.stringify(res.data);
        expect(leakedCanaries(text, entitled), `${email} ${scope.kind} ${scope.id}`).toEqual([]);
        const got = res.data!.dashboard;
        const want = expected(actor, scope);
        const label = `${email} ${scope.kind} ${scope.id}`;
        expect(got.recommendations.overall, label).toEqual(want.overall);
        for (const dim of ['byAuthority', 'byTheme', 'byPlaceType', 'byPriority', 'byYear'] as const) {
          const rows = byKey(got.recommendations[dim]!).map(({ key, counts }) => ({ key, counts }));
          expect(rows, `${label} ${dim}`).toEqual(want[dim]);
        }
        expect(got.findings.total, label).toBe(want.findings.total);
        expect(sortCells(got.findings.byAreaAndYear), label).toEqual(want.findings.byAreaAndYear);
        expect(sortCells(got.findings.byVulnerabilityAndYear), label).toEqual(want.findings.byVulnerabilityAndYear);
        expect(sortCells(got.findings.riskFactorsByPlaceType), label).toEqual(want.findings.riskFactorsByPlaceType);
        expect(got.actions.total, label).toBe(want.actions.total);
        expect(got.actions.overdue, label).toBe(want.actions.overdue);
        expect(
          [...got.actions.byStatus].sort((a, b) => a.status.localeCompare(b.status)),
          label,
        ).toEqual(want.actions.byStatus);
        expect(
          got.actions.jointCommitments
            .map(({ organisationId, total, done, inProgress, overdue }) => ({
              organisationId,
              total,
              done,
              inProgress,
              overdue,
            }))
            .sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
          label,
        ).toEqual(want.actions.jointCommitments);
        for (const [list, ids] of [
          [got.discrepancies, want.discrepancyIds],
          [got.repeatedRecommendations, want.repeatedIds],
          [got.overdueActions, want.overdueActionIds],
        ] as const) {
          expect(list.length, label).toBe(Math.min(20, ids.size));
          for (const item of list) expect(ids.has(item.id), label).toBe(true);
        }
        compared++;
      }
    }
    console.log(`dashboards compared with the policy: ${compared}`);
    // The canary world must actually exercise the figures.
    expect(compared).toBeGreaterThan(demoUsers.length * 4);
  }, 120_000);

  it('an unknown organisation, working group or country answers NOT_FOUND, like an unreadable one', async () => {
    const client = await signedIn(server, demoUsers[0]!.email);
    for (const scope of [
      { kind: 'ORGANISATION', id: '00000000-0000-4000-8000-000000000000' },
      { kind: 'ORGANISATION', id: 'not-an-id' },
      { kind: 'WORKING_GROUP', id: '00000000-0000-4000-8000-000000000000' },
      { kind: 'COUNTRY', id: 'ZZ' },
      { kind: 'COUNTRY', id: 'Mexico' },
    ]) {
      const res = await client.request(DASHBOARD, { scope });
      expect(
        res.errors?.map((e) => e.extensions?.code),
        JSON.stringify(scope),
      ).toEqual(['NOT_FOUND']);
    }
  });

  it('each recommendation figure equals the count of the filtered tracker list it links to', async () => {
    const LIST = /* GraphQL */ `
      query List($filter: RecommendationFilter) {
        recommendations(filter: $filter, limit: 1) {
          totalCount
        }
      }
    `;
    let checked = 0;
    for (const email of ['ana.mnp@demo.opcat', 'diego.voces@demo.opcat', 'fernando.minjus@demo.opcat']) {
      const client = await signedIn(server, email);
      for (const [scope, scopeFilter] of [
        [{ kind: 'COUNTRY', id: 'XV' }, { countryCode: 'XV' }],
        [{ kind: 'ORGANISATION', id: organisations.find((o) => o.countryCode === 'XV' && o.kind === 'NPM')!.id }, null],
      ] as const) {
        const filterOf = scopeFilter ?? { aboutOrganisationId: scope.id };
        const res = await client.request<{ dashboard: DashboardData }>(DASHBOARD, { scope });
        const figures = res.data!.dashboard.recommendations;
        const count = async (narrowing: Record<string, unknown>) => {
          const list = await client.request<{ recommendations: { totalCount: number } }>(LIST, {
            filter: { ...filterOf, ...narrowing },
          });
          checked++;
          return list.data?.recommendations.totalCount;
        };
        expect(await count({}), email).toBe(figures.overall.total);
        expect(await count({ overdue: true }), email).toBe(figures.overall.overdueResponses);
        expect(await count({ stateStatus: ['IMPLEMENTED'] }), email).toBe(figures.overall.stateImplemented);
        expect(await count({ monitorStatus: ['IMPLEMENTED'] }), email).toBe(figures.overall.monitorImplemented);
        for (const row of figures.byAuthority!)
          expect(await count({ addresseeId: row.key }), email).toBe(row.counts.total);
        for (const row of figures.byPriority!) expect(await count({ priority: row.key }), email).toBe(row.counts.total);
        for (const row of figures.byYear!)
          expect(await count({ issuedYear: Number(row.key) }), email).toBe(row.counts.total);
        // Both count only linked places the viewer reads (the tracker's placeTypes filter goes through the scope).
        for (const row of figures.byPlaceType!) {
          expect(await count({ placeTypes: [row.key] }), email).toBe(row.counts.total);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  }, 60_000);

  it('a signed-out visitor gets no dashboard', async () => {
    const res = await new GraphqlClient(server).request(DASHBOARD, { scope: { kind: 'COUNTRY', id: 'XV' } });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
