import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { PlacesTable_PlaceFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDate } from '../../components/records.ts';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable.tsx';
import { formatOccupancy, isOvercrowded } from './occupancy.ts';

graphql(`
  fragment PlacesTable_Place on Place {
    id
    name
    type
    status
    region
    countryCode
    capacity
    classification
    occupancyRate
    responsibleAuthority {
      id
      name
    }
    currentPopulation {
      id
      countedOn
      population
    }
    lastVisit {
      id
      startDate
    }
  }
`);

interface Props {
  places: readonly PlacesTable_PlaceFragment[];
  caption: string;
}

type Place = PlacesTable_PlaceFragment;

/**
 * The register of places: a table from a tablet's width up; on a phone one card per place, so capacity,
 * population, occupancy and the last visit are read without scrolling sideways (a monitor checks them on site).
 */
export function PlacesTable({ places, caption }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const number = new Intl.NumberFormat(i18n.language);
  const count = (value: number | null | undefined) => (value != null ? number.format(value) : '—');
  const columns: ListColumn<Place>[] = [
    { header: t('places.columns.type'), cell: (place) => t(`enums.PlaceType.${place.type}`) },
    { header: t('places.columns.authority'), cell: (place) => place.responsibleAuthority.name },
    { header: t('places.columns.region'), cell: (place) => place.region ?? '—' },
    { header: t('places.columns.capacity'), numeric: true, cell: (place) => count(place.capacity) },
    {
      header: t('places.columns.population'),
      numeric: true,
      cell: (place) => count(place.currentPopulation?.population),
    },
    {
      header: t('places.columns.occupancy'),
      cell: (place) =>
        place.occupancyRate == null ? (
          '—'
        ) : isOvercrowded(place.occupancyRate) ? (
          <Stack gap={2} align="flex-start">
            <Text size="sm" c="red" fw={700}>
              {formatOccupancy(place.occupancyRate, i18n.language)}
            </Text>
            <Badge color="red" variant="light" size="xs" styles={{ label: { overflow: 'visible' } }}>
              {t('places.overcrowding')}
            </Badge>
          </Stack>
        ) : (
          formatOccupancy(place.occupancyRate, i18n.language)
        ),
    },
    {
      header: t('places.columns.lastVisit'),
      cell: (place) =>
        place.lastVisit ? (
          <Anchor component={Link} to={`/visits/${place.lastVisit.id}`} size="sm">
            {formatLocalDate(place.lastVisit.startDate, i18n.language)}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('places.neverVisited')}
          </Text>
        ),
    },
  ];
  return (
    <ResponsiveTable
      rows={places}
      rowKey={(place) => place.id}
      caption={caption}
      testId="places"
      minWidth={900}
      head={{
        header: t('places.columns.name'),
        cell: (place) => (
          <>
            <Stack gap={4} align="flex-start">
              <Anchor component={Link} to={`/places/${place.id}`}>
                {place.name}
              </Anchor>
              {place.classification === 'SPT_CONFIDENTIAL' && (
                <ClassificationBadge classification={place.classification} size="xs" />
              )}
            </Stack>
            {place.status !== 'OPERATING' && (
              <Text size="xs" c="dimmed">
                {t(`enums.PlaceStatus.${place.status}`)}
              </Text>
            )}
          </>
        ),
      }}
      columns={columns}
    />
  );
}
