import { DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { guarded, publicField } from './guard.ts';
import { getMe, listMyMemberships, listMyWorkingGroups } from '../modules/identity/me.ts';
import { signIn } from '../modules/identity/sign-in.ts';
import { signOut } from '../modules/identity/sign-out.ts';
import { setPreferredLocale } from '../modules/identity/set-preferred-locale.ts';
import {
  getOrganisation,
  listOrganisationMembers,
  organisationAbilities,
} from '../modules/organisation/get-organisation.ts';
import { addMember } from '../modules/organisation/add-member.ts';
import { changeMemberRole } from '../modules/organisation/change-member-role.ts';
import { removeMember } from '../modules/organisation/remove-member.ts';
import { subscribeMembershipChanged } from '../modules/organisation/membership-changed.ts';
import {
  getWorkingGroup,
  listMyWorkingGroupsFor,
  listWorkingGroupMembers,
} from '../modules/working-group/get-working-group.ts';
import { loadReference } from '../modules/load-reference.ts';
import { Organisation, User } from '../db/entities/identity.ts';

/** One line per field: every decision lives in the command or query it calls. */
export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Query: {
    health: publicField(() => 'ok'),
    me: publicField((_, __, ctx) => getMe(ctx)),
    organisation: guarded((_, { id }, ctx) => getOrganisation(ctx, id)),
    workingGroups: guarded((_, __, ctx) => listMyWorkingGroupsFor(ctx)),
    workingGroup: guarded((_, { id }, ctx) => getWorkingGroup(ctx, id)),
  },
  Mutation: {
    signIn: publicField((_, { input }, ctx) => signIn(ctx, input)),
    signOut: publicField((_, __, ctx) => signOut(ctx)),
    setPreferredLocale: guarded((_, { input }, ctx) => setPreferredLocale(ctx, input)),
    addMember: guarded((_, { input }, ctx) => addMember(ctx, input)),
    changeMemberRole: guarded((_, { input }, ctx) => changeMemberRole(ctx, input)),
    removeMember: guarded((_, { input }, ctx) => removeMember(ctx, input)),
  },
  Subscription: {
    membershipChanged: {
      subscribe: guarded((_, { organisationId }, ctx) => subscribeMembershipChanged(ctx, organisationId)),
    },
  },
  Me: {
    memberships: (me, _, ctx) => listMyMemberships(ctx, me),
    workingGroups: (me, _, ctx) => listMyWorkingGroups(ctx, me),
  },
  Organisation: {
    members: (organisation, _, ctx) => listOrganisationMembers(ctx, organisation),
    viewerCan: (organisation, _, ctx) => organisationAbilities(ctx, organisation),
  },
  Membership: {
    user: (membership, _, ctx) => loadReference(ctx, User, membership.user),
    organisation: (membership, _, ctx) => loadReference(ctx, Organisation, membership.organisation),
  },
  WorkingGroup: {
    members: (group, _, ctx) => listWorkingGroupMembers(ctx, group),
  },
  WorkingGroupMember: {
    organisation: (member, _, ctx) => loadReference(ctx, Organisation, member.organisation),
  },
};
