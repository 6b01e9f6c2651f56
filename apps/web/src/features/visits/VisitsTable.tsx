import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { VisitsTable_VisitFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDateRange } from '../../components/records.ts';
import { VisitStatusBadge } from './VisitStatusBadge.tsx';

graphql(`
  fragment VisitsTable_Visit on Visit {
    id
    type
    announced
    startDate
    endDate
    status
    classification
    ownerOrganisation {
      id
      name
    }
    places {
      id
      name
    }
  }
`);

interface Props {
  visits: readonly VisitsTable_VisitFragment[];
  caption: string;
  /** Hide the places column on a place's own page. */
  withPlaces?: boolean;
}

export function VisitsTable({ visits, caption, withPlaces = true }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid="visits" striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('visits.columns.dates')}</Table.Th>
            {withPlaces && <Table.Th scope="col">{t('visits.columns.places')}</Table.Th>}
            <Table.Th scope="col">{t('visits.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('visits.columns.announced')}</Table.Th>
            <Table.Th scope="col">{t('visits.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('visits.columns.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visits.map((visit) => (
            <Table.Tr key={visit.id}>
              <Table.Th scope="row" fw={500}>
                <Stack gap={4} align="flex-start">
                  <Anchor component={Link} to={`/visits/${visit.id}`}>
                    {formatLocalDateRange(visit.startDate, visit.endDate, i18n.language)}
                  </Anchor>
                  {visit.classification === 'SPT_CONFIDENTIAL' && (
                    <ClassificationBadge classification={visit.classification} size="xs" />
                  )}
                </Stack>
              </Table.Th>
              {withPlaces && (
                <Table.Td>
                  {visit.places.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('visits.noReadablePlaces')}
                    </Text>
                  ) : (
                    visit.places.map((place, index) => (
                      <span key={place.id}>
                        {index > 0 && ', '}
                        <Anchor component={Link} to={`/places/${place.id}`} size="sm">
                          {place.name}
                        </Anchor>
                      </span>
                    ))
                  )}
                </Table.Td>
              )}
              <Table.Td>{t(`enums.VisitType.${visit.type}`)}</Table.Td>
              <Table.Td>{visit.announced ? t('visits.announced') : t('visits.unannounced')}</Table.Td>
              <Table.Td>
                <VisitStatusBadge status={visit.status} />
              </Table.Td>
              <Table.Td>{visit.ownerOrganisation.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
