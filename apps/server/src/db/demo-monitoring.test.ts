import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFICATIONS } from '@opcat/domain';
import { createTestDatabase, migrateTestDatabase } from '../test/server.ts';
import type { TestDatabase } from '../test/server.ts';
import type { MikroORM } from './orm.ts';
import { seedDemoWorld } from './seed.ts';

const TABLES = [
  'organisation',
  'user_account',
  'place',
  'place_population',
  'visit',
  'visit_team_member',
  'finding',
  'interviewee',
  'recommendation',
  'recommendation_status_entry',
  'authority_response',
  'follow_up_activity',
  'reprisal_incident',
  'record_comment',
  'country_setting',
];

let database: TestDatabase;
let orm: MikroORM;

async function rows<T>(sql: string): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(sql);
}

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await rows<{ n: number }>(`select count(*)::int as n from "${table}"`);
    result[table] = row?.n ?? 0;
  }
  return result;
}

beforeAll(async () => {
  database = await createTestDatabase();
  orm = await migrateTestDatabase(database);
  const accounts = await seedDemoWorld(orm.em.fork());
  expect(accounts).not.toBeNull();
});

afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

describe('demo monitoring data', () => {
  it('seeds every kind of visit-cycle record', async () => {
    const seeded = await counts();
    for (const table of TABLES) expect(seeded[table], table).toBeGreaterThan(0);
    const periods = await rows<{ country_code: string; response_due_days: number }>(
      'select country_code, response_due_days from country_setting order by country_code',
    );
    expect(periods).toEqual([
      { country_code: 'XS', response_due_days: 45 },
      { country_code: 'XV', response_due_days: 60 },
    ]);
  });

  it('is idempotent: a second seed returns null and adds nothing', async () => {
    const before = await counts();
    expect(await seedDemoWorld(orm.em.fork())).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('has every classification among findings and among recommendations', async () => {
    for (const table of ['finding', 'recommendation']) {
      const found = await rows<{ classification: string }>(`select distinct classification from ${table}`);
      expect(found.map((r) => r.classification).sort(), table).toEqual([...CLASSIFICATIONS].sort());
    }
  });

  it("places every finding at one of its visit's places", async () => {
    const [all] = await rows<{ n: number }>('select count(*)::int as n from finding');
    const stray = await rows<{ id: string }>(
      `select f.id from finding f
       where not exists (select 1 from visit_place vp where vp.visit_id = f.visit_id and vp.place_id = f.place_id)`,
    );
    expect(all?.n).toBeGreaterThanOrEqual(12);
    expect(stray).toEqual([]);
  });

  it("links recommendations only to their findings' places and keeps the SPT's records SPT-confidential", async () => {
    const missing = await rows<{ id: string }>(
      `select rf.recommendation_id as id from recommendation_finding rf join finding f on f.id = rf.finding_id
       where not exists (select 1 from recommendation_place rp
                         where rp.recommendation_id = rf.recommendation_id and rp.place_id = f.place_id)`,
    );
    expect(missing).toEqual([]);
    const spt = await rows<{ classification: string; shared: number }>(
      `select r.classification, cardinality(r.shared_with) as shared from finding r
       join organisation o on o.id = r.owner_organisation_id where o.kind = 'SPT'`,
    );
    expect(spt.map((r) => r.classification)).toEqual(['SPT_CONFIDENTIAL', 'SPT_CONFIDENTIAL']);
    expect(spt.map((r) => r.shared).sort()).toEqual([0, 1]);
  });

  it('names ana on both reprisal incidents and bruno on one', async () => {
    const named = await rows<{ email: string; n: number }>(
      `select u.email, count(*)::int as n from reprisal_incident_named_user nu
       join user_account u on u.id = nu.user_id group by u.email order by u.email`,
    );
    expect(named).toEqual([
      { email: 'ana.mnp@demo.opcat', n: 2 },
      { email: 'bruno.mnp@demo.opcat', n: 1 },
    ]);
  });

  it('keeps the population history of La Esperanza above its capacity', async () => {
    const history = await rows<{ population: number; capacity: number }>(
      `select pp.population, p.capacity from place_population pp join place p on p.id = pp.place_id
       where p.name = 'Centro Penitenciario La Esperanza' order by pp.counted_on`,
    );
    expect(history.map((h) => h.population)).toEqual([1450, 1520, 1580, 1630]);
    expect(history.every((h) => h.population > h.capacity)).toBe(true);
  });
});
