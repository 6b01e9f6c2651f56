import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded, publicField } from '../guard.ts';
import { listOutbox } from '../../modules/mail/list-outbox.ts';
import { acceptInvitation } from '../../modules/identity/accept-invitation.ts';

export const mailResolvers: Resolvers = {
  Query: {
    outbox: guarded((_, { organisationId, limit }, ctx) => listOutbox(ctx, organisationId, limit ?? 50)),
  },
  Mutation: {
    acceptInvitation: publicField((_, { input }, ctx) => acceptInvitation(ctx, input)),
  },
  OutboxMail: {
    to: (mail) => mail.toAddress,
    text: (mail) => mail.textBody,
  },
};
