import type { EntityManager } from '@mikro-orm/postgresql';
import type { NotificationSubjectFacts, RecordFacts } from '@opcat/domain';
import { Finding, Recommendation } from '../../db/entities/monitoring.ts';
import type { NotificationSubjectType } from '../../db/entities/notification.ts';
import { ReprisalIncident } from '../../db/entities/reprisal.ts';
import { WorkplanAction } from '../../db/entities/workplan.ts';
import { isId } from '../ids.ts';
import { recordFacts } from '../records/facts.ts';
import { RECORD_ENTITIES } from '../records/registry.ts';
import { visitTeamUserIds } from '../visit/visit-team.ts';

/** A subject as delivery sees it: the receive rule's facts and the organisations its audiences name. */
export interface LoadedSubject {
  facts: NotificationSubjectFacts;
  /** Recommendation: its addressee; action: the responsible organisation; any record: its owner. */
  addresseeOrganisationId: string | null;
  ownerOrganisationId: string | null;
  responsibleOrganisationId: string | null;
  /** The visit team of a finding (welfare checks). */
  visitTeamUserIds: string[];
}

const none = {
  addresseeOrganisationId: null,
  ownerOrganisationId: null,
  responsibleOrganisationId: null,
  visitTeamUserIds: [],
};

function forRecord(record: RecordFacts): LoadedSubject {
  return {
    ...none,
    facts: { kind: 'RECORD', record },
    ownerOrganisationId: record.ownerOrganisationId,
    addresseeOrganisationId: record.addresseeOrganisationId ?? null,
  };
}

/**
 * The subject's facts read fresh, system-side (delivery runs as a job, for many recipients; each is then
 * checked by the policy). Null when it no longer exists: nothing is delivered.
 */
export async function loadSubjectForDelivery(
  em: EntityManager,
  type: NotificationSubjectType,
  id: string | null,
  options: { withdrawn?: boolean; personalData?: boolean } = {},
): Promise<LoadedSubject | null> {
  if (options.withdrawn) return { ...none, facts: { kind: 'WITHDRAWN' } };
  if (type === 'MEMBERSHIP') return { ...none, facts: { kind: 'SELF' } };
  if (id === null || !isId(id)) return null;
  switch (type) {
    case 'RECOMMENDATION': {
      const rec = await em.findOne(Recommendation, id);
      return rec ? forRecord(recordFacts(rec)) : null;
    }
    case 'PLACE':
    case 'VISIT':
    case 'WORKPLAN': {
      const record = await em.findOne(RECORD_ENTITIES[type], id);
      return record ? forRecord(recordFacts(record)) : null;
    }
    case 'FINDING': {
      const finding = await em.findOne(Finding, id);
      if (!finding) return null;
      const subject = forRecord(recordFacts(finding));
      if (!options.personalData) return subject;
      const team = await visitTeamUserIds(em, finding.visit.id);
      return {
        ...subject,
        visitTeamUserIds: team,
        facts: { kind: 'PERSONAL_DATA', record: recordFacts(finding), visitTeamUserIds: team },
      };
    }
    case 'WORKPLAN_ACTION': {
      const action = await em.findOne(WorkplanAction, id, { populate: ['priority.workplan'] as never });
      if (!action) return null;
      return {
        ...forRecord(recordFacts(action.priority.workplan)),
        responsibleOrganisationId: action.responsibleOrganisation.id,
      };
    }
    case 'REPRISAL': {
      const incident = await em.findOne(ReprisalIncident, id, { populate: ['namedUsers'] as never });
      if (!incident) return null;
      return {
        ...none,
        ownerOrganisationId: incident.ownerOrganisation.id,
        facts: { kind: 'REPRISAL', namedUserIds: incident.namedUsers.getItems().map((u) => u.id) },
      };
    }
  }
}

export interface SubjectRequest {
  type: NotificationSubjectType;
  id: string | null;
  options: { withdrawn?: boolean; personalData?: boolean };
}

/**
 * Many subjects at once, in request order (null: gone): recommendations and workplan actions — the
 * subjects of deadline bursts — one statement per type; the rest one at a time (rare events).
 */
export async function loadSubjectsForDelivery(
  em: EntityManager,
  requests: readonly SubjectRequest[],
): Promise<(LoadedSubject | null)[]> {
  const batched = (r: SubjectRequest) =>
    !r.options.withdrawn &&
    r.id !== null &&
    isId(r.id) &&
    (r.type === 'RECOMMENDATION' || r.type === 'WORKPLAN_ACTION');
  const idsOf = (type: NotificationSubjectType) => [
    ...new Set(requests.filter((r) => batched(r) && r.type === type).map((r) => r.id as string)),
  ];
  const recommendationIds = idsOf('RECOMMENDATION');
  const actionIds = idsOf('WORKPLAN_ACTION');
  const recommendations = new Map(
    (recommendationIds.length ? await em.find(Recommendation, { id: { $in: recommendationIds } }) : []).map((r) => [
      r.id,
      r,
    ]),
  );
  const actions = new Map(
    (actionIds.length
      ? await em.find(WorkplanAction, { id: { $in: actionIds } }, { populate: ['priority.workplan'] as never })
      : []
    ).map((a) => [a.id, a]),
  );
  const out: (LoadedSubject | null)[] = [];
  for (const request of requests) {
    if (!batched(request)) {
      out.push(await loadSubjectForDelivery(em, request.type, request.id, request.options));
    } else if (request.type === 'RECOMMENDATION') {
      const rec = recommendations.get(request.id as string);
      out.push(rec ? forRecord(recordFacts(rec)) : null);
    } else {
      const action = actions.get(request.id as string);
      out.push(
        action
          ? {
              ...forRecord(recordFacts(action.priority.workplan)),
              responsibleOrganisationId: action.responsibleOrganisation.id,
            }
          : null,
      );
    }
  }
  return out;
}
