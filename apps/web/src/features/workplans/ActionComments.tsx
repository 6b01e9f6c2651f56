import { useMutation } from '@apollo/client/react';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { UserErrorMessageKey } from '../../lib/user-errors.ts';
import { ErrorAlert, formatDateTime, formErrors } from '../../components/records.ts';

const ActionComments_Comment = graphql(`
  mutation ActionComments_Comment($input: CommentOnWorkplanInput!) {
    commentOnWorkplan(input: $input) {
      comment {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  workplanId: string;
  actionId: string;
  comments: readonly { id: string; body: string; createdAt: string; author: { id: string; displayName: string } }[];
  canComment: boolean;
}

export function ActionComments({ workplanId, actionId, comments, canComment }: Props) {
  const { t, i18n } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const [comment, { loading }] = useMutation(ActionComments_Comment, { refetchQueries: ['WorkplanPage_Workplan'] });
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorMessageKey[]>([]);

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    setErrors([]);
    try {
      const { data } = await comment({ variables: { input: { workplanId, actionId, body } } });
      if (data?.commentOnWorkplan.comment) setBody('');
      else setErrors(formErrors(data?.commentOnWorkplan.userErrors ?? [], []).general);
    } catch {
      setErrors(['userErrors.UNKNOWN']);
    }
  };

  return (
    <Stack gap="sm" data-testid="action-comments">
      <Title order={3} fz="h4">
        {t('comments.title')}
      </Title>
      {comments.length === 0 && <Text c="dimmed">{t('comments.none')}</Text>}
      {comments.map((c) => (
        <Card key={c.id} withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {c.author.displayName} · {formatDateTime(c.createdAt, i18n.language)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {c.body}
          </Text>
        </Card>
      ))}
      {canComment && (
        <Stack component="form" gap="xs" onSubmit={(e) => void submit(e)}>
          <ErrorAlert messages={errors.map((key) => tc(key))} />
          <Textarea label={t('comments.body')} required value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          <Button type="submit" loading={loading} disabled={!body.trim()}>
            {t('comments.submit')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
