import { useMutation } from '@apollo/client/react';
import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { formatDateTime } from '../../lib/dates.ts';

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
  const [comment, { loading }] = useMutation(ActionComments_Comment, { refetchQueries: ['WorkplanPage_Workplan'] });
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { body: '' },
    rules: { body: required },
  });

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await comment({ variables: { input: { workplanId, actionId, body: values.body } } });
      return data?.commentOnWorkplan.userErrors;
    });
    if (ok) form.reset();
  });

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
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            {problems}
            <Textarea label={t('comments.body')} required {...form.getInputProps('body')} />
            <Button type="submit" loading={loading}>
              {t('comments.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
