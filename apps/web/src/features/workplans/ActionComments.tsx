import { useMutation } from '@apollo/client/react';
import { Button, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { DiscussionThread } from './DiscussionThread.tsx';
import { MentionSelect } from '../../components/MentionSelect.tsx';

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
  canComment: boolean;
}

export function ActionComments({ workplanId, actionId, canComment }: Props) {
  const { t } = useTranslation('workplan');
  const [comment, { loading }] = useMutation(ActionComments_Comment, { refetchQueries: ['DiscussionThread_Comments'] });
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { body: '', mentionUserIds: [] as string[] },
    rules: { body: required },
  });

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await comment({
        variables: { input: { workplanId, actionId, body: values.body, mentionUserIds: values.mentionUserIds } },
      });
      return data?.commentOnWorkplan.userErrors;
    });
    if (ok) form.reset();
  });

  return (
    <Stack gap="sm" data-testid="action-comments">
      <Title order={3} fz="h4">
        {t('comments.title')}
      </Title>
      <DiscussionThread workplanId={workplanId} actionId={actionId} emptyText={t('comments.none')} />
      {canComment && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            {problems}
            <Textarea label={t('comments.body')} required {...form.getInputProps('body')} />
            <MentionSelect
              value={form.values.mentionUserIds}
              onChange={(ids) => form.setFieldValue('mentionUserIds', ids)}
              onMention={(name) =>
                form.setFieldValue('body', (body) => `${body}${body && !body.endsWith(' ') ? ' ' : ''}@${name} `)
              }
              error={form.errors.mentionUserIds}
            />
            <Button type="submit" loading={loading}>
              {t('comments.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
