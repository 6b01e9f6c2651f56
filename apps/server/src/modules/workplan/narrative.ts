import { documentNameFor } from '../../collab/documents.ts';
import type { Workplan } from '../../db/entities/workplan.ts';
import type { GraphQLContext } from '../../graphql/context.ts';
import { renderLiveDocument } from '../co-editing/live-document.ts';
import type { Rendered } from '../co-editing/live-document.ts';

export function narrativeDocumentName(workplan: Pick<Workplan, 'id'>): string {
  return documentNameFor('workplan', workplan.id);
}

/** The narrative as text and HTML, rendered once per operation even when both fields are asked for. */
export function renderNarrative(ctx: GraphQLContext, workplan: Workplan): Promise<Rendered> {
  return renderLiveDocument(ctx, narrativeDocumentName(workplan));
}
