import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { useShell } from '../shell/ShellContext.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { ExportMenu } from '../exports/ExportMenu.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';

const MyActionsPage_Actions = graphql(`
  query MyActionsPage_Actions($filter: WorkplanActionFilter) {
    workplanActions(filter: $filter) {
      ...WorkplanPage_Action
    }
  }
`);

/** Actions across readable workplans for which the current organisation is responsible. */
export function MyActionsPage() {
  const { t } = useTranslation('workplan');
  usePageTitle(t('myActions.title'));
  const { current } = useShell();
  const organisationId = current?.organisation.id;
  const { data, error, loading, refetch } = useQuery(MyActionsPage_Actions, {
    variables: { filter: { responsibleOrganisationId: organisationId } },
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
        <ActionsTable actions={data.workplanActions} linkToWorkplan />
      )}
    </Stack>
  );
}
