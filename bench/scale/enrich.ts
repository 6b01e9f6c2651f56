/**
 * What bench/lists' generator leaves empty and the dashboards and search count, added in set-based
 * SQL on top of it: descriptions (what search finds), risk factors and situations of vulnerability on
 * findings, repeated recommendations, authority responses, status history for the "awaiting
 * assessment" list, and workplan actions with joint commitments. Deterministic, like the generator.
 * `generateQuickly` runs generator and enrichment with the tally and search-vector work done once.
 */
import { RISK_FACTORS, VULNERABILITIES } from '@opcat/domain';
import type { MikroORM } from '../../apps/server/src/db/orm.ts';
import { TALLY_FILL } from '../../apps/server/src/db/tally-sql.ts';

const arr = (items: readonly string[]) =>
  `array[${items.map((i) => `'${i.replaceAll("'", "''")}'`).join(',')}]::text[]`;

/**
 * What a monitor writes, in the four languages: each finding gets one of these descriptions, so
 * "hacinamiento celdas" matches one finding in twelve and "carga" (in every title) all of them.
 */
export const SENTENCES = [
  'Hacinamiento en las celdas de castigo, sin ventilación ni luz natural.',
  'Falta de atención médica y de medicamentos en la enfermería.',
  'Les détenus dorment sur des matelas posés au sol.',
  'Superlotação grave nas celas e falta de colchões.',
  'Restraints used without recording or medical supervision.',
  'No se notifica a los familiares ni se garantiza el acceso a un abogado.',
  'Registro de detenciones incompleto y sin videograbación.',
  'Adolescentes sin actividades educativas en fines de semana.',
  'Ausencia de un mecanismo de queja confidencial.',
  'Aislamiento disciplinario prolongado sin control médico.',
  'Personal insuficiente durante el turno nocturno.',
  'Información sobre derechos solo disponible en castellano.',
];

/**
 * Generates and enriches a bench database quickly: the dashboard tallies' triggers are off during
 * both steps (not the finding tally's own, which key its rows' facts as the fill writes them) and the tallies are filled once afterwards with the SQL of the migration that created
 * them (the same rows the triggers would have written, in one pass instead of one aggregate per
 * statement); the findings' search-vector trigger is off while they are inserted (enrich's update
 * computes each vector once, with its description) and their GIN index is built once at the end.
 * Only for a bench database nobody else uses meanwhile.
 */
export async function generateQuickly(
  owner: MikroORM,
  log: (line: string) => void,
  steps: { generate: () => Promise<void>; enrich: () => Promise<void> },
): Promise<void> {
  const conn = owner.em.getConnection();
  const time = async (label: string, fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const triggers = await conn.execute<{ tbl: string; name: string }[]>(
    `select c.relname as tbl, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal and c.relname <> 'finding_tally'
       and (t.tgname like '%tally%' or t.tgname = 'finding_search_vector') order by 1, 2`,
  );
  const toggle = async (on: boolean, names: (name: string) => boolean) => {
    for (const t of triggers.filter((x) => names(x.name))) {
      await conn.execute(`alter table "${t.tbl}" ${on ? 'enable' : 'disable'} trigger "${t.name}"`);
    }
  };
  const [gin] = await conn.execute<{ def: string }[]>(
    `select indexdef as def from pg_indexes where indexname = 'finding_search_gin'`,
  );
  if (!gin) throw new Error('bench: finding_search_gin not found');
  await toggle(false, () => true);
  try {
    await conn.execute('drop index finding_search_gin');
    await steps.generate();
    await toggle(true, (name) => name === 'finding_search_vector');
    await steps.enrich();
    await time('finding search index built once', () => conn.execute(gin.def));
    await time('dashboard tallies filled once', async () => {
      await conn.execute('truncate finding_tally, recommendation_tally, recommendation_tally_source');
      for (const sql of TALLY_FILL) await conn.execute(sql);
    });
    await conn.execute('analyze finding, finding_tally, recommendation_tally, recommendation_tally_source');
  } finally {
    await toggle(true, () => true);
  }
}

export async function enrich(owner: MikroORM, log: (line: string) => void): Promise<void> {
  const conn = owner.em.getConnection();
  const q = async (label: string, sql: string) => {
    const t = performance.now();
    await conn.execute(sql);
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await conn.execute('set synchronous_commit = off');
  const n = `(substr(title, 18))::bigint`; // 'Hallazgo de carga <n>'
  // A description; one to three risk factors on two findings in three; a situation of vulnerability on one in four.
  await q(
    'finding descriptions, risk factors and vulnerabilities',
    `update finding set
       description = (${arr(SENTENCES)})[1 + ${n} % ${SENTENCES.length}],
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
