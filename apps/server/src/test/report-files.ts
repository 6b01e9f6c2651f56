import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The text of a DOCX (body and headers), one line per paragraph, read from the zip's XML parts. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*)\.xml$/.test(name));
  const texts: string[] = [];
  for (const part of parts.sort()) {
    const xml = await zip.file(part)!.async('string');
    const paragraphs = xml
      .split('</w:p>')
      .map((p) => decodeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
    texts.push(paragraphs.filter((p) => p.length > 0).join('\n'));
  }
  return texts.join('\n');
}

/**
 * The text of a PDF, page by page, through pdf.js (what a reader's copy-paste gives). `joined` glues
 * the pieces with nothing between them, so a string wrapped across lines is found whole by a scan.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; joined: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const lines: string[] = [];
  const pieces: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      pieces.push(item.str);
      lines.push(item.str + (item.hasEOL ? '\n' : ''));
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { text: lines.join(''), joined: pieces.join(''), pages };
}
