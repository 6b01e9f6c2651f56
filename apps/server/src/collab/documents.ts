import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@opcat/domain';

export interface CollabAccess {
  write: boolean;
}

/**
 * Maps a document name ("<kind>:<id>") to the record it belongs to and asks the policy what the
 * actor may do with it. No document kinds exist yet (workplans arrive with co-editing), so
 * every name is refused, exactly as an unknown one would be.
 */
export async function resolveCollabDocument(
  _em: EntityManager,
  _actor: Actor,
  _documentName: string,
): Promise<CollabAccess | null> {
  return null;
}
