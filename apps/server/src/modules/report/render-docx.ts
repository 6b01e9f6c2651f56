import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { VisitReportModel } from './model.ts';
import { reportBlocks, reportLabels } from './outline.ts';
import type { Block } from './outline.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function paragraphOf(block: Block): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ text: block.text, heading: HeadingLevel.TITLE });
    case 'subtitle':
      return new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] });
    case 'heading':
      return new Paragraph({ text: block.text, heading: HEADINGS[block.level] });
    case 'paragraph':
      return new Paragraph({ text: block.text, spacing: { after: 120 } });
    case 'field':
      return new Paragraph({
        children: [
          new TextRun({ text: `${block.label}${block.value ? ': ' : ''}`, bold: true }),
          new TextRun(block.value),
        ],
      });
    case 'bullet':
      return new Paragraph({ text: block.text, bullet: { level: 0 } });
  }
}

/**
 * Writes a version as DOCX to `out`. The docx library assembles the whole document before zipping
 * it (a report is text, a few hundred KB at most), then writes the zip in one piece.
 */
export async function renderReportDocx(model: VisitReportModel, out: Writable): Promise<void> {
  const labels = reportLabels(model.language);
  const doc = new Document({
    title: `${labels.title} — ${labels.version[model.version]}`,
    creator: model.ownerOrganisation,
    styles: { default: { document: { run: { font: 'Noto Sans', size: 21 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: labels.version[model.version], italics: true, size: 16 })],
              }),
            ],
          }),
        },
        children: [...reportBlocks(model)].map(paragraphOf),
      },
    ],
  });
  out.end(await Packer.toBuffer(doc));
  await finished(out);
}
