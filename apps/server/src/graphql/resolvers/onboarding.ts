import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import { Organisation, WorkingGroup } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import { createOrganisation } from '../../modules/platform/create-organisation.ts';
import { decideJoinRequest, listJoinRequests, requestToJoin } from '../../modules/platform/join-requests.ts';
import { hostInstitution, setHostInstitution } from '../../modules/platform/host-institution.ts';
import {
  listPlatformOrganisations,
  listPlatformOutbox,
  searchOrganisationDirectory,
} from '../../modules/platform/platform-lists.ts';
import { createWorkingGroup } from '../../modules/working-group/create-working-group.ts';
import {
  inviteToWorkingGroup,
  listGroupInvitations,
  listMyGroupInvitations,
  removeFromWorkingGroup,
  respondToWorkingGroupInvitation,
  setWorkingGroupStanding,
  viewerCanRemoveMember,
} from '../../modules/working-group/group-membership.ts';
import { disableTwoFactor } from '../../modules/two-factor/disable.ts';

export const onboardingResolvers: Resolvers = {
  Query: {
    platformOrganisations: guarded((_, { limit }, ctx) => listPlatformOrganisations(ctx, limit)),
    joinRequests: guarded((_, { status, limit }, ctx) => listJoinRequests(ctx, status, limit)),
    platformOutbox: guarded((_, { limit }, ctx) => listPlatformOutbox(ctx, limit)),
    organisationDirectory: guarded((_, { search, limit }, ctx) => searchOrganisationDirectory(ctx, search, limit)),
  },
  Mutation: {
    // Public on purpose: an organisation not on the platform asks to join (throttled per address).
    requestToJoin: publicField((_, { input }, ctx) => requestToJoin(ctx, input)),
    createOrganisation: guarded((_, { input }, ctx) => createOrganisation(ctx, input)),
    decideJoinRequest: guarded((_, { input }, ctx) => decideJoinRequest(ctx, input)),
    setHostInstitution: guarded((_, { input }, ctx) => setHostInstitution(ctx, input)),
    createWorkingGroup: guarded((_, { input }, ctx) => createWorkingGroup(ctx, input)),
    inviteToWorkingGroup: guarded((_, { input }, ctx) => inviteToWorkingGroup(ctx, input)),
    respondToWorkingGroupInvitation: guarded((_, { input }, ctx) => respondToWorkingGroupInvitation(ctx, input)),
    setWorkingGroupStanding: guarded((_, { input }, ctx) => setWorkingGroupStanding(ctx, input)),
    removeFromWorkingGroup: guarded((_, { input }, ctx) => removeFromWorkingGroup(ctx, input)),
    disableTwoFactor: guarded((_, { input }, ctx) => disableTwoFactor(ctx, input)),
  },
  Me: {
    platformAdmin: (me) => me.actor.platformAdmin === true,
    workingGroupInvitations: (_, __, ctx) => listMyGroupInvitations(ctx),
  },
  Organisation: {
    hostInstitution: (organisation, _, ctx) => hostInstitution(ctx, organisation),
  },
  WorkingGroup: {
    invitations: (group, _, ctx) => listGroupInvitations(ctx, group),
  },
  WorkingGroupMember: {
    viewerCanRemove: (member, _, ctx) => viewerCanRemoveMember(ctx, member),
  },
  WorkingGroupInvitation: {
    workingGroupId: (invitation) => invitation.workingGroup.id,
    workingGroupName: async (invitation, _, ctx) =>
      (await loadReference(ctx, WorkingGroup, invitation.workingGroup)).name,
    workingGroupKind: async (invitation, _, ctx) =>
      (await loadReference(ctx, WorkingGroup, invitation.workingGroup)).kind,
    organisation: (invitation, _, ctx) => loadReference(ctx, Organisation, invitation.organisation),
  },
  JoinRequest: {
    organisation: (request, _, ctx) =>
      request.organisation ? loadReference(ctx, Organisation, request.organisation) : null,
  },
};
