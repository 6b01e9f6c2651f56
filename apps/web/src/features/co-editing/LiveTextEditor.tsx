import { HocuspocusProvider } from '@hocuspocus/provider';
import { Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { editorExtensions, NARRATIVE_FIELD } from '@opcat/editor';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { useShell } from '../shell/ShellContext.tsx';
import { collabUrl, personLabel, userColor } from './collab-helpers.ts';
import { KeepCaretInEmptyBlock } from './caret-guard.ts';
import { ConnectionStateBadge, PresenceList } from './CollabStatus.tsx';
import classes from './LiveTextEditor.module.css';
import { sendOwnAwarenessOnly } from './own-awareness.ts';

interface Props {
  /** The Yjs document on /collab (`CoEditedText.documentName`). */
  documentName: string;
  /** False when the viewer may not write it: the editor is read-only, as /collab treats the connection. */
  editable: boolean;
  /** Accessible name of the text box. */
  label: string;
  /** `data-testid` of the text box. */
  testId?: string;
}

type EditorProps = Omit<Props, 'documentName'>;

interface Collab {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * A text co-edited live (a workplan's narrative, a finding's narrative, a recommendation's draft): one
 * Y.Doc and one provider per document, destroyed when leaving the page, with carets, presence and the
 * connection state.
 */
export function LiveTextEditor({ documentName, ...editorProps }: Props) {
  const [collab, setCollab] = useState<Collab | null>(null);
  useEffect(() => {
    const ydoc = new Y.Doc();
    // The session cookie authenticates; the token only has to be non-empty for the provider to send auth.
    const provider = new HocuspocusProvider({
      url: collabUrl(window.location),
      name: documentName,
      document: ydoc,
      token: 'session',
    });
    sendOwnAwarenessOnly(provider);
    setCollab({ ydoc, provider });
    return () => {
      provider.destroy();
      ydoc.destroy();
    };
  }, [documentName]);
  if (!collab) return <Loader size="sm" />;
  return <LiveEditor key={collab.ydoc.guid} {...collab} {...editorProps} />;
}

/**
 * The caret of another person, as the extension draws it but labelled with their organisation too:
 * in a working group, which institution is writing matters as much as who.
 */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.classList.add('collaboration-carets__caret');
  caret.style.borderColor = color;
  const label = document.createElement('div');
  label.classList.add('collaboration-carets__label');
  label.style.backgroundColor = color;
  label.textContent = personLabel({ name: String(user.name ?? ''), organisation: user.organisation });
  caret.append(label);
  return caret;
}

function LiveEditor({ ydoc, provider, editable, label, testId }: Collab & EditorProps) {
  const { t } = useTranslation();
  const { user, current } = useShell();
  const editor = useEditor({
    extensions: [
      ...editorExtensions(),
      Collaboration.configure({ document: ydoc, field: NARRATIVE_FIELD }),
      CollaborationCaret.configure({
        provider,
        // Exactly the identity the server knows; it refuses any other name, organisation or field.
        user: { name: user.displayName, organisation: current?.organisation.name ?? '', color: userColor(user.id) },
        render: renderCaret,
      }),
      KeepCaretInEmptyBlock,
    ],
    editable,
    editorProps: {
      // Tiptap sets role="textbox" on creation but drops it when it re-applies these props, leaving
      // the label on a role-less div that assistive technology ignores: keep it here.
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        ...(testId ? { 'data-testid': testId } : {}),
        'aria-label': label,
        'aria-readonly': String(!editable),
        class: classes.content ?? '',
      },
    },
  });

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <ConnectionStateBadge provider={provider} />
          {!editable && (
            <Badge color="gray" variant="outline" data-testid="read-only">
              {t('coEditing.readOnly')}
            </Badge>
          )}
        </Group>
        <PresenceList provider={provider} />
      </Group>
      <Paper withBorder p="md" radius="md" className={classes.editor}>
        <EditorContent editor={editor} />
      </Paper>
      {editable && (
        <Text size="xs" c="dimmed">
          {t('coEditing.hint')}
        </Text>
      )}
    </Stack>
  );
}
