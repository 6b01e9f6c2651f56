import { can } from '@opcat/domain';
import type { Actor } from '@opcat/domain';
import { Finding, Recommendation, Visit } from '../../db/entities/monitoring.ts';
import { Workplan } from '../../db/entities/workplan.ts';
import type { AnyShareableRecord } from '../../db/entities/shareable.ts';
import type { OperationContext } from '../../operation/context.ts';
import { findReadable } from '../records/load-readable.ts';
import { recordFacts } from '../records/facts.ts';
import { isId } from '../ids.ts';

/**
 * Co-edited texts: a workplan's narrative, a finding's narrative, a recommendation's draft text, a
 * visit report's introduction and conclusions (they belong to the visit and follow its access).
 */
export const COLLAB_KINDS = {
  workplan: Workplan,
  finding: Finding,
  recommendation: Recommendation,
  visitIntroduction: Visit,
  visitConclusions: Visit,
} as const;
export type CollabKind = keyof typeof COLLAB_KINDS;

export function parseDocumentName(name: string): { kind: CollabKind; id: string } | null {
  const match = /^(workplan|finding|recommendation|visitIntroduction|visitConclusions):(.+)$/.exec(name);
  if (!match || !isId(match[2] as string)) return null;
  return { kind: match[1] as CollabKind, id: match[2] as string };
}

export function documentNameFor(kind: CollabKind, id: string): string {
  return `${kind}:${id}`;
}

export interface CollabAccess {
  write: boolean;
  record: AnyShareableRecord;
}

/**
 * What the operation's actor may do with a document, decided by the policy on the record it
 * belongs to. Unknown names, unreadable records and texts of a readable record the actor may not
 * read (a recommendation's draft, for its addressee) all give null, so names cannot be probed.
 */
export async function resolveCollabDocument(ctx: OperationContext, documentName: string): Promise<CollabAccess | null> {
  const parsed = parseDocumentName(documentName);
  if (!parsed || !ctx.actor) return null;
  const record = await findReadable(ctx, COLLAB_KINDS[parsed.kind] as never, parsed.id);
  if (!record || !canReadCollabDocument(ctx.actor, parsed.kind, record)) return null;
  return { write: canWriteCollabDocument(ctx.actor, parsed.kind, record), record: record as AnyShareableRecord };
}

/** Whether the actor may read the co-edited text of a record they can read (not an issuer's draft they received). */
export function canReadCollabDocument(actor: Actor | null, kind: CollabKind, record: AnyShareableRecord): boolean {
  return can(actor, 'coEditing:read', { ...recordFacts(record), kind });
}

/**
 * Whether the actor may write the co-edited text of a record they can read: a workplan's narrative
 * follows the plan's editing rule, a finding's narrative and a recommendation's draft the record's.
 */
export function canWriteCollabDocument(actor: Actor | null, kind: CollabKind, record: AnyShareableRecord): boolean {
  return can(actor, 'coEditing:write', { ...recordFacts(record), kind });
}
