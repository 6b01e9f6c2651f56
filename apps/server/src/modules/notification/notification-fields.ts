import { can } from '@opcat/domain';
import { Membership } from '../../db/entities/identity.ts';
import { Finding, Place, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import type { Notification, NotificationSubjectType } from '../../db/entities/notification.ts';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import { Workplan, WorkplanAction } from '../../db/entities/workplan.ts';
import type { OperationContext } from '../../operation/context.ts';
import { reprisalFacts } from '../reprisal/facts.ts';
import { readableById } from '../records/readable-loaders.ts';
import { viewerReadsPersonalData } from '../finding/personal-data.ts';

/** What the viewer sees of a notification's subject now; `available: false` shows nothing of it. */
export interface SubjectView {
  available: boolean;
  subjectType: NotificationSubjectType | null;
  subjectId: string | null;
  workplanId: string | null;
  subjectTitle: string | null;
  organisationName: string | null;
}

const UNAVAILABLE: SubjectView = {
  available: false,
  subjectType: null,
  subjectId: null,
  workplanId: null,
  subjectTitle: null,
  organisationName: null,
};

const views = new WeakMap<OperationContext, Map<string, Promise<SubjectView>>>();

/**
 * Re-authorizes a notification when it is shown (opened): its subject is read through the viewer's read
 * scope now (`readableById`: the scope in SQL, `can` per row), so a record whose access was withdrawn since
 * the delivery answers exactly like a missing one. Computed once per notification and operation.
 */
export function subjectView(ctx: OperationContext, notification: Notification): Promise<SubjectView> {
  let perOperation = views.get(ctx);
  if (!perOperation) views.set(ctx, (perOperation = new Map()));
  let view = perOperation.get(notification.id);
  if (!view) perOperation.set(notification.id, (view = resolve(ctx, notification)));
  return view;
}

async function resolve(ctx: OperationContext, n: Notification): Promise<SubjectView> {
  const actor = ctx.actor;
  // The recipient only (the list is already the viewer's own); a withdrawal names nothing.
  if (!actor || n.user.id !== actor.userId || n.event === 'RECORD_SHARE_WITHDRAWN' || !n.subjectId) {
    return UNAVAILABLE;
  }
  const id = n.subjectId;
  const shown = (subjectTitle: string | null, extra: Partial<SubjectView> = {}): SubjectView => ({
    ...UNAVAILABLE,
    available: true,
    subjectType: n.subjectType,
    subjectId: id,
    subjectTitle,
    ...extra,
  });
  switch (n.subjectType) {
    case 'RECOMMENDATION': {
      const r = await readableById(ctx, Recommendation).load(id);
      return r ? shown(`${r.reference} — ${r.title}`) : UNAVAILABLE;
    }
    case 'FINDING': {
      const f = await readableById(ctx, Finding).load(id);
      if (!f) return UNAVAILABLE;
      // A welfare check is personal data: the visit team only, checked again now.
      if (n.event === 'WELFARE_CHECK_DUE' && !(await viewerReadsPersonalData(ctx, f))) return UNAVAILABLE;
      return shown(f.title);
    }
    case 'PLACE': {
      const p = await readableById(ctx, Place).load(id);
      return p ? shown(p.name) : UNAVAILABLE;
    }
    case 'VISIT': {
      const v = await readableById(ctx, Visit).load(id);
      return v ? shown(v.startDate) : UNAVAILABLE;
    }
    case 'WORKPLAN': {
      const w = await readableById(ctx, Workplan).load(id);
      return w ? shown(w.title, { workplanId: w.id }) : UNAVAILABLE;
    }
    case 'WORKPLAN_ACTION': {
      const action = await ctx.em.findOne(WorkplanAction, id, { populate: ['priority'] as never });
      if (!action) return UNAVAILABLE;
      const plan = await readableById(ctx, Workplan).load(action.priority.workplan.id);
      return plan ? shown(action.title, { workplanId: plan.id }) : UNAVAILABLE;
    }
    case 'REPRISAL': {
      const incident = await ctx.em.findOne(ReprisalIncident, id, { populate: ['namedUsers'] as never });
      if (!incident || !can(actor, 'reprisal:read', reprisalFacts(incident))) return UNAVAILABLE;
      // Named, so readable; the pseudonym stays on the incident page (its reads are audited there).
      return shown(null);
    }
    case 'MEMBERSHIP': {
      const membership = await ctx.em.findOne(Membership, id, { populate: ['organisation'] as never });
      if (!membership || membership.user.id !== actor.userId) return UNAVAILABLE;
      return shown(membership.role, { organisationName: membership.organisation.name });
    }
  }
}
