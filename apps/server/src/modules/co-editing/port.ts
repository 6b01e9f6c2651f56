import type * as Y from 'yjs';

/**
 * What modules may ask of the co-editing server, whichever runs it (`collab/` on this instance).
 * Modules call this port; none imports `collab/`.
 */
export interface CoEditingPort {
  /**
   * Runs `read` on a document's current state: the live document when it is open on this
   * instance (it holds every stored update), otherwise a copy rebuilt from the durable store.
   */
  read<T>(documentName: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Edits a document on the server as a new change that every collaborator receives, stored
   * durably before anyone sees it (the rule for editors' own updates).
   */
  edit(documentName: string, origin: Record<string, unknown>, edit: (doc: Y.Doc) => void): Promise<void>;
  /** Folds the document's stored update log into its snapshot (the `collab.compact` job). */
  compact(documentName: string): Promise<void>;
}
