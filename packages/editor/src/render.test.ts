import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import { documentJSON, NARRATIVE_FIELD, renderDocument, writeDocument } from './index.ts';

const text = (value: string, marks?: string[]): JSONContent => ({
  type: 'text',
  text: value,
  ...(marks ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

function docOf(content: JSONContent[]): Y.Doc {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, { type: 'doc', content });
  return ydoc;
}

describe('renderDocument', () => {
  it('renders headings, lists, blockquotes and bold/italic text to plain text and HTML', () => {
    const ydoc = docOf([
      { type: 'heading', attrs: { level: 2 }, content: [text('Prioridad 1')] },
      paragraph(
        text('Salvaguardas '),
        text('en las primeras horas', ['bold']),
        text(' de '),
        text('detención', ['italic']),
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Aviso a la familia'))] },
          { type: 'listItem', content: [paragraph(text('Acceso a un abogado'))] },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('Nadie será sometido a tortura.'))] },
    ]);

    const { text: plain, html } = renderDocument(ydoc);

    expect(plain).toBe(
      'Prioridad 1\n\nSalvaguardas en las primeras horas de detención\n\nAviso a la familia\n\nAcceso a un abogado\n\nNadie será sometido a tortura.',
    );
    expect(html).toBe(
      '<h2>Prioridad 1</h2>' +
        '<p>Salvaguardas <strong>en las primeras horas</strong> de <em>detención</em></p>' +
        '<ul><li><p>Aviso a la familia</p></li><li><p>Acceso a un abogado</p></li></ul>' +
        '<blockquote><p>Nadie será sometido a tortura.</p></blockquote>',
    );
  });

  it('escapes markup typed as text', () => {
    const { text: plain, html } = renderDocument(docOf([paragraph(text('<script>alert("x")</script> & <b>'))]));
    expect(plain).toBe('<script>alert("x")</script> & <b>');
    expect(html).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;</p>');
    expect(html).not.toContain('<script');
  });

  it('keeps http links and drops javascript: links', () => {
    const link = (href: string, label: string): JSONContent => ({
      type: 'text',
      text: label,
      marks: [{ type: 'link', attrs: { href } }],
    });
    const { html } = renderDocument(
      docOf([paragraph(link('https://www.apt.ch', 'APT'), text(' '), link('javascript:alert(1)', 'trap'))]),
    );
    expect(html).toContain('href="https://www.apt.ch"');
    expect(html).not.toContain('javascript:');
  });

  it('renders an empty document as empty text and HTML', () => {
    expect(renderDocument(new Y.Doc())).toEqual({ text: '', html: '' });
  });

  it('ignores elements outside the schema instead of failing', () => {
    const ydoc = docOf([paragraph(text('visible'))]);
    const foreign = new Y.XmlElement('iframe');
    foreign.insert(0, [new Y.XmlText('hidden')]);
    ydoc.getXmlFragment(NARRATIVE_FIELD).insert(1, [foreign]);
    expect(renderDocument(ydoc)).toEqual({ text: 'visible', html: '<p>visible</p>' });
  });

  it('writeDocument round-trips through the Yjs fragment and updates by difference', () => {
    const content = [paragraph(text('uno')), paragraph(text('dos'))];
    const ydoc = docOf(content);
    expect(documentJSON(ydoc)).toEqual({ type: 'doc', content });

    const first = ydoc.getXmlFragment(NARRATIVE_FIELD).get(0);
    writeDocument(ydoc, { type: 'doc', content: [paragraph(text('uno')), paragraph(text('tres'))] });
    expect(renderDocument(ydoc).text).toBe('uno\n\ntres');
    // The unchanged paragraph is the same Yjs element: collaborators' positions in it survive.
    expect(ydoc.getXmlFragment(NARRATIVE_FIELD).get(0)).toBe(first);
  });
});
