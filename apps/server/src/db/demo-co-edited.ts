import type { EntityManager } from '@mikro-orm/postgresql';
import * as Y from 'yjs';
import { renderDocument, writeDocument } from '@opcat/editor';
import type { JSONContent } from '@opcat/editor';
import { CollabSnapshot } from './entities/collab.ts';
import type { Finding } from './entities/monitoring.ts';

/** Stores `content` as the Yjs snapshot of a co-edited document, so that its first opening shows it. */
export function seedCoEditedText(tx: EntityManager, documentName: string, content: JSONContent): void {
  const doc = new Y.Doc();
  try {
    writeDocument(doc, content);
    tx.create(CollabSnapshot, {
      documentName,
      state: Buffer.from(Y.encodeStateAsUpdate(doc)),
      lastUpdateId: '0',
      // Searchable at once, like a compacted snapshot (decision 0020).
      text: renderDocument(doc).text,
    });
  } finally {
    doc.destroy();
  }
}

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The narrative the visit team started for one demo finding (fictional, like the whole demo world). */
export function seedDemoFindingNarrative(tx: EntityManager, finding: Finding): void {
  seedCoEditedText(tx, `finding:${finding.id}`, {
    type: 'doc',
    content: [
      paragraph(
        'En los módulos 3 y 4 el equipo no encontró buzones ni formularios de queja. Las personas entrevistadas explicaron que entregan sus quejas al personal de custodia del módulo, que decide si las transmite a la dirección, y ninguna recibió constancia de haberla presentado.',
      ),
    ],
  });
}
