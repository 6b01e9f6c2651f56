import type { ActionStatus } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import { todayUtc } from '../recommendation/dates.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { readableSql } from './read-scope-sql.ts';
import { int, runSql } from './run.ts';
import { p, sql } from './sql.ts';

export interface JointCommitmentProgress {
  organisationId: string;
  organisationName: string;
  total: number;
  done: number;
  inProgress: number;
  overdue: number;
}

export interface ActionFigures {
  total: number;
  overdue: number;
  byStatus: { status: ActionStatus; count: number }[];
  jointCommitments: JointCommitmentProgress[];
}

type Row = {
  figure: 'STATUS' | 'JOINT';
  key: string;
  name: string | null;
  total: string;
  done: string;
  in_progress: string;
  overdue: string;
};

/**
 * Workplan actions of the workplans the viewer may read that are in scope (for an organisation:
 * its workplans and the actions it is responsible for). Shared with the overdue list.
 */
export function actionsInScopeSql(ctx: OperationContext, dashboard: Dashboard) {
  const readable = readableSql(ctx.actor, 'w', { hasAddressee: false });
  const about =
    dashboard.kind === 'ORGANISATION'
      ? sql`(${dashboard.about('w')} or a.responsible_organisation_id = ${p(dashboard.id)})`
      : dashboard.about('w');
  return sql`
  select a.id, w.id as workplan_id, a.title, a.status::text as status, a.due_date, a.joint_commitment,
    a.responsible_organisation_id,
    (a.due_date < ${p(todayUtc())}::date and a.status not in ('DONE', 'CANCELLED')) as overdue
  from workplan_action a
  join workplan_priority wp on wp.id = a.priority_id
  join workplan w on w.id = wp.workplan_id
  where ${readable} and ${about}`;
}

/** The statement behind every action figure. Exported for bench/scale's EXPLAIN. */
export function actionFiguresSql(ctx: OperationContext, dashboard: Dashboard) {
  return sql`
with a as (${actionsInScopeSql(ctx, dashboard)})
select 'STATUS' as figure, status as key, null as name, count(*) as total,
  0 as done, 0 as in_progress, count(*) filter (where overdue) as overdue
from a group by status
union all
select 'JOINT', o.id::text, o.name, count(*), count(*) filter (where a.status = 'DONE'),
  count(*) filter (where a.status = 'IN_PROGRESS'), count(*) filter (where a.overdue)
from a join organisation o on o.id = a.responsible_organisation_id
where a.joint_commitment
group by o.id, o.name`;
}

/** Every action figure of a dashboard, in one statement. */
export async function actionFigures(ctx: OperationContext, dashboard: Dashboard): Promise<ActionFigures> {
  const rows = await runSql<Row>(ctx, actionFiguresSql(ctx, dashboard));
  const statuses = rows.filter((r) => r.figure === 'STATUS');
  return {
    total: statuses.reduce((sum, r) => sum + int(r.total), 0),
    overdue: statuses.reduce((sum, r) => sum + int(r.overdue), 0),
    byStatus: statuses.map((r) => ({ status: r.key as ActionStatus, count: int(r.total) })),
    jointCommitments: rows
      .filter((r) => r.figure === 'JOINT')
      .map((r) => ({
        organisationId: r.key,
        organisationName: r.name ?? '',
        total: int(r.total),
        done: int(r.done),
        inProgress: int(r.in_progress),
        overdue: int(r.overdue),
      }))
      .sort((a, b) => a.organisationName.localeCompare(b.organisationName)),
  };
}
