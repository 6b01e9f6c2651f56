import { useShell } from '../shell/ShellContext.tsx';
import { useQuery } from '@apollo/client/react';
import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { RecommendationsTable } from './RecommendationsTable.tsx';
import { TrackerFilterBar } from './TrackerFilterBar.tsx';
import { TrackerSummary } from './TrackerSummary.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';
import {
  filtersFromParams,
  filtersToParams,
  PAGE_SIZE,
  toRecommendationFilter,
  withFilters,
  type TrackerFilters,
} from './tracker-filters.ts';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const RecommendationsPage_List = graphql(`
  query RecommendationsPage_List(
    $filter: RecommendationFilter
    $sort: RecommendationSort
    $limit: Int
    $after: String
  ) {
    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...RecommendationsTable_Row
      }
    }
  }
`);

/** The recommendation tracker: every recommendation the viewer can read, filtered in the URL. */
export function RecommendationsPage() {
  const { t } = useTranslation('tracker');
  usePageTitle(t('list.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(searchParams), [searchParams]);
  const filter = useMemo(() => toRecommendationFilter(filters), [filters]);

  const { current } = useShell();
  const pages = useCursorPages(JSON.stringify([filter, filters.sort]));
  const countText = useCountText();
  const { data, previousData, error, loading, refetch } = useQuery(RecommendationsPage_List, {
    variables: { filter, sort: filters.sort, limit: PAGE_SIZE, after: pages.after },
  });
  // While a new page or filter loads, the previous rows stay (no flashing loader).
  const shown = data ?? previousData;
  const list = shown?.recommendations;

  const change = (patch: Partial<TrackerFilters>, typing = false) => {
    setSearchParams((current) => filtersToParams(withFilters(filtersFromParams(current), patch)), {
      replace: typing,
    });
  };

  const knownAddressees = useMemo(() => list?.nodes.map((row) => row.addressee) ?? [], [list]);
  const knownThemes = useMemo(() => [...new Set(list?.nodes.map((row) => row.theme).filter(Boolean))], [list]);

  return (
    <Stack gap="lg" maw={1400}>
      <ReadableRecordsLiveUpdates recordTypes={['RECOMMENDATION']} onChange={refetch} />
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t('list.title')}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </Stack>
        <Group gap="sm" align="flex-start">
          <ExportMenu list="RECOMMENDATIONS" filter={{ ...filter, sort: filters.sort }} />
          {current?.organisation.viewerCan.issueRecommendation && (
            <Button component={Link} to="/recommendations/new">
              {t('list.issue')}
            </Button>
          )}
        </Group>
      </Group>

      <TrackerSummary filter={filter} total={list} onNarrow={change} />
      <TrackerFilterBar
        filters={filters}
        onChange={change}
        knownAddressees={knownAddressees}
        knownThemes={knownThemes}
      />

      {!list && loading ? (
        <PageLoader />
      ) : !list ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : list.nodes.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{t('list.empty')}</Text>
        </Center>
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <RecommendationsTable
            rows={list.nodes}
            caption={t('list.caption', {
              from: pages.index * PAGE_SIZE + 1,
              to: pages.index * PAGE_SIZE + list.nodes.length,
              total: countText(list.totalCount, list.totalCountCapped),
            })}
          />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={list.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => list.pageInfo.endCursor && pages.next(list.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}
