import { documentNameFor } from '../co-editing/documents.ts';
import type { Workplan } from '../../db/entities/workplan.ts';

export function narrativeDocumentName(workplan: Pick<Workplan, 'id'>): string {
  return documentNameFor('workplan', workplan.id);
}
