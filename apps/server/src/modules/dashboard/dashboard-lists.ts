import type { ActionStatus, ImplementationStatus } from '@opcat/domain';
import type { OperationContext } from '../../operation/context.ts';
import type { Dashboard } from './dashboard-scope.ts';
import { actionsInScopeSql } from './action-figures.ts';
import { readableSql } from './read-scope-sql.ts';
import { runSql } from './run.ts';
import { raw, sql } from './sql.ts';

const LIMIT = 20;

export interface DashboardRecommendationItem {
  id: string;
  reference: string;
  title: string;
  stateStatus: ImplementationStatus | null;
  monitorStatus: ImplementationStatus | null;
  issuedOn: string;
}

export interface DashboardActionItem {
  id: string;
  workplanId: string;
  title: string;
  dueDate: string | null;
  status: ActionStatus;
  responsibleOrganisationName: string;
}

function recommendationsWhere(ctx: OperationContext, dashboard: Dashboard, which: 'DISCREPANCY' | 'REPEATED') {
  const readable = readableSql(ctx.actor, 'r', { hasAddressee: true });
  const condition =
    which === 'DISCREPANCY'
      ? sql`r.state_status is not null and r.monitor_status is not null and r.state_status <> r.monitor_status`
      : sql`r.repeats_id is not null`;
  return sql`
select r.id, r.reference, r.title, r.state_status as "stateStatus", r.monitor_status as "monitorStatus",
  to_char(r.issued_on, 'YYYY-MM-DD') as "issuedOn"
from recommendation r
where ${readable} and ${dashboard.about('r', { hasAddressee: true })} and ${condition}
order by r.issued_on desc, r.id
limit ${raw(String(LIMIT))}`;
}

/** Discrepancies between the State's report and the monitor's assessment. */
export function discrepancies(ctx: OperationContext, dashboard: Dashboard) {
  return runSql<DashboardRecommendationItem>(ctx, recommendationsWhere(ctx, dashboard, 'DISCREPANCY'));
}

/** Recommendations repeating an earlier one. */
export function repeatedRecommendations(ctx: OperationContext, dashboard: Dashboard) {
  return runSql<DashboardRecommendationItem>(ctx, recommendationsWhere(ctx, dashboard, 'REPEATED'));
}

/** Overdue workplan actions, oldest due first. */
export function overdueActions(ctx: OperationContext, dashboard: Dashboard) {
  return runSql<DashboardActionItem>(
    ctx,
    sql`
with a as (${actionsInScopeSql(ctx, dashboard)})
select a.id, a.workplan_id as "workplanId", a.title, to_char(a.due_date, 'YYYY-MM-DD') as "dueDate",
  a.status, o.name as "responsibleOrganisationName"
from a join organisation o on o.id = a.responsible_organisation_id
where a.overdue
order by a.due_date, a.id
limit ${raw(String(LIMIT))}`,
  );
}
