import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { CursorPager, useCountText, useCursorPages } from '../../components/CursorPager.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';

const MyActionsPage_Actions = graphql(`
  query MyActionsPage_Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {
    workplanActions(filter: $filter, limit: $limit, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...WorkplanPage_Action
      }
    }
  }
`);

const PAGE_SIZE = 50;

/** Actions across readable workplans for which the current organisation is responsible. */
export function MyActionsPage() {
  const { t } = useTranslation('workplan');
  usePageTitle(t('myActions.title'));
  const { current } = useShell();
  const organisationId = current?.organisation.id;
  const pages = useCursorPages(organisationId ?? '');
  const countText = useCountText();
  const { data, error, loading, refetch } = useQuery(MyActionsPage_Actions, {
    variables: { filter: { responsibleOrganisationId: organisationId }, limit: PAGE_SIZE, after: pages.after },
    skip: !organisationId,
    fetchPolicy: 'cache-and-network',
  });

  return (
    <Stack gap="lg" maw={1200}>
      {organisationId && <ReadableRecordsLiveUpdates recordTypes={['WORKPLAN']} onChange={refetch} />}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t('myActions.title')}</Title>
          {current && <Text c="dimmed">{t('myActions.intro', { organisation: current.organisation.name })}</Text>}
        </Stack>
        {organisationId && (
          <ExportMenu list="WORKPLAN_ACTIONS" filter={{ responsibleOrganisationId: organisationId }} />
        )}
      </Group>
      {!organisationId ? (
        <Text c="dimmed">{t('myActions.noOrganisation')}</Text>
      ) : loading && !data ? (
        <PageLoader />
      ) : !data ? (
        <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('myActions.total', {
              total: countText(data.workplanActions.totalCount, data.workplanActions.totalCountCapped),
            })}
          </Text>
          {/* The page names the organisation: every action is its own. */}
          <ActionsTable actions={data.workplanActions.nodes} linkToWorkplan showOrganisation={false} />
          <CursorPager
            hasPrevious={pages.index > 0}
            hasNext={data.workplanActions.pageInfo.hasNextPage}
            onPrevious={pages.previous}
            onNext={() => {
              const end = data.workplanActions.pageInfo.endCursor;
              if (end) pages.next(end);
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
