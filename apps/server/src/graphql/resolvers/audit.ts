import type { Resolvers } from '../../__generated__/resolvers-types.ts';
import { guarded } from '../guard.ts';
import { auditEntryActor, auditLog } from '../../modules/audit/audit-log.ts';
import { auditChainStatus } from '../../modules/audit/audit-chain-status.ts';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: guarded((_, args, ctx) => auditLog(ctx, args)),
    auditChainStatus: guarded((_, { organisationId }, ctx) => auditChainStatus(ctx, organisationId)),
  },
  AuditEntry: {
    // The ORM may hand a bigint back as a JavaScript bigint, which GraphQL's ID cannot serialise.
    seq: (entry) => String(entry.seq),
    actor: (entry, _, ctx) => auditEntryActor(ctx, entry),
  },
};
