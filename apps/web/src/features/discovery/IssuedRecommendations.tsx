import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { IssuedRecommendations_VisitFragment } from '../../__generated__/graphql.ts';
import { CursorPager, useCountText } from '../../components/CursorPager.tsx';
import type { useCursorPages } from '../../components/CursorPager.tsx';

graphql(`
  fragment IssuedRecommendations_Visit on Visit {
    id
    recommendations(limit: 50, after: $recommendationsAfter) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        reference
        title
        issuedOn
      }
    }
  }
`);

/** The recommendations issued from a visit's findings (those the viewer may read), linking the cycle forward. */
export function IssuedRecommendations({
  visit,
  pages,
}: {
  visit: IssuedRecommendations_VisitFragment;
  /** The page's cursors of this list (the operation's `$recommendationsAfter`). */
  pages: ReturnType<typeof useCursorPages>;
}) {
  const { t } = useTranslation('discovery');
  const countText = useCountText();
  const list = visit.recommendations;
  return (
    <Stack gap="sm" component="section" aria-labelledby="visit-recommendations-title">
      <Title order={2} fz="h4" id="visit-recommendations-title">
        {t('cycle.visitRecommendations', {
          total: countText(list.totalCount, list.totalCountCapped),
        })}
      </Title>
      {list.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cycle.noRecommendations')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} pl="md" m={0}>
          {list.nodes.map((recommendation) => (
            <li key={recommendation.id}>
              <Anchor component={Link} to={`/recommendations/${recommendation.id}`}>
                {recommendation.reference} · {recommendation.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
      <CursorPager
        hasPrevious={pages.index > 0}
        hasNext={list.pageInfo.hasNextPage}
        onPrevious={pages.previous}
        onNext={() => list.pageInfo.endCursor && pages.next(list.pageInfo.endCursor)}
      />
    </Stack>
  );
}
