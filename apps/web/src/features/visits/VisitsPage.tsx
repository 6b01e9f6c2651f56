import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { LocalDateInput } from '../../components/form/index.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { isOneOf, VISIT_STATUSES } from '../../lib/enums.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import {
  readVisitParams,
  visitFilterOf,
  VISITS_PAGE_SIZE,
  writeVisitParams,
  type VisitListParams,
} from './visit-params.ts';
import { VisitsTable } from './VisitsTable.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';

const VisitsPage_Visits = graphql(`
  query VisitsPage_Visits($filter: VisitFilter, $limit: Int, $after: String) {
    visits(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        ...VisitsTable_Visit
      }
    }
  }
`);

export function VisitsPage() {
  const { t } = useTranslation('monitoring');
  usePageTitle(t('visits.title'));
  const { current } = useShell();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readVisitParams(searchParams), [searchParams]);
  const filter = visitFilterOf(params);
  const pages = useCursorPages(JSON.stringify(filter));
  const countText = useCountText();
  const { data, previousData, error, loading, refetch } = useQuery(VisitsPage_Visits, {
    variables: { filter, limit: VISITS_PAGE_SIZE, after: pages.after },
  });
  const visits = (data ?? previousData)?.visits;
  const setParams = (next: VisitListParams) => setSearchParams(writeVisitParams(next));
  const change = (patch: Partial<VisitListParams>) => setParams({ ...params, ...patch, page: 1 });
  // Planning is for editors and admins; the server decides and answers with userErrors.
  const mayPlan = current?.organisation.viewerCan.planVisit === true;
  const from = visits && visits.nodes.length > 0 ? pages.index * VISITS_PAGE_SIZE + 1 : 0;
  const to = visits && from > 0 ? from + visits.nodes.length - 1 : 0;

  return (
    <Stack gap="lg">
      <ReadableRecordsLiveUpdates recordTypes={['VISIT']} onChange={refetch} />
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('visits.title')}</Title>
          <Text c="dimmed">{t('visits.intro')}</Text>
        </Stack>
        <Group gap="sm" align="flex-start">
          <ExportMenu list="VISITS" filter={filter} />
          {mayPlan && (
            <Button component={Link} to="/visits/new">
              {t('visits.plan.open')}
            </Button>
          )}
        </Group>
      </Group>

      <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('visits.filters.label')}>
        <Select
          label={t('visits.filters.status')}
          data={VISIT_STATUSES.map((status) => ({ value: status, label: t(`enums.VisitStatus.${status}`) }))}
          value={params.status}
          onChange={(status) => change({ status: isOneOf(VISIT_STATUSES, status) ? status : null })}
          placeholder={t('common.all')}
          clearable
          w={220}
        />
        <LocalDateInput
          label={t('visits.filters.from')}
          value={params.from}
          max={params.to}
          onChange={(from) => change({ from: from || null })}
        />
        <LocalDateInput
          label={t('visits.filters.to')}
          value={params.to}
          min={params.from}
          onChange={(to) => change({ to: to || null })}
        />
      </Group>

      {!visits && loading ? (
        <PageLoader />
      ) : !visits ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : visits.nodes.length === 0 ? (
        <Text c="dimmed">{t('visits.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-busy={loading}>
          <VisitsTable
            visits={visits.nodes}
            caption={t('visits.caption', {
              from,
              to,
              count: visits.totalCount,
              total: countText(visits.totalCount, visits.totalCountCapped),
            })}
          />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={visits.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => visits.pageInfo.endCursor && pages.next(visits.pageInfo.endCursor)}
          />
        </Stack>
      )}
    </Stack>
  );
}
