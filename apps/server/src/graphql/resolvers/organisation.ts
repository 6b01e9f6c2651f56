import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { Organisation, User } from '../../db/entities/identity.ts';
import { loadReference } from '../../modules/load-reference.ts';
import {
  getOrganisation,
  listOrganisationMembers,
  organisationAbilities,
} from '../../modules/organisation/get-organisation.ts';
import { addMember } from '../../modules/organisation/add-member.ts';
import { changeMemberRole } from '../../modules/organisation/change-member-role.ts';
import { removeMember } from '../../modules/organisation/remove-member.ts';
import { subscribeMembershipChanged } from '../../modules/organisation/membership-changed.ts';

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: guarded((_, { id }, ctx) => getOrganisation(ctx, id)),
  },
  Mutation: {
    addMember: guarded((_, { input }, ctx) => addMember(ctx, input)),
    changeMemberRole: guarded((_, { input }, ctx) => changeMemberRole(ctx, input)),
    removeMember: guarded((_, { input }, ctx) => removeMember(ctx, input)),
  },
  Subscription: {
    membershipChanged: {
      subscribe: guarded((_, { organisationId }, ctx) => subscribeMembershipChanged(ctx, organisationId)),
    },
  },
  Organisation: {
    members: (organisation, _, ctx) => listOrganisationMembers(ctx, organisation),
    viewerCan: (organisation, _, ctx) => organisationAbilities(ctx, organisation),
  },
  Membership: {
    user: (membership, _, ctx) => loadReference(ctx, User, membership.user),
    organisation: (membership, _, ctx) => loadReference(ctx, Organisation, membership.organisation),
  },
};
