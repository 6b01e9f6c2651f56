import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { ReportLanguage, VisitReportModel } from './model.ts';
import { fieldLabel, reportBlocks, reportLabels } from './outline.ts';
import type { Block } from './outline.ts';

const require = createRequire(import.meta.url);
/**
 * Noto Sans, embedded (subset) in every PDF: it carries Spanish, French and Portuguese text (á ñ ç ã
 * « ») and far more; the 14 standard PDF fonts stop at WinAnsi. Read from node_modules, no network.
 */
const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
};

const SIZES = { title: 20, subtitle: 12, 1: 16, 2: 13, 3: 11.5, body: 10.5, table: 9 } as const;
type FontName = keyof typeof FONTS;
/** Room a heading needs below it on its page (so it is not left alone at the bottom). */
const KEEP_WITH_NEXT = 72;

/** What every page of a document says about it: its title, author and the mark printed on each page. */
export interface DocumentMeta {
  title: string;
  author: string;
  /** Printed at the top of every page (which version or report this page belongs to). */
  mark: string;
  language: ReportLanguage;
}

/**
 * Writes a version as PDF to `out` (an HTTP response, a file), page by page: pdfkit flushes each
 * finished page to the stream, so memory holds one page and the fonts, whatever the report's length.
 */
export function renderReportPdf(model: VisitReportModel, out: Writable): Promise<void> {
  const labels = reportLabels(model.language);
  return renderBlocksPdf(
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

/** A small table, drawn row by row; columns share the width, the first one half as wide again. */
function drawTable(
  doc: PDFKit.PDFDocument,
  rows: string[][],
  width: number,
  style: (font: FontName, size: number) => void,
): void {
  const columns = Math.max(...rows.map((r) => r.length));
  const unit = width / (columns + 0.5);
  const widths = Array.from({ length: columns }, (_, i) => (i === 0 ? unit * 1.5 : unit));
  const left = doc.page.margins.left;
  rows.forEach((row, index) => {
    style(index === 0 ? 'bold' : 'regular', index === 0 ? SIZES.table - 1 : SIZES.table);
    const height = Math.max(
      ...row.map((cell, i) => doc.heightOfString(cell || ' ', { width: (widths[i] ?? unit) - 6 })),
    );
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    row.forEach((cell, i) => {
      doc.text(cell || ' ', x, top, { width: (widths[i] ?? unit) - 6, lineBreak: true });
      x += widths[i] ?? unit;
    });
    doc.x = left;
    doc.y = top + height + 3;
  });
  doc.moveDown(0.5);
}

/** Writes any list of blocks as PDF to `out`, page by page (the visit report's and the annual report's). */
export async function renderBlocksPdf(blocks: Iterable<Block>, meta: DocumentMeta, out: Writable): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 56, left: 60, right: 60 },
    lang: meta.language,
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  doc.pipe(out);
  // Every page says which version it belongs to, so a printed page cannot pass for another version.
  // The font in use, so the page mark (drawn when a text runs onto a new page) can hand it back.
  let current: { font: FontName; size: number } = { font: 'regular', size: SIZES.body };
  const style = (font: FontName, size: number) => {
    current = { font, size };
    doc.font(font).fontSize(size);
  };
  const mark = () => {
    const { x, y } = doc;
    doc.font('italic').fontSize(8).fillColor('#555555');
    doc.text(meta.mark, doc.page.margins.left, 32, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('#000000');
    doc.font(current.font).fontSize(current.size);
    doc.x = x;
    doc.y = y;
  };
  mark();
  doc.on('pageAdded', mark);
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        style('bold', SIZES.title);
        doc.text(block.text, { width });
        doc.moveDown(0.3);
        break;
      case 'subtitle':
        style('italic', SIZES.subtitle);
        doc.text(block.text, { width });
        doc.moveDown(0.6);
        break;
      case 'heading':
        doc.moveDown(block.level === 1 ? 0.8 : 0.5);
        if (doc.y + KEEP_WITH_NEXT > doc.page.height - doc.page.margins.bottom) doc.addPage();
        style('bold', SIZES[block.level]);
        doc.text(block.text, { width });
        doc.moveDown(0.25);
        break;
      case 'paragraph':
        style('regular', SIZES.body);
        doc.text(block.text, { width, align: 'left' });
        doc.moveDown(0.4);
        break;
      case 'field':
        style('bold', SIZES.body);
        doc.text(fieldLabel(block.label, Boolean(block.value), meta.language), { continued: true, width });
        style('regular', SIZES.body);
        doc.text(block.value || ' ');
        break;
      case 'bullet':
        style('regular', SIZES.body);
        doc.text(`•  ${block.text}`, { width, indent: 10 });
        break;
      case 'table':
        drawTable(doc, block.rows, width, style);
        break;
    }
  }
  doc.end();
  await finished(out);
}
