import { MONITORING_AREAS } from '@opcat/domain';
import type { TestServer } from './server.ts';

/**
 * Adds `count` findings to the demo world, copies of one of the NPM's working-group findings, as the
 * app's role: in turn PUBLIC, WORKING_GROUP, SHARED with Voces Libres (the CSO) and ORGANISATION —
 * so the CSO reads three in four —, one every 37 seconds back from now (interleaved with the demo's
 * findings in time), monitoring areas in turn, one in nine a good practice. Returns the place they
 * are all at.
 */
export async function plantManyFindings(server: TestServer, count: number): Promise<{ placeId: string }> {
  const conn = server.orm.em.getConnection();
  const [source] = await conn.execute<{ id: string; place_id: string }[]>(
    `select f.id, f.place_id from finding f join organisation o on o.id = f.owner_organisation_id
     where o.name like 'Mecanismo Nacional%' and f.working_group_id is not null order by f.created_at limit 1`,
  );
  const [cso] = await conn.execute<{ id: string }[]>(`select id from organisation where name like '%Voces Libres%'`);
  if (!source || !cso) throw new Error('plantManyFindings: the demo world has no NPM finding or no Voces Libres');
  const areas = MONITORING_AREAS.map((a) => `'${a}'`).join(', ');
  await conn.execute(
    `insert into finding (id, owner_organisation_id, working_group_id, classification, country_code, shared_with,
       created_by_id, created_at, updated_at, version, visit_id, place_id, title, monitoring_area, risk_factors,
       vulnerabilities, description, sources, severity, good_practice)
     select gen_random_uuid(), f.owner_organisation_id, f.working_group_id,
       (array['PUBLIC', 'WORKING_GROUP', 'SHARED', 'ORGANISATION'])[g % 4 + 1], f.country_code,
       case when g % 4 = 2 then array[?::text] else '{}'::text[] end,
       f.created_by_id, now() - g * interval '37 seconds', now(), 1, f.visit_id, f.place_id,
       'Hallazgo de muestra ' || g, (array[${areas}])[g % ${MONITORING_AREAS.length} + 1],
       '{}', '{}', '', '{}', f.severity, g % 9 = 0
     from finding f cross join generate_series(1, ?) g where f.id = ?`,
    [cso.id, count, source.id],
  );
  return { placeId: source.place_id };
}
