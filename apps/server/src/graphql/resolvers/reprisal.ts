import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import { getReprisalIncident, listReprisalIncidents } from '../../modules/reprisal/read-reprisals.ts';
import { reportReprisal } from '../../modules/reprisal/report-reprisal.ts';
import { updateReprisal } from '../../modules/reprisal/update-reprisal.ts';
import { namedUsersOf, relatedVisitOf, viewerCanUpdateReprisal } from '../../modules/reprisal/reprisal-fields.ts';

export const reprisalResolvers: Resolvers = {
  Query: {
    reprisalIncidents: guarded((_, __, ctx) => listReprisalIncidents(ctx)),
    reprisalIncident: guarded((_, { id }, ctx) => getReprisalIncident(ctx, id)),
  },
  Mutation: {
    reportReprisal: guarded((_, { input }, ctx) => reportReprisal(ctx, input)),
    updateReprisal: guarded((_, { input }, ctx) => updateReprisal(ctx, input)),
  },
  ReprisalIncident: {
    ownerOrganisation: (incident, _, ctx) => loadReference(ctx, Organisation, incident.ownerOrganisation),
    relatedVisit: (incident, _, ctx) => relatedVisitOf(ctx, incident),
    namedUsers: (incident) => namedUsersOf(incident),
    viewerCanUpdate: (incident, _, ctx) => viewerCanUpdateReprisal(ctx, incident),
  },
};
