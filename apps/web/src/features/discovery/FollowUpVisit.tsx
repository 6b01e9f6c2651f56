import { useQuery } from '@apollo/client/react';
import { Anchor, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { formatLocalDate } from '../../lib/dates.ts';

const FollowUpVisit_Visits = graphql(`
  query FollowUpVisit_Visits {
    visits(limit: 100) {
      nodes {
        id
        startDate
        places {
          id
          name
        }
      }
    }
  }
`);

/** Picks the follow-up visit record among the visits the viewer may read (the server checks again). */
export function FollowUpVisitSelect(props: { value: string | null; onChange: (value: string | null) => void }) {
  const { t, i18n } = useTranslation('discovery');
  const { data } = useQuery(FollowUpVisit_Visits);
  const options = (data?.visits.nodes ?? []).map((visit) => ({
    value: visit.id,
    label: [formatLocalDate(visit.startDate, i18n.language), ...visit.places.map((p) => p.name)].join(' · '),
  }));
  return (
    <Select
      label={t('cycle.followUpVisitField')}
      description={t('cycle.followUpVisitHint')}
      data={options}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
    />
  );
}

/** The link from a follow-up activity to its visit record (absent when none or not readable). */
export function FollowUpVisitLink({ visit }: { visit: { id: string; startDate: string } | null | undefined }) {
  const { t, i18n } = useTranslation('discovery');
  if (!visit) return null;
  return (
    <Anchor component={Link} to={`/visits/${visit.id}`} size="sm">
      {t('cycle.followUpVisit', { date: formatLocalDate(visit.startDate, i18n.language) })}
    </Anchor>
  );
}
