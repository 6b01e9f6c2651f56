// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { editorExtensions, NARRATIVE_FIELD, writeDocument } from '@opcat/editor';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { KeepCaretInEmptyBlock } from './caret-guard.ts';

const heading = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const paragraph = (text?: string) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });

/** Two Y.Docs that exchange every update at once, as two browsers on /collab do. */
function linkedDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeDocument(a, {
    type: 'doc',
    content: [heading('Plan'), paragraph('Intro'), heading('Compromisos'), paragraph('Texto'), paragraph()],
  });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(b, update, 'peer');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(a, update, 'peer');
  });
  return [a, b];
}

const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
});

function editorOn(ydoc: Y.Doc, guard: boolean): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...editorExtensions(),
      Collaboration.configure({ document: ydoc, field: NARRATIVE_FIELD }),
      ...(guard ? [KeepCaretInEmptyBlock] : []),
    ],
  });
  editors.push(editor);
  return editor;
}

/** Puts the caret at the end of the block whose text is `text` and presses Enter there. */
function newParagraphAfter(editor: Editor, text: string): void {
  let end = -1;
  editor.state.doc.forEach((node, offset) => {
    if (node.textContent === text) end = offset + node.nodeSize - 1;
  });
  editor.chain().setTextSelection(end).splitBlock().run();
}

/** The text of the block holding the caret, and its index among the document's blocks. */
function caretBlock(editor: Editor): { index: number; before: string } {
  const { $from } = editor.state.selection;
  const index = $from.index(0);
  return { index, before: editor.state.doc.child(index - 1).textContent };
}

describe('the caret in a new empty paragraph while someone else types', () => {
  function scenario(guard: boolean) {
    const [anaDoc, diegoDoc] = linkedDocs();
    const ana = editorOn(anaDoc, guard);
    const diego = editorOn(diegoDoc, guard);
    // Ana opens a line under the title, Diego one under the commitments: two empty paragraphs.
    newParagraphAfter(ana, 'Intro');
    newParagraphAfter(diego, 'Compromisos');
    // Ana's first keystroke fills her paragraph: one empty paragraph fewer before Diego's.
    ana.commands.insertContent('A');
    diego.commands.insertContent('D');
    return { ana, diego };
  }

  it('stays where its owner put it (with the guard)', () => {
    const { ana, diego } = scenario(true);
    expect(caretBlock(diego).before).toBe('Compromisos');
    const blocks: string[] = [];
    ana.state.doc.forEach((node) => blocks.push(node.textContent));
    expect(blocks).toEqual(['Plan', 'Intro', 'A', 'Compromisos', 'D', 'Texto', '']);
  });

  it('jumps without the guard (the @tiptap/y-tiptap 3.0.9–3.3.0 heuristic this guard corrects)', () => {
    const { diego } = scenario(false);
    expect(caretBlock(diego).before).not.toBe('Compromisos');
  });
});
