import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import type { VisitsTable_VisitFragment } from '../../__generated__/graphql.ts';
import { ClassificationBadge, formatLocalDateRange } from '../../components/records.ts';
import { ResponsiveTable, type ListColumn } from '../../components/ResponsiveTable.tsx';
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

type Row = VisitsTable_VisitFragment;

/** The visits: a table from a tablet's width up, one card per visit on a phone. */
export function VisitsTable({ visits, caption, withPlaces = true }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const places: ListColumn<Row> = {
    header: t('visits.columns.places'),
    wide: true,
    cell: (visit) =>
      visit.places.length === 0 ? (
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
      ),
  };
  const columns: ListColumn<Row>[] = [
    ...(withPlaces ? [places] : []),
    { header: t('visits.columns.type'), cell: (visit) => t(`enums.VisitType.${visit.type}`) },
    {
      header: t('visits.columns.announced'),
      cell: (visit) => (visit.announced ? t('visits.announced') : t('visits.unannounced')),
    },
    { header: t('visits.columns.status'), cell: (visit) => <VisitStatusBadge status={visit.status} /> },
    { header: t('visits.columns.owner'), wide: true, cell: (visit) => visit.ownerOrganisation.name },
  ];
  return (
    <ResponsiveTable
      rows={visits}
      rowKey={(visit) => visit.id}
      caption={caption}
      testId="visits"
      minWidth={860}
      head={{
        header: t('visits.columns.dates'),
        cell: (visit) => (
          <Stack gap={4} align="flex-start">
            <Anchor component={Link} to={`/visits/${visit.id}`}>
              {formatLocalDateRange(visit.startDate, visit.endDate, i18n.language)}
            </Anchor>
            {visit.classification === 'SPT_CONFIDENTIAL' && (
              <ClassificationBadge classification={visit.classification} size="xs" />
            )}
          </Stack>
        ),
      }}
      columns={columns}
    />
  );
}
