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
