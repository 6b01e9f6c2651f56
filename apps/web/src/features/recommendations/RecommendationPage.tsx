import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { LiveTextSection } from '../co-editing/LiveTextSection.tsx';
import { CommentsPanel, WhoCanSeePanel } from '../../components/records.ts';
import { AdoptDraftButton } from './AdoptDraftButton.tsx';
import { DialogueActions } from './DialogueActions.tsx';
import { LinkedRecords } from './LinkedRecords.tsx';
import { RecommendationHeader } from './RecommendationHeader.tsx';
import { RecommendationTimeline } from './RecommendationTimeline.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { RecordUnavailable, useRecordWithdrawn } from '../live/live-records.tsx';

graphql(`
  fragment RecommendationPage_Detail on Recommendation {
    id
    version
    text
    draftText {
      documentName
      viewerCanEdit
    }
    viewerCanRespond
    viewerCanAssess
    ...RecommendationHeader_Recommendation
    ...LinkedRecords_Recommendation
    ...StatusPanel_Recommendation
    ...RecommendationTimeline_Recommendation
    ...WhoCanSeePanel_Record
    ...CommentsPanel_Record
  }
`);

const RecommendationPage_Recommendation = graphql(`
  query RecommendationPage_Recommendation($id: ID!) {
    recommendation(id: $id) {
      ...RecommendationPage_Detail
    }
  }
`);

/** One recommendation: what it asks, both views of its implementation, and the dialogue with the authority. */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('tracker');
  const { data, error, loading, refetch } = useQuery(RecommendationPage_Recommendation, { variables: { id } });
  const withdrawn = useRecordWithdrawn('RECOMMENDATION', id, refetch);
  const unavailable = withdrawn || (data !== undefined && hasErrorCode(error, 'NOT_FOUND'));
  const recommendation = unavailable ? undefined : data?.recommendation;
  usePageTitle(recommendation ? `${recommendation.reference} · ${recommendation.title}` : undefined);

  if (unavailable) return <RecordUnavailable backTo="/recommendations" />;
  if (loading && !recommendation) return <PageLoader />;
  if (!recommendation) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <Stack gap="lg" maw={1400}>
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/recommendations" size="sm">
          {t('list.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {recommendation.reference}
        </Text>
      </Breadcrumbs>

      <RecommendationHeader recommendation={recommendation} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card withBorder radius="md" padding="md" component="section" aria-labelledby="recommendation-text">
              <Title order={2} fz="h4" id="recommendation-text" mb="xs">
                {t('detail.text')}
              </Title>
              <Stack gap="sm">
                {recommendation.text ? (
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{recommendation.text}</Text>
                ) : (
                  <Text c="dimmed">{t('detail.noText')}</Text>
                )}
                {recommendation.draftText?.viewerCanEdit && (
                  <AdoptDraftButton
                    recommendationId={recommendation.id}
                    version={recommendation.version}
                    hasText={recommendation.text.trim() !== ''}
                  />
                )}
              </Stack>
            </Card>
            {/* The issuer's working text: the addressee and the organisations it is shared with get none. */}
            {recommendation.draftText && (
              <LiveTextSection
                text={recommendation.draftText}
                id="recommendation-draft-text"
                title={t('detail.draftText')}
                label={t('detail.draftTextLabel')}
                testId="recommendation-draft-text"
              />
            )}
            <DialogueActions recommendation={recommendation} />
            <StatusPanel recommendation={recommendation} />
            <RecommendationTimeline recommendation={recommendation} />
            <CommentsPanel record={recommendation} recordType="RECOMMENDATION" />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <LinkedRecords recommendation={recommendation} />
            <WhoCanSeePanel record={recommendation} recordType="RECOMMENDATION" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
