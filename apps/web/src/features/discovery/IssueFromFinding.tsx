import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { useShell } from '../shell/ShellContext.tsx';

/** "Issue a recommendation from this finding": offered when the acting organisation may issue recommendations. */
export function IssueFromFindingButton({ findingId }: { findingId: string }) {
  const { t } = useTranslation('discovery');
  const { current } = useShell();
  if (current?.organisation.viewerCan.issueRecommendation !== true) return null;
  return (
    <Button
      component={Link}
      to={`/recommendations/new?${new URLSearchParams({ findingId }).toString()}`}
      variant="light"
    >
      {t('cycle.issueFromFinding')}
    </Button>
  );
}

const IssueFromFinding_Finding = graphql(`
  query IssueFromFinding_Finding($id: ID!) {
    finding(id: $id) {
      id
      title
      monitoringArea
      place {
        id
        name
        region
      }
    }
  }
`);

interface Picked {
  value: string;
  label: string;
}

/**
 * Prefills the issue form from `?findingId=`: the finding and its place as links, its title as a
 * starting title. Read through the API like any other read: an unreadable id prefills nothing.
 */
export function usePrefillFromFinding(
  apply: (prefill: { title: string; findings: Picked[]; places: Picked[] }) => void,
) {
  const [params] = useSearchParams();
  const findingId = params.get('findingId');
  const { data } = useQuery(IssueFromFinding_Finding, { variables: { id: findingId ?? '' }, skip: !findingId });
  const applied = useRef(false);
  useEffect(() => {
    const finding = data?.finding;
    if (!finding || applied.current) return;
    applied.current = true;
    apply({
      title: finding.title,
      findings: [
        { value: finding.id, label: finding.place ? `${finding.title} · ${finding.place.name}` : finding.title },
      ],
      places: finding.place
        ? [
            {
              value: finding.place.id,
              label: finding.place.region ? `${finding.place.name} · ${finding.place.region}` : finding.place.name,
            },
          ]
        : [],
    });
  }, [data, apply]);
}
