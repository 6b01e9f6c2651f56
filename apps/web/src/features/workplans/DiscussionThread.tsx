import { useQuery } from '@apollo/client/react';
import { Button, Card, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';

/** Newest comments first from the server; shown oldest first, with earlier pages loaded on demand. */
const DiscussionThread_Comments = graphql(`
  query DiscussionThread_Comments($id: ID!, $actionId: ID, $after: String) {
    workplan(id: $id) {
      id
      discussion(first: 20, after: $after, actionId: $actionId) {
        nodes {
          id
          actionId
          body
          createdAt
          author {
            id
            displayName
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

interface Props {
  workplanId: string;
  /** Only the comments on this action; all of the plan's comments when absent. */
  actionId?: string;
  /** Titles of the plan's actions, to say what a comment is about in the plan-wide thread. */
  actionTitles?: ReadonlyMap<string, string>;
  emptyText: string;
}

export function DiscussionThread({ workplanId, actionId, actionTitles, emptyText }: Props) {
  const { t, i18n } = useTranslation('workplan');
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(DiscussionThread_Comments, {
    variables: { id: workplanId, actionId: actionId ?? null, after: null },
  });
  const page = data?.workplan.discussion;

  if (loading && !page) return <Loader size="sm" aria-label={t('comments.title')} />;
  if (!page) return <ErrorAlert messages={error ? [t('comments.loadError')] : []} />;

  const showEarlier = async () => {
    setLoadingEarlier(true);
    try {
      await fetchMore({
        variables: { after: page.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.workplan.discussion.nodes.map((c) => c.id));
          const next = fetchMoreResult.workplan.discussion;
          return {
            ...previous,
            workplan: {
              ...previous.workplan,
              discussion: {
                ...next,
                nodes: [...previous.workplan.discussion.nodes, ...next.nodes.filter((c) => !seen.has(c.id))],
              },
            },
          };
        },
      });
    } finally {
      setLoadingEarlier(false);
    }
  };

  const oldestFirst = [...page.nodes].reverse();
  return (
    <Stack gap="sm" data-testid="discussion-thread">
      {page.pageInfo.hasNextPage && (
        <Button variant="subtle" size="xs" loading={loadingEarlier} onClick={() => void showEarlier()}>
          {t('comments.showEarlier')}
        </Button>
      )}
      {oldestFirst.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      {oldestFirst.map((c) => (
        <Card key={c.id} withBorder padding="sm" component="article">
          <Text size="xs" c="gray.7">
            {c.author.displayName} · {formatDateTime(c.createdAt, i18n.language)}
          </Text>
          {actionTitles && (
            <Text size="xs" c="gray.7">
              {c.actionId
                ? t('comments.onAction', { title: actionTitles.get(c.actionId) ?? '' })
                : t('comments.onNarrative')}
            </Text>
          )}
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {c.body}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
