import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { countryName } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { ClassificationBadge, CommentsPanel, formatLocalDate, WhoCanSeePanel } from '../../components/records.ts';
import { useShell } from '../shell/ShellContext.tsx';
import { VisitsTable } from '../visits/VisitsTable.tsx';
import { formatOccupancy, isOvercrowded } from './occupancy.ts';
import { PopulationSection } from './PopulationSection.tsx';

const PlacePage_Place = graphql(`
  query PlacePage_Place($id: ID!) {
    place(id: $id) {
      id
      name
      type
      status
      countryCode
      region
      address
      capacity
      occupancyRate
      classification
      responsibleAuthority {
        id
        name
        kind
      }
      currentPopulation {
        id
        countedOn
        population
      }
      ...PopulationSection_Place
      ...WhoCanSeePanel_Record
      ...CommentsPanel_Record
    }
    visits(filter: { placeId: $id }, limit: 100) {
      totalCount
      nodes {
        id
        ...VisitsTable_Visit
      }
    }
  }
`);

export function PlacePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('monitoring');
  const { data, error, loading, refetch } = useQuery(PlacePage_Place, { variables: { id } });
  const { current } = useShell();
  const place = data?.place;
  // Planning is for editors and admins (as on the visits page); the server decides and answers with userErrors.
  const mayPlan = current?.organisation.viewerCan.planVisit === true;
  usePageTitle(place?.name);

  if (loading && !place) return <PageLoader />;
  if (!data || !place) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const number = new Intl.NumberFormat(i18n.language);
  const detail = (label: string, value: string) => (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label={t('nav.breadcrumbs')}>
        <Anchor component={Link} to="/places" size="sm">
          {t('places.title')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {place.name}
        </Text>
      </Breadcrumbs>

      <Stack gap="xs">
        <Title order={1}>{place.name}</Title>
        <Group gap="xs">
          <Badge variant="light" color="indigo">
            {t(`enums.PlaceType.${place.type}`)}
          </Badge>
          <Badge variant="outline" color={place.status === 'OPERATING' ? 'teal' : 'gray'}>
            {t(`enums.PlaceStatus.${place.status}`)}
          </Badge>
          <ClassificationBadge classification={place.classification} />
          {isOvercrowded(place.occupancyRate) && (
            <Badge color="red" variant="filled">
              {t('places.overcrowding')}
            </Badge>
          )}
        </Group>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
              {detail(t('places.fields.authority'), place.responsibleAuthority.name)}
              {detail(
                t('places.filters.country'),
                place.countryCode ? countryName(place.countryCode, i18n.language) : '—',
              )}
              {detail(t('places.fields.region'), place.region ?? '—')}
              {detail(t('places.fields.address'), place.address ?? '—')}
              {detail(t('places.fields.capacity'), place.capacity != null ? number.format(place.capacity) : '—')}
              {detail(
                t('places.columns.population'),
                place.currentPopulation
                  ? t('places.populationOn', {
                      population: number.format(place.currentPopulation.population),
                      date: formatLocalDate(place.currentPopulation.countedOn, i18n.language),
                    })
                  : '—',
              )}
              {detail(
                t('places.columns.occupancy'),
                place.occupancyRate != null ? formatOccupancy(place.occupancyRate, i18n.language) : '—',
              )}
            </SimpleGrid>

            <PopulationSection place={place} />

            <Stack gap="sm" component="section" aria-labelledby="place-visits-title">
              <Group justify="space-between">
                <Title order={2} fz="h4" id="place-visits-title">
                  {t('places.visits')}
                </Title>
                {mayPlan && (
                  <Button component={Link} to={`/visits/new?placeId=${place.id}`} size="xs">
                    {t('visits.plan.open')}
                  </Button>
                )}
              </Group>
              {data.visits.nodes.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('places.noVisits')}
                </Text>
              ) : (
                <VisitsTable
                  visits={data.visits.nodes}
                  withPlaces={false}
                  caption={t('visits.count', { count: data.visits.totalCount })}
                />
              )}
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <WhoCanSeePanel record={place} recordType="PLACE" />
            <CommentsPanel record={place} recordType="PLACE" />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
