import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../__generated__/gql.ts';
import type { CommentsPanel_RecordFragment } from '../__generated__/graphql.ts';
import { OrganisationKindBadge } from './OrganisationKindBadge.tsx';
import type { RecordType } from '../lib/enums.ts';
import { formatDateTime } from '../lib/dates.ts';
import { required, useAppForm } from './form/index.ts';
import { typenameOf } from './classification.ts';
import { MentionSelect } from './MentionSelect.tsx';

graphql(`
  fragment CommentsPanel_Record on ShareableRecord {
    id
    viewerCan {
      readComments
      comment
    }
    comments {
      id
      body
      createdAt
      author {
        id
        displayName
      }
      authorOrganisation {
        id
        name
        kind
      }
    }
  }
`);

const CommentsPanel_AddComment = graphql(`
  mutation CommentsPanel_AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        body
        createdAt
        author {
          id
          displayName
        }
        authorOrganisation {
          id
          name
          kind
        }
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
  record: CommentsPanel_RecordFragment;
  recordType: RecordType;
}

/** The comments on a record, oldest first, and a box to add one for those allowed to comment; nothing for a reader outside its discussion. */
export function CommentsPanel({ record, recordType }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const titleId = useId();
  const [addComment, { loading }] = useMutation(CommentsPanel_AddComment);
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { body: '', mentionUserIds: [] as string[] },
    rules: { body: required },
  });

  const submit = handleSubmit(async (values) => {
    const ok = await submitPayload(async () => {
      const { data } = await addComment({
        variables: {
          input: {
            recordType,
            recordId: record.id,
            body: values.body.trim(),
            mentionUserIds: values.mentionUserIds,
          },
        },
        update(cache, result) {
          const comment = result.data?.addComment.comment;
          const id = cache.identify({ __typename: typenameOf(recordType), id: record.id });
          if (!comment || !id) return;
          cache.modify<{ comments: Reference[] }>({
            id,
            fields: {
              comments: (existing, { toReference }) => {
                const added = toReference(comment);
                return added ? [...existing, added] : existing;
              },
            },
          });
        },
      });
      return data?.addComment.userErrors;
    });
    if (ok) form.reset();
  });

  // Someone who reads the record only as PUBLIC or as its addressee is not in its discussion: no panel (an empty
  // one would say "no comments yet" about a record others discuss).
  if (!record.viewerCan.readComments) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={titleId}>
          {t('comments.title', { count: record.comments.length })}
        </Title>
        {record.comments.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('comments.empty')}
          </Text>
        )}
        {record.comments.map((comment) => (
          <Stack key={comment.id} gap={2} component="article">
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600}>
                {comment.author.displayName}
              </Text>
              <OrganisationKindBadge kind={comment.authorOrganisation.kind} />
              <Text size="xs" c="dimmed">
                {comment.authorOrganisation.name} · {formatDateTime(comment.createdAt, i18n.language)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {comment.body}
            </Text>
          </Stack>
        ))}
        {record.viewerCan.comment && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              {problems}
              <Textarea
                label={t('comments.new')}
                autosize
                minRows={2}
                maxRows={8}
                required
                {...form.getInputProps('body')}
              />
              <MentionSelect
                value={form.values.mentionUserIds}
                onChange={(ids) => form.setFieldValue('mentionUserIds', ids)}
                onMention={(name) =>
                  form.setFieldValue('body', (body) => `${body}${body && !body.endsWith(' ') ? ' ' : ''}@${name} `)
                }
                error={form.errors.mentionUserIds}
              />
              <Group justify="flex-end">
                <Button type="submit" size="xs" loading={loading}>
                  {t('comments.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
