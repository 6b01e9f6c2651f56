import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCEPTANCES, IMPLEMENTATION_STATUSES, PLACE_TYPES, RISK_FACTORS, VULNERABILITIES } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { loadActor } from '../../auth/load-actor.ts';
import { tokenFromCookieHeader } from '../../auth/session.ts';
import { demoUsers } from '../../db/demo-world.ts';
import type { OperationContext } from '../../operation/context.ts';
import { plantCanaries } from '../../test/canary-world.ts';
import { seededRandom } from '../../test/query-generator.ts';
import type { Random } from '../../test/query-generator.ts';
import { signedIn, startTestServer } from '../../test/server.ts';
import type { TestServer } from '../../test/server.ts';
import { todayUtc } from '../recommendation/dates.ts';
import { resolveDashboard } from './dashboard-scope.ts';
import type { DashboardScopeInput } from './dashboard-scope.ts';
import { findingFigures, findingFiguresDirectSql, findingFiguresOf } from './finding-figures.ts';
import type { FindingFigureRow } from './finding-figures.ts';
import {
  recommendationFigures,
  recommendationFiguresDirectSql,
  recommendationFiguresOf,
} from './recommendation-figures.ts';
import type { RecommendationFigureRow } from './recommendation-figures.ts';
import { runSql } from './run.ts';

/**
 * The tallies (decision 0033) against the direct count of the readable rows: after the canary world,
 * then after rounds of random writes by the application's role (reclassifications, share lists,
 * working groups, States, place types, new and deleted findings, responses, place links, due dates
 * this month), every demo user's every dashboard answers the same from the tally as from counting.
 */

let server: TestServer;
let actors: { email: string; actor: Actor }[];
let organisationIds: string[];
let groupIds: string[];
const random = seededRandom(20261207);

const CLASSIFICATIONS = ['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION', 'SPT_CONFIDENTIAL'] as const;

/** Runs one statement as the application's role (the triggers must keep the tallies under its writes). */
async function run<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await server.orm.em.getConnection().execute(text, params)) as T[];
}

beforeAll(async () => {
  server = await startTestServer();
  await plantCanaries(server, seededRandom(20261206));
  actors = [];
  for (const { email } of demoUsers) {
    const client = await signedIn(server, email);
    const actor = await loadActor(
      server.orm.em.fork() as EntityManager,
      tokenFromCookieHeader(client.cookie ?? ''),
      server.env.SESSION_SECRET,
    );
    if (!actor) throw new Error(`no actor for ${email}`);
    actors.push({ email, actor });
  }
  organisationIds = (await run<{ id: string }>('select id from organisation order by id')).map((r) => r.id);
  groupIds = (await run<{ id: string }>('select id from working_group order by id')).map((r) => r.id);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Read-scope facts drawn at random (share lists unsorted, sometimes with a duplicate). */
function randomFacts(r: Random) {
  const shared = Array.from({ length: r.int(0, 3) }, () => r.pick(organisationIds));
  if (shared.length && r.chance(0.2)) shared.push(shared[0]!);
  return {
    classification: r.pick(CLASSIFICATIONS),
    owner: r.pick(organisationIds),
    group: r.chance(0.3) ? null : r.pick(groupIds),
    country: r.pick(['XV', 'XS', null]),
    shared: `{${shared.join(',')}}`,
  };
}

const FACTS_SET = `classification = ?, owner_organisation_id = ?, working_group_id = ?, country_code = ?, shared_with = ?::text[]`;
const factParams = (f: ReturnType<typeof randomFacts>) => [f.classification, f.owner, f.group, f.country, f.shared];
const someIds = async (table: string, r: Random, n: number, where = 'true') => {
  const ids = (await run<{ id: string }>(`select id from ${table} where ${where} order by id`)).map((x) => x.id);
  return Array.from({ length: Math.min(n, ids.length) }, () => r.pick(ids));
};
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const textArray = (items: readonly string[]) => `{${items.join(',')}}`;

/** One random write, as one statement (some touching many rows). */
async function randomWrite(r: Random) {
  const kind = r.int(0, 11);
  switch (kind) {
    case 0: {
      for (const id of await someIds('finding', r, 3))
        await run(`update finding set ${FACTS_SET} where id = ?`, [...factParams(randomFacts(r)), id]);
      return;
    }
    case 1: {
      // Many rows in one statement: risk factors and situations of vulnerability.
      const salt = String(r.int(0, 1e6));
      const risks = textArray(RISK_FACTORS.filter(() => r.chance(0.3)));
      const vulns = textArray(VULNERABILITIES.filter(() => r.chance(0.3)));
      await run(
        `update finding set risk_factors = ?::text[], vulnerabilities = ?::text[] where md5(id::text || ?) < '6'`,
        [risks, vulns, salt],
      );
      return;
    }
    case 2: {
      // New findings copied from existing ones with other facts and another place.
      const [place] = await someIds('place', r, 1);
      const f = randomFacts(r);
      await run(
        `insert into finding select (jsonb_populate_record(null::finding, to_jsonb(f) || jsonb_build_object(
           'id', gen_random_uuid(), 'title', 'tally copy', 'classification', ?::text, 'owner_organisation_id', ?::uuid,
           'working_group_id', ?::uuid, 'country_code', ?::text, 'shared_with', ?::text[], 'place_id', ?::uuid,
           'created_at', now() - (random() * interval '900 days')))).*
         from finding f where md5(f.id::text || ?) < '3' limit 4`,
        [...factParams(f), place, String(r.int(0, 1e6))],
      );
      return;
    }
    case 3: {
      await run(`delete from finding where title = 'tally copy' and md5(id::text || ?) < '8'`, [String(r.int(0, 1e6))]);
      return;
    }
    case 4: {
      // A place changes its facts or type: its findings' risk counts and its recommendations move.
      for (const id of await someIds('place', r, 2)) {
        await run(`update place set ${FACTS_SET}, type = ? where id = ?`, [
          ...factParams(randomFacts(r)),
          r.pick(PLACE_TYPES),
          id,
        ]);
      }
      return;
    }
    case 5: {
      for (const id of await someIds('recommendation', r, 3)) {
        await run(`update recommendation set ${FACTS_SET}, addressee_id = ? where id = ?`, [
          ...factParams(randomFacts(r)),
          r.pick(organisationIds),
          id,
        ]);
      }
      return;
    }
    case 6: {
      for (const id of await someIds('recommendation', r, 4)) {
        await run(
          `update recommendation set acceptance = ?, state_status = ?, monitor_status = ?, theme = ?, priority = ?,
             issued_on = ?::date, response_due_on = ?::date where id = ?`,
          [
            r.pick(ACCEPTANCES),
            r.chance(0.3) ? null : r.pick(IMPLEMENTATION_STATUSES),
            r.chance(0.3) ? null : r.pick(IMPLEMENTATION_STATUSES),
            r.pick(['', 'Salud', 'Registros', 'Trato']),
            r.pick(['HIGH', 'MEDIUM', 'LOW']),
            `${r.int(2021, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
            // Due days ago (between the clock's dates below), today, later, or long ago.
            r.pick([daysAgo(3), daysAgo(20), todayUtc(), daysAgo(-30), '2025-06-15']),
            id,
          ],
        );
      }
      return;
    }
    case 7: {
      const [id] = await someIds('recommendation', r, 1);
      const [user] = (await run('select id from user_account order by id limit 1')) as { id: string }[];
      await run(
        `insert into authority_response (id, recommendation_id, author_organisation_id, responded_on, text, acceptance,
           proposed_timeline, recorded_by_id, recorded_at)
         values (gen_random_uuid(), ?, ?, current_date, 'tally', 'ACCEPTED', '', ?, now())`,
        [id, r.pick(organisationIds), user!.id],
      );
      return;
    }
    case 8: {
      for (const id of await someIds('authority_response', r, 2))
        await run('delete from authority_response where id = ?', [id]);
      return;
    }
    case 9: {
      const [rec] = await someIds('recommendation', r, 1);
      for (const place of await someIds('place', r, 2)) {
        await run(
          'insert into recommendation_place (recommendation_id, place_id) values (?, ?) on conflict do nothing',
          [rec, place],
        );
      }
      return;
    }
    case 10: {
      const links = (await run('select recommendation_id, place_id from recommendation_place order by 1, 2')) as {
        recommendation_id: string;
        place_id: string;
      }[];
      if (!links.length) return;
      const link = r.pick(links);
      await run('delete from recommendation_place where recommendation_id = ? and place_id = ?', [
        link.recommendation_id,
        link.place_id,
      ]);
      return;
    }
    default: {
      // Many recommendations in one statement.
      await run(
        `update recommendation set repeats_id = case when repeats_id is null then id end where md5(id::text || ?) < '4'`,
        [String(r.int(0, 1e6))],
      );
    }
  }
}

function scopes(): DashboardScopeInput[] {
  return [
    { kind: 'COUNTRY', id: 'XV' },
    { kind: 'COUNTRY', id: 'XS' },
    ...organisationIds.map((id) => ({ kind: 'ORGANISATION' as const, id })),
    ...groupIds.map((id) => ({ kind: 'WORKING_GROUP' as const, id })),
  ];
}

/** Every demo user's every dashboard: the tally's answer equals the direct count. Returns how many were compared. */
async function compareAll(label: string): Promise<number> {
  let compared = 0;
  for (const { email, actor } of actors) {
    const ctx = { em: server.orm.em.fork(), actor } as unknown as OperationContext & { actor: Actor };
    for (const scope of scopes()) {
      const dashboard = await resolveDashboard(ctx, scope).catch(() => null);
      if (!dashboard) continue; // an unreadable working group: NOT_FOUND, as the canary test checks
      const where = `${label}: ${email} ${scope.kind} ${scope.id}`;
      const directFindings = findingFiguresOf(
        await runSql<FindingFigureRow>(ctx, findingFiguresDirectSql(ctx, dashboard)),
      );
      expect(await findingFigures(ctx, dashboard), where).toEqual(directFindings);
      const directRecommendations = recommendationFiguresOf(
        await runSql<RecommendationFigureRow>(ctx, recommendationFiguresDirectSql(ctx, dashboard)),
      );
      expect(await recommendationFigures(ctx, dashboard), where).toEqual(directRecommendations);
      compared++;
    }
  }
  return compared;
}

describe('dashboard tallies', () => {
  it('equal the direct count of the readable rows, for every demo user and scope, under random writes', async () => {
    let compared = await compareAll('canary world');
    for (let round = 1; round <= 3; round++) {
      for (let i = 0; i < 25; i++) await randomWrite(random);
      compared += await compareAll(`after round ${round}`);
    }
    // The clock: counted as of 30 days ago (the tally made consistent with that date, as the day
    // after a quiet month would find it), the next read moves it to today and refreshes what fell due.
    // One unanswered recommendation at least falls due within that month (the random writes, which pick
    // rows by random ids, may have answered or moved every one).
    await run(
      `update recommendation set response_due_on = ?::date where id = (select r.id from recommendation r
         where not exists (select 1 from authority_response a where a.recommendation_id = r.id) order by r.id limit 1)`,
      [daysAgo(10)],
    );
    const owner = server.ownerOrm.em.getConnection();
    await owner.execute(`update dashboard_tally_clock set as_of = ?::date`, [daysAgo(30)]);
    await owner.execute(`select public.recommendation_tally_refresh(array(select id from recommendation))`);
    const [due] = await run<{ n: number }>(
      `select count(*)::int as n from recommendation r where response_due_on >= ?::date and response_due_on < ?::date
         and not exists (select 1 from authority_response a where a.recommendation_id = r.id)`,
      [daysAgo(30), todayUtc()],
    );
    expect(due?.n).toBeGreaterThan(0);
    compared += await compareAll('after the clock moved');
    const [clock] = await run<{ as_of: string }>(
      `select to_char(as_of, 'YYYY-MM-DD') as as_of from dashboard_tally_clock`,
    );
    expect(clock?.as_of).toBe(todayUtc());
    console.log(`dashboards compared, tally vs direct: ${compared}`);
    expect(compared).toBeGreaterThan(actors.length * 4 * 4);
  }, 600_000);

  it('a place change and a finding written at that place at the same time leave the tally exact', async () => {
    const [place] = (await run(`select id from place order by id limit 1`)) as { id: string }[];
    const owner = server.ownerOrm.em.fork();
    const app = server.orm.em.fork();
    let second: Promise<unknown> | undefined;
    await owner.transactional(async (tx) => {
      await tx
        .getConnection()
        .execute(
          `update place set classification = 'PUBLIC', type = 'PRISON' where id = ?`,
          [place!.id],
          'run',
          tx.getTransactionContext(),
        );
      // Another transaction writes a finding at that place while the change is not committed yet.
      second = app.getConnection().execute(
        `insert into finding select (jsonb_populate_record(null::finding, to_jsonb(f) || jsonb_build_object(
           'id', gen_random_uuid(), 'title', 'tally race', 'place_id', ?::uuid, 'risk_factors', array[?::text]))).*
         from finding f order by f.id limit 1`,
        [place!.id, RISK_FACTORS[0]],
      );
      let settled = false;
      void second.finally(() => (settled = true));
      // Probe: the insert waits on a lock (pg_locks: visible to every role; no sleep).
      for (let probe = 0; ; probe++) {
        const [waiting] = (await tx
          .getConnection()
          .execute(
            `select count(*)::int as n from pg_locks where not granted`,
            [],
            'all',
            tx.getTransactionContext(),
          )) as {
          n: number;
        }[];
        if (waiting!.n > 0 || settled) break;
        if (probe > 100_000) throw new Error('the insert neither waited nor finished');
      }
      expect(settled).toBe(false);
    });
    await second;
    expect(await compareAll('after the race')).toBeGreaterThan(0);
  }, 120_000);

  it('concurrent writes to the records of one organisation never deadlock on the tallies', async () => {
    // Each transaction moves two records of the same organisation between classifications, themes,
    // priorities and areas, in two statements (two trigger refreshes), while the others do the same.
    // The records are made one organisation's here, with the same read-scope facts (so their writes meet on
    // the same tally rows): the random writes before have moved owners and facts at random.
    const TRANSACTIONS = 12;
    const owner = organisationIds[0] as string;
    const ownRecords = async (table: 'recommendation' | 'finding') =>
      (
        await run<{ id: string }>(
          `update ${table} set owner_organisation_id = ?, working_group_id = null, country_code = 'XV', shared_with = '{}'
            where id in (select id from ${table} order by id limit ${2 * TRANSACTIONS}) returning id`,
          [owner],
        )
      ).map((x) => x.id);
    const recs = await ownRecords('recommendation');
    const findings = await ownRecords('finding');
    expect([recs.length, findings.length]).toEqual([2 * TRANSACTIONS, 2 * TRANSACTIONS]);
    const r = seededRandom(20261206);
    const failures: string[] = [];
    const classes = ['ORGANISATION', 'SHARED', 'PUBLIC'] as const;
    for (let round = 0; round < 6; round++) {
      // Each transaction its own records (no two transactions lock the same rows in opposite orders).
      const recOrder = r.shuffle(recs);
      const findingOrder = r.shuffle(findings);
      await Promise.all(
        Array.from({ length: TRANSACTIONS }, async (_, i) => {
          const [a, b] = [recOrder[2 * i]!, recOrder[2 * i + 1]!];
          const [f, g] = [findingOrder[2 * i]!, findingOrder[2 * i + 1]!];
          const cls = [r.pick(classes), r.pick(classes)];
          const theme = `tema ${r.int(0, 3)}`;
          const priority = r.pick(['HIGH', 'MEDIUM', 'LOW']);
          try {
            await server.orm.em.fork().transactional(async (tx) => {
              const execute = (sql: string, params: unknown[]) =>
                tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
              await execute(`update recommendation set classification = ?, theme = ? where id = ?`, [cls[0], theme, a]);
              await execute(`update finding set classification = ? where id = ?`, [cls[1], f]);
              await execute(`update recommendation set classification = ?, priority = ? where id = ?`, [
                cls[1],
                priority,
                b,
              ]);
              await execute(`update finding set classification = ? where id = ?`, [cls[0], g]);
            });
          } catch (error) {
            failures.push(String((error as Error).message).slice(0, 200));
          }
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(await compareAll('after concurrent writes')).toBeGreaterThan(0);
  }, 300_000);

  it('the application role cannot write the tallies', async () => {
    for (const table of [
      'finding_tally',
      'recommendation_tally',
      'recommendation_tally_source',
      'dashboard_tally_clock',
    ]) {
      await expect(run(`delete from ${table}`)).rejects.toThrow(/permission denied/);
    }
  });
});
