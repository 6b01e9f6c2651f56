import type { ReprisalFacts } from '@opcat/domain';
import type { ReprisalIncident } from '../../db/entities/reprisal.ts';

/** The policy's view of an incident; its named users must be loaded. */
export function reprisalFacts(incident: ReprisalIncident): ReprisalFacts {
  return {
    ownerOrganisationId: incident.ownerOrganisation.id,
    namedUserIds: incident.namedUsers.getItems().map((u) => u.id),
  };
}
