import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { FindingsList } from '../findings/FindingsList.tsx';
import { IssuedRecommendations } from '../discovery/IssuedRecommendations.tsx';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { ReadableRecordsLiveUpdates, RecordUnavailable, useRecordWithdrawn } from '../live/live-records.tsx';
import { ClassificationBadge, CommentsPanel, formatLocalDateRange, WhoCanSeePanel } from '../../components/records.ts';
import { VisitLifecycle } from './VisitLifecycle.tsx';
import { VisitStatusBadge } from './VisitStatusBadge.tsx';
import { VisitTeam } from './VisitTeam.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const VisitPage_Visit = graphql(`
  query VisitPage_Visit($id: ID!, $findingsAfter: String, $recommendationsAfter: String) {
    visit(id: $id) {
      id
      type
      announced
      startDate
      endDate
      objectives
      status
      classification
      ownerOrganisation {
        id
        name
      }
      places {
        id
        name
        type
        region
      }
      team {
        id
        expertise
        gender
        leader
        user {
          id
          displayName
        }
      }
      findings(limit: 50, after: $findingsAfter) {
        totalCount
        totalCountCapped
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          id
          ...FindingsList_Finding
        }
      }
      ...VisitLifecycle_Visit
      ...IssuedRecommendations_Visit
      ...WhoCanSeePanel_Record
      ...CommentsPanel_Record
    }
  }
`);

export function VisitPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('monitoring');
  const { t: tr } = useTranslation('reports');
  const findingPages = useCursorPages(id);
  const recommendationPages = useCursorPages(id);
  const countText = useCountText();
  const { data, previousData, error, loading, refetch } = useQuery(VisitPage_Visit, {
    variables: { id, findingsAfter: findingPages.after, recommendationsAfter: recommendationPages.after },
  });
  const withdrawn = useRecordWithdrawn('VISIT', id, refetch);
  const unavailable = withdrawn || (data !== undefined && hasErrorCode(error, 'NOT_FOUND'));
  // Keep the page on screen while another page of its findings or recommendations loads.
  const visit = unavailable ? undefined : (data ?? previousData)?.visit;
  const dates = visit ? formatLocalDateRange(visit.startDate, visit.endDate, i18n.language) : undefined;
  const title = visit
    ? t('visits.pageTitle', {
        places: visit.places.map((place) => place.name).join(', ') || t('visits.noReadablePlaces'),
      })
    : undefined;
  usePageTitle(title);

  if (unavailable) return <RecordUnavailable backTo="/visits" />;
  if (loading && !visit) return <PageLoader />;
  if (!visit) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <Stack gap="lg">
      <ReadableRecordsLiveUpdates recordTypes={['FINDING']} onChange={refetch} />
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/visits" size="sm">
          {t('visits.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {dates}
        </Text>
      </Breadcrumbs>

      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        <Group gap="xs">
          <VisitStatusBadge status={visit.status} />
          <Badge variant="light" color="indigo">
            {t(`enums.VisitType.${visit.type}`)}
          </Badge>
          <Badge variant="outline" color={visit.announced ? 'gray' : 'orange'}>
            {visit.announced ? t('visits.announced') : t('visits.unannounced')}
          </Badge>
          <ClassificationBadge classification={visit.classification} />
          <Text size="sm" c="dimmed">
            {dates} · {visit.ownerOrganisation.name}
          </Text>
          <Anchor component={Link} to={`/visits/${visit.id}/report`} size="sm" data-print="hide">
            {tr('page.link')}
          </Anchor>
        </Group>
      </Stack>

      <VisitLifecycle visit={visit} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Card withBorder radius="md" padding="md" component="section" aria-labelledby="visit-places-title">
                <Title order={2} fz="h4" id="visit-places-title" mb="xs">
                  {t('visits.fields.places')}
                </Title>
                <Stack gap={4}>
                  {visit.places.length === 0 && (
                    <Text size="sm" c="dimmed">
                      {t('visits.noReadablePlaces')}
                    </Text>
                  )}
                  {visit.places.map((place) => (
                    <Text key={place.id} size="sm">
                      <Anchor component={Link} to={`/places/${place.id}`}>
                        {place.name}
                      </Anchor>{' '}
                      <Text span c="dimmed" size="sm">
                        {t(`enums.PlaceType.${place.type}`)}
                        {place.region ? ` · ${place.region}` : ''}
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </Card>
              <Card withBorder radius="md" padding="md" component="section" aria-labelledby="visit-team-title">
                <Title order={2} fz="h4" id="visit-team-title" mb="xs">
                  {t('visits.team.title')}
                </Title>
                <VisitTeam team={visit.team} />
              </Card>
            </SimpleGrid>

            <Stack gap="xs" component="section" aria-labelledby="visit-objectives-title">
              <Title order={2} fz="h4" id="visit-objectives-title">
                {t('visits.fields.objectives')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={visit.objectives ? undefined : 'dimmed'}>
                {visit.objectives || t('visits.noObjectives')}
              </Text>
            </Stack>

            <Stack gap="sm" component="section" aria-labelledby="visit-findings-title">
              <Group justify="space-between">
                <Title order={2} fz="h4" id="visit-findings-title">
                  {t('findings.title', {
                    total: countText(visit.findings.totalCount, visit.findings.totalCountCapped),
                  })}
                </Title>
                <Group gap="xs" align="flex-start">
                  <ExportMenu list="FINDINGS" filter={{ visitId: visit.id }} />
                  {visit.viewerCan.update && (
                    <Button component={Link} to={`/visits/${visit.id}/findings/new`} size="xs">
                      {t('findings.new')}
                    </Button>
                  )}
                </Group>
              </Group>
              <FindingsList findings={visit.findings.nodes} />
              <CursorPager
                hasPrevious={findingPages.index > 0}
                hasNext={visit.findings.pageInfo.hasNextPage}
                onPrevious={findingPages.previous}
                onNext={() => visit.findings.pageInfo.endCursor && findingPages.next(visit.findings.pageInfo.endCursor)}
              />
            </Stack>
            <IssuedRecommendations visit={visit} pages={recommendationPages} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <WhoCanSeePanel record={visit} recordType="VISIT" />
            <CommentsPanel record={visit} recordType="VISIT" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
