import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { ProsemirrorBinding } from '@tiptap/y-tiptap';

function isRemoteChange(tr: Transaction): boolean {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  return meta?.isChangeOrigin === true;
}

/**
 * Keeps a collapsed caret in the empty paragraph its owner just opened when someone else's edit arrives.
 *
 * @tiptap/y-tiptap (3.0.9 up to 3.3.0 at least) restores the caret after a remote change from its Yjs
 * position, then second-guesses it with a content heuristic: a caret in an empty block is matched to
 * "the Nth empty block". When a collaborator's keystroke fills an earlier empty block, the count shifts
 * and the caret lands in another empty block, often the document's last line, and the owner's next
 * words go there (seen in the co-editing browser test). The Yjs position is exact for an empty block,
 * so this plugin puts the caret back where it resolves.
 */
export const KeepCaretInEmptyBlock = Extension.create({
  name: 'keepCaretInEmptyBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('keepCaretInEmptyBlock'),
        appendTransaction(transactions, oldState: EditorState, newState: EditorState) {
          if (!transactions.some(isRemoteChange)) return null;
          const before = oldState.selection;
          if (!before.empty || !before.$from.parent.isTextblock || before.$from.parent.content.size > 0) return null;
          const binding = (ySyncPluginKey.getState(newState) as { binding?: ProsemirrorBinding } | undefined)?.binding;
          const anchor: unknown = binding?.beforeTransactionSelection?.anchor;
          if (!binding || anchor == null) return null;
          const pos = relativePositionToAbsolutePosition(binding.doc, binding.type, anchor, binding.mapping);
          if (pos === null || pos > newState.doc.content.size) return null;
          const $pos = newState.doc.resolve(pos);
          if (!$pos.parent.isTextblock || $pos.parent.content.size > 0) return null;
          const after = newState.selection;
          if (after.empty && after.from === pos) return null;
          return newState.tr.setSelection(TextSelection.create(newState.doc, pos)).setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
