import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { useCountText } from '../../components/CursorPager.tsx';
import type { RecommendationFilter } from '../../__generated__/graphql.ts';
import { summaryFilters, type TrackerFilters } from './tracker-filters.ts';

// Counts only: the same list query narrowed further, one row each (totalCount is what matters).
const TrackerSummary_Counts = graphql(`
  query TrackerSummary_Counts(
    $overdue: RecommendationFilter!
    $pending: RecommendationFilter!
    $implementedState: RecommendationFilter!
    $implementedMonitor: RecommendationFilter!
  ) {
    overdue: recommendations(filter: $overdue, limit: 1) {
      totalCount
      totalCountCapped
    }
    pending: recommendations(filter: $pending, limit: 1) {
      totalCount
      totalCountCapped
    }
    implementedState: recommendations(filter: $implementedState, limit: 1) {
      totalCount
      totalCountCapped
    }
    implementedMonitor: recommendations(filter: $implementedMonitor, limit: 1) {
      totalCount
      totalCountCapped
    }
  }
`);

type Key = 'overdue' | 'pending' | 'implementedState' | 'implementedMonitor';

/** What clicking a count shows: the view narrowed the same way. */
const NARROW: Record<Key, Partial<TrackerFilters>> = {
  overdue: { overdue: true },
  pending: { acceptance: ['PENDING'] },
  implementedState: { stateStatus: ['IMPLEMENTED'] },
  implementedMonitor: { monitorStatus: ['IMPLEMENTED'] },
};

const COLORS: Record<Key | 'total', string> = {
  total: 'indigo',
  overdue: 'red',
  pending: 'gray',
  implementedState: 'teal',
  implementedMonitor: 'green',
};

/** A count as the server gives it: exact, or a lower bound when it stopped counting. */
interface Count {
  totalCount: number;
  totalCountCapped: boolean;
}

interface Props {
  filter: RecommendationFilter;
  total: Count | undefined;
  onNarrow: (patch: Partial<TrackerFilters>) => void;
}

/** Counts for the current view: all, overdue responses, awaiting a response, implemented in each view. */
export function TrackerSummary({ filter, total, onNarrow }: Props) {
  const { t } = useTranslation('tracker');
  const { data } = useQuery(TrackerSummary_Counts, { variables: summaryFilters(filter) });
  const countText = useCountText();

  const cell = (key: Key | 'total', value: Count | undefined) => {
    const count = value && countText(value.totalCount, value.totalCountCapped);
    const body = (
      <Paper
        withBorder
        p="sm"
        radius="md"
        h="100%"
        style={{ borderInlineStart: `4px solid var(--mantine-color-${COLORS[key]}-6)` }}
      >
        <Text fz={26} fw={700} lh={1.1} aria-hidden={count === undefined}>
          {count ?? '–'}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`summary.${key}`)}
          {/* The button's name is its visible text plus what pressing it does (axe: label-content-name-mismatch). */}
          {key !== 'total' && <VisuallyHidden>. {t('summary.showHint')}</VisuallyHidden>}
        </Text>
      </Paper>
    );
    if (key === 'total') return <div key={key}>{body}</div>;
    return (
      <UnstyledButton key={key} onClick={() => onNarrow(NARROW[key])}>
        {body}
      </UnstyledButton>
    );
  };

  return (
    <SimpleGrid component="section" aria-label={t('summary.label')} cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      {cell('total', total)}
      {cell('overdue', data?.overdue)}
      {cell('pending', data?.pending)}
      {cell('implementedState', data?.implementedState)}
      {cell('implementedMonitor', data?.implementedMonitor)}
    </SimpleGrid>
  );
}
