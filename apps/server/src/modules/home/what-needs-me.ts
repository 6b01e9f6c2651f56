import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { HomeVisit } from '../../db/entities/home.ts';
import { Recommendation } from '../../db/entities/monitoring.ts';
import type { OperationContext } from '../../operation/context.ts';
import { readableSql } from '../dashboard/read-scope-sql.ts';
import { runSql } from '../dashboard/run.ts';
import type { Sql } from '../dashboard/sql.ts';
import { arrayParam, join, p, raw, sql } from '../dashboard/sql.ts';
import { recommendationFacts } from '../recommendation/facts.ts';

type Viewer = OperationContext & { actor: Actor };

const LIMIT = 20;

export interface SharedRecordItem {
  recordType: 'PLACE' | 'VISIT' | 'FINDING' | 'RECOMMENDATION' | 'WORKPLAN';
  id: string;
  title: string;
  ownerOrganisationName: string;
  updatedAt: Date;
}

export interface WhatNeedsMe {
  lastVisitAt: Date | null;
  /** Resolved only when asked for. */
  viewer: Viewer;
}

const organisationIds = (ctx: Viewer) => ctx.actor.memberships.map((m) => m.organisationId);

/** What needs the viewer; the figures themselves are resolved per field. */
export async function whatNeedsMe(ctx: Viewer): Promise<WhatNeedsMe> {
  const visit = await ctx.em.findOne(HomeVisit, { user: ctx.actor.userId });
  return { lastVisitAt: visit?.visitedAt ?? null, viewer: ctx };
}

/** Records the visit; the next home page lists what changed after it. */
export async function markHomeVisited(ctx: Viewer): Promise<Date> {
  const now = new Date();
  await ctx.em.upsert(HomeVisit, { user: ctx.actor.userId, visitedAt: now });
  return now;
}

/**
 * Recommendations of the viewer's organisations where the State's latest report is newer than the
 * monitor's latest assessment (or there is none), that the policy lets the viewer assess.
 */
export async function awaitingAssessment(ctx: Viewer): Promise<Recommendation[]> {
  const mine = organisationIds(ctx);
  if (!mine.length) return [];
  const latest = (kind: string) => sql`(
    select e.effective_on, e.recorded_at from recommendation_status_entry e
    where e.recommendation_id = r.id and e.kind = ${p(kind)}
    order by e.effective_on desc, e.recorded_at desc limit 1)`;
  const rows = await runSql<{ id: string }>(
    ctx,
    sql`
select r.id from recommendation r
join lateral ${latest('STATE_REPORTED')} s on true
left join lateral ${latest('MONITOR_ASSESSED')} m on true
where ${readableSql(ctx.actor, 'r', { hasAddressee: true })}
  and r.owner_organisation_id = any(${arrayParam(mine)}::uuid[])
  and (m.effective_on is null or (s.effective_on, s.recorded_at) > (m.effective_on, m.recorded_at))
order by s.effective_on, r.id
limit ${raw(String(LIMIT * 2))}`,
  );
  if (!rows.length) return [];
  const found = await ctx.em.find(
    Recommendation,
    { id: { $in: rows.map((r) => r.id) } },
    { populate: ['ownerOrganisation'] },
  );
  const byId = new Map(found.map((r) => [r.id, r]));
  return rows
    .map((row) => byId.get(row.id))
    .filter((r): r is Recommendation => !!r && can(ctx.actor, 'recommendation:assess', recommendationFacts(r)))
    .slice(0, LIMIT);
}

const TABLES: { type: SharedRecordItem['recordType']; table: string; title: string; addressed: boolean }[] = [
  { type: 'PLACE', table: 'place', title: 'x.name', addressed: false },
  { type: 'VISIT', table: 'visit', title: "to_char(x.start_date, 'YYYY-MM-DD')", addressed: false },
  { type: 'FINDING', table: 'finding', title: 'x.title', addressed: false },
  { type: 'RECOMMENDATION', table: 'recommendation', title: "x.reference || ' · ' || x.title", addressed: true },
  { type: 'WORKPLAN', table: 'workplan', title: 'x.title', addressed: false },
];

/** Records another organisation shared with one of the viewer's, changed since the last visit. */
export async function sharedSinceLastVisit(ctx: Viewer, since: Date | null): Promise<SharedRecordItem[]> {
  const mine = organisationIds(ctx);
  if (!mine.length) return [];
  const branches: Sql[] = TABLES.map(
    ({ type, table, title, addressed }) => sql`(
  select ${p(type)}::text as "recordType", x.id, ${raw(title)} as title, x.owner_organisation_id, x.updated_at
  from ${raw(table)} x
  where x.classification = 'SHARED' and x.shared_with && ${arrayParam(mine)}::text[]
    and not (x.owner_organisation_id = any(${arrayParam(mine)}::uuid[]))
    and x.updated_at > ${p(since ?? new Date(0))}
    and ${readableSql(ctx.actor, 'x', { hasAddressee: addressed })}
  order by x.updated_at desc limit ${raw(String(LIMIT))})`,
  );
  const rows = await runSql<Omit<SharedRecordItem, 'updatedAt'> & { updatedAt: Date | string }>(
    ctx,
    sql`
select s."recordType", s.id, s.title, o.name as "ownerOrganisationName", s.updated_at as "updatedAt"
from (${join(branches, '\nunion all\n')}) s
join organisation o on o.id = s.owner_organisation_id
order by s.updated_at desc, s.id
limit ${raw(String(LIMIT))}`,
  );
  return rows.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt) }));
}
