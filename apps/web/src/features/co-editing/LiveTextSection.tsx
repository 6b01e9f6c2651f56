import { Card, Stack, Title } from '@mantine/core';
import { LiveTextEditor } from './LiveTextEditor.tsx';

interface Props {
  /** The record's `CoEditedText` (document name and whether the viewer may write it). */
  text: { documentName: string; viewerCanEdit: boolean };
  /** Id of the heading, which names the section. */
  id: string;
  title: string;
  /** Accessible name of the text box. */
  label: string;
  testId?: string;
}

/** A record page's card holding one co-edited text under its heading. */
export function LiveTextSection({ text, id, title, label, testId }: Props) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        <LiveTextEditor documentName={text.documentName} editable={text.viewerCanEdit} label={label} testId={testId} />
      </Stack>
    </Card>
  );
}
