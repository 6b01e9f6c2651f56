import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { IssuedRecommendations_VisitFragment } from '../../__generated__/graphql.ts';

graphql(`
  fragment IssuedRecommendations_Visit on Visit {
    id
    recommendations {
      id
      reference
      title
      issuedOn
    }
  }
`);

/** The recommendations issued from a visit's findings (those the viewer may read), linking the cycle forward. */
export function IssuedRecommendations({ visit }: { visit: IssuedRecommendations_VisitFragment }) {
  const { t } = useTranslation('discovery');
  return (
    <Stack gap="sm" component="section" aria-labelledby="visit-recommendations-title">
      <Title order={2} fz="h4" id="visit-recommendations-title">
        {t('cycle.visitRecommendations')}
      </Title>
      {visit.recommendations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cycle.noRecommendations')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} pl="md" m={0}>
          {visit.recommendations.map((recommendation) => (
            <li key={recommendation.id}>
              <Anchor component={Link} to={`/recommendations/${recommendation.id}`}>
                {recommendation.reference} · {recommendation.title}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
