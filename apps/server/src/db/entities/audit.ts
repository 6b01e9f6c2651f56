import { EntitySchema } from '@mikro-orm/core';

/**
 * One entry of the append-only, MAC-chained audit log. `seq` is the chain position, assigned
 * under a transaction-scoped advisory lock together with reading the previous hash, so
 * concurrent writers cannot fork the chain. The app's role may only SELECT and INSERT; triggers
 * refuse UPDATE, DELETE and TRUNCATE, and an INSERT anywhere but right after the head.
 */
export class AuditEvent {
  seq!: string; // bigint, as a string
  at!: Date;
  actorUserId!: string | null;
  actorOrganisationId!: string | null;
  /** The organisation whose log the entry also belongs to: the owner of what was read, shared or downloaded. */
  subjectOrganisationId!: string | null;
  action!: string;
  subjectType!: string | null;
  subjectId!: string | null;
  details!: Record<string, unknown>;
  prevHash!: string;
  hash!: string;
  /** How `hash` seals the entry: 1 unkeyed SHA-256 (entries written before 2), 2 HMAC under AUDIT_KEY. */
  chainVersion!: number;
}

export const AuditEventSchema = new EntitySchema<AuditEvent>({
  class: AuditEvent,
  properties: {
    seq: { type: 'bigint', primary: true, autoincrement: false },
    at: { type: 'datetime' },
    actorUserId: { type: 'uuid', nullable: true, index: true },
    actorOrganisationId: { type: 'uuid', nullable: true, index: true },
    subjectOrganisationId: { type: 'uuid', nullable: true, index: true },
    action: { type: 'string', length: 100, index: true },
    subjectType: { type: 'string', length: 60, nullable: true },
    subjectId: { type: 'string', length: 64, nullable: true },
    details: { type: 'json' },
    prevHash: { type: 'string', length: 64 },
    hash: { type: 'string', length: 64, unique: true },
    chainVersion: { type: 'smallint' },
  },
});
