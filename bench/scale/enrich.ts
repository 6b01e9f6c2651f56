/**
 * What bench/lists' generator leaves empty and the dashboards count, added in set-based SQL on top
 * of it: risk factors and situations of vulnerability on findings, repeated recommendations,
 * authority responses, status history for the "awaiting assessment" list, and workplan actions with
 * joint commitments. Deterministic, like the generator.
 */
import { RISK_FACTORS, VULNERABILITIES } from '@opcat/domain';
import type { MikroORM } from '../../apps/server/src/db/orm.ts';

const arr = (items: readonly string[]) => `array[${items.map((i) => `'${i}'`).join(',')}]::text[]`;

export async function enrich(owner: MikroORM, log: (line: string) => void): Promise<void> {
  const conn = owner.em.getConnection();
  const q = async (label: string, sql: string) => {
    const t = performance.now();
    await conn.execute(sql);
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await conn.execute('set synchronous_commit = off');
  const n = `(substr(title, 18))::bigint`; // 'Hallazgo de carga <n>'
  // One to three risk factors on two findings in three; a situation of vulnerability on one in four.
  await q(
    'finding risk factors and vulnerabilities',
    `update finding set
       risk_factors = case when ${n} % 3 = 0 then '{}'::text[]
         else (select array_agg(distinct (${arr(RISK_FACTORS)})[1 + ((${n} * (k + 7) * 31) % ${RISK_FACTORS.length})])
               from generate_series(1, 1 + ${n} % 3) k) end,
       vulnerabilities = case when ${n} % 4 = 0
         then array[(${arr(VULNERABILITIES)})[1 + (${n} / 4) % ${VULNERABILITIES.length}]] else '{}'::text[] end
     where title like 'Hallazgo de carga %'`,
  );
  await q(
    'repeated recommendations (one in ten)',
    `update recommendation r set repeats_id = md5('recommendation' || ((substr(r.reference, 7))::bigint + 15))::uuid
     where r.reference like 'CARGA-%' and (substr(r.reference, 7))::bigint % 10 = 0
       and exists (select 1 from recommendation p where p.id = md5('recommendation' || ((substr(r.reference, 7))::bigint + 15))::uuid)`,
  );
  await q(
    'authority responses (half the recommendations)',
    `insert into authority_response (id, recommendation_id, author_organisation_id, responded_on, text, acceptance,
       proposed_timeline, recorded_by_id, recorded_at)
     select md5('response' || r.id)::uuid, r.id, r.addressee_id, r.issued_on + 60, '', r.acceptance, '', r.created_by_id, now()
     from recommendation r where r.reference like 'CARGA-%' and (substr(r.reference, 7))::bigint % 2 = 0`,
  );
  await q(
    'status history (State reports and monitor assessments)',
    `insert into recommendation_status_entry (id, recommendation_id, kind, value, effective_on, note, recorded_by_id, recorded_at)
     select md5(k || r.id)::uuid, r.id, k, case when k = 'STATE_REPORTED' then r.state_status else r.monitor_status end,
       r.issued_on + (case when k = 'STATE_REPORTED' then 90 else 120 - ((substr(r.reference, 7))::int % 3) * 60 end),
       '', r.created_by_id, now()
     from recommendation r cross join (values ('STATE_REPORTED'), ('MONITOR_ASSESSED')) v(k)
     where r.reference like 'CARGA-%'
       and (case when k = 'STATE_REPORTED' then r.state_status else r.monitor_status end) is not null`,
  );
  await q(
    'workplan actions (2,000, one in four a joint commitment)',
    `insert into workplan_action (id, priority_id, title, responsible_organisation_id, contributing_organisation_ids,
       start_date, due_date, status, indicator, target, joint_commitment, position, version, updated_at)
     select md5('action' || g)::uuid, p.id, 'Acción de carga ' || g, o.id, '{}'::text[],
       date '2025-01-01', date '2025-01-01' + (g % 900), (array['NOT_STARTED','IN_PROGRESS','DONE','BLOCKED','CANCELLED'])[1 + g % 5],
       '', '', g % 4 = 0, 1000 + g, 1, now()
     from generate_series(1, 2000) g
     cross join lateral (select id from workplan_priority order by id offset (g % (select count(*) from workplan_priority)) limit 1) p
     cross join lateral (select id from organisation order by id offset (g % (select count(*) from organisation)) limit 1) o`,
  );
  await q('vacuum analyze', 'vacuum analyze');
}
