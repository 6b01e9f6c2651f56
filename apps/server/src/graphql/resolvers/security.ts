import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import { confirmTwoFactorEnrolment, startTwoFactorEnrolment } from '../../modules/two-factor/enrolment.ts';
import { verifySecondFactor } from '../../modules/two-factor/verify-second-factor.ts';
import { regenerateRecoveryCodes } from '../../modules/two-factor/recovery-codes.ts';
import { getTwoFactorStatus } from '../../modules/two-factor/two-factor-status.ts';
import {
  addPasskey,
  removePasskey,
  startPasskeyRegistration,
  startPasskeySecondFactor,
  verifyPasskeySecondFactor,
} from '../../modules/two-factor/passkeys.ts';
import {
  memberTwoFactorEnabled,
  organisationTwoFactorRequired,
  resetMemberTwoFactor,
  setTwoFactorRequired,
  viewerCanManageTwoFactor,
} from '../../modules/two-factor/admin.ts';

export const securityResolvers: Resolvers = {
  Query: {
    // Public on purpose: a session held at the second step has no actor and must learn its stage.
    twoFactorStatus: publicField((_, __, ctx) => getTwoFactorStatus(ctx)),
  },
  Mutation: {
    // These three serve sessions that carry no actor yet; each checks the session's stage itself.
    startTwoFactorEnrolment: publicField((_, __, ctx) => startTwoFactorEnrolment(ctx)),
    confirmTwoFactorEnrolment: publicField((_, { input }, ctx) => confirmTwoFactorEnrolment(ctx, input)),
    verifySecondFactor: publicField((_, { input }, ctx) => verifySecondFactor(ctx, input)),
    regenerateRecoveryCodes: guarded((_, { input }, ctx) => regenerateRecoveryCodes(ctx, input)),
    setTwoFactorRequired: guarded((_, { input }, ctx) => setTwoFactorRequired(ctx, input)),
    resetMemberTwoFactor: guarded((_, { input }, ctx) => resetMemberTwoFactor(ctx, input)),
    startPasskeyRegistration: guarded((_, __, ctx) => startPasskeyRegistration(ctx)),
    addPasskey: guarded((_, { input }, ctx) => addPasskey(ctx, input)),
    removePasskey: guarded((_, { input }, ctx) => removePasskey(ctx, input.id)),
    // The second step: a held session has no actor; both check the session's stage themselves.
    startPasskeySecondFactor: publicField((_, __, ctx) => startPasskeySecondFactor(ctx)),
    verifyPasskeySecondFactor: publicField((_, { input }, ctx) => verifyPasskeySecondFactor(ctx, input)),
  },
  Organisation: {
    twoFactorRequired: (organisation) => organisationTwoFactorRequired(organisation),
    viewerCanManageTwoFactor: (organisation, _, ctx) => viewerCanManageTwoFactor(ctx, organisation),
  },
  Membership: {
    twoFactorEnabled: (membership, _, ctx) => memberTwoFactorEnabled(ctx, membership),
  },
};
