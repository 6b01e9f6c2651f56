import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';
import { appendAudit } from '../audit/append-audit.ts';

export type ReprisalAccess = 'list' | 'detail' | 'report' | 'update';

/** Every access to reprisal incidents is audited: which incidents, and how. */
export function auditReprisalAccess(
  em: EntityManager,
  auditKey: string,
  actor: Actor,
  access: ReprisalAccess,
  ids: readonly string[],
  details: Record<string, unknown> = {},
): Promise<void> {
  return appendAudit(em, auditKey, {
    action: 'reprisal.accessed',
    actor,
    subjectType: 'reprisal',
    subjectId: ids.length === 1 ? ids[0] : undefined,
    details: { ...details, access, ids: [...ids] },
  });
}
