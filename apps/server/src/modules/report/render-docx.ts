import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportLanguage, VisitReportModel } from './model.ts';
import { fieldLabel, reportBlocks, reportLabels } from './outline.ts';
import type { Block } from './outline.ts';
import type { DocumentMeta } from './render-pdf.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function tableOf(rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: row.map(
            (cell) =>
              new TableCell({
                children: [new Paragraph({ children: [new TextRun({ text: cell, bold: index === 0 })] })],
              }),
          ),
        }),
    ),
  });
}

function paragraphOf(block: Block, language: ReportLanguage): Paragraph | Table {
  switch (block.kind) {
    case 'table':
      return tableOf(block.rows);
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
          new TextRun({ text: fieldLabel(block.label, Boolean(block.value), language), bold: true }),
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
export function renderReportDocx(model: VisitReportModel, out: Writable): Promise<void> {
  const labels = reportLabels(model.language);
  return renderBlocksDocx(
    reportBlocks(model),
    {
      title: `${labels.title} — ${labels.version[model.version]}`,
      author: model.ownerOrganisation,
      mark: labels.version[model.version],
      language: model.language,
    },
    out,
  );
}

/** Writes any list of blocks as DOCX (the visit report's and the annual report's), Noto Sans, marked in the header. */
export async function renderBlocksDocx(blocks: Iterable<Block>, meta: DocumentMeta, out: Writable): Promise<void> {
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    styles: { default: { document: { run: { font: 'Noto Sans', size: 21 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: meta.mark, italics: true, size: 16 })],
              }),
            ],
          }),
        },
        children: [...blocks].map((block) => paragraphOf(block, meta.language)),
      },
    ],
  });
  out.end(await Packer.toBuffer(doc));
  await finished(out);
}
