import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { PlacesTable_PlaceFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDate } from '../../components/records.ts';
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

export function PlacesTable({ places, caption }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table data-testid="places" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('places.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.authority')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.region')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('places.columns.capacity')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('places.columns.population')}
            </Table.Th>
            <Table.Th scope="col">{t('places.columns.occupancy')}</Table.Th>
            <Table.Th scope="col">{t('places.columns.lastVisit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places.map((place) => (
            <Table.Tr key={place.id}>
              <Table.Th scope="row" fw={500}>
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
              </Table.Th>
              <Table.Td>{t(`enums.PlaceType.${place.type}`)}</Table.Td>
              <Table.Td>{place.responsibleAuthority.name}</Table.Td>
              <Table.Td>{place.region ?? '—'}</Table.Td>
              <Table.Td ta="end">{place.capacity != null ? number.format(place.capacity) : '—'}</Table.Td>
              <Table.Td ta="end">
                {place.currentPopulation ? number.format(place.currentPopulation.population) : '—'}
              </Table.Td>
              <Table.Td>
                {place.occupancyRate == null ? (
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
                )}
              </Table.Td>
              <Table.Td>
                {place.lastVisit ? (
                  <Anchor component={Link} to={`/visits/${place.lastVisit.id}`} size="sm">
                    {formatLocalDate(place.lastVisit.startDate, i18n.language)}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('places.neverVisited')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
