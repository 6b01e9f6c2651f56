import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { QueryError } from '../errors/QueryError.tsx';
import { ClassificationBadge, formatDateTime, formatLocalDateRange } from '../../components/records.ts';
import { CreateWorkplanForm } from './CreateWorkplanForm.tsx';
import { ReadableRecordsLiveUpdates } from '../live/live-records.tsx';

const WorkplansPage_Workplans = graphql(`
  query WorkplansPage_Workplans($workingGroupId: ID!) {
    workingGroup(id: $workingGroupId) {
      id
      name
      viewerCan {
        createWorkplan
      }
    }
    workplans(workingGroupId: $workingGroupId) {
      id
      title
      periodStart
      periodEnd
      classification
      updatedAt
      viewerCanEdit
      ownerOrganisation {
        id
        name
      }
    }
  }
`);

/** The joint workplans of one working group. */
export function WorkplansPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const { data, error, loading, refetch } = useQuery(WorkplansPage_Workplans, { variables: { workingGroupId: id } });
  usePageTitle(t('list.title'));

  if (loading && !data) return <PageLoader />;
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!data) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  return (
    <Stack gap="lg" maw={1200}>
      <ReadableRecordsLiveUpdates recordTypes={['WORKPLAN']} onChange={refetch} />
      <Breadcrumbs aria-label={tc('nav.breadcrumbs')}>
        <Anchor component={Link} to="/" size="sm">
          {tc('nav.home')}
        </Anchor>
        <Anchor component={Link} to={`/working-groups/${data.workingGroup.id}`} size="sm">
          {data.workingGroup.name}
        </Anchor>
      </Breadcrumbs>
      <Title order={1}>{t('list.title')}</Title>
      {data.workplans.length === 0 ? (
        <Text c="dimmed">{t('list.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="workplans-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('period')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.owner')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.classification')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.workplans.map((workplan) => (
                <Table.Tr key={workplan.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/workplans/${workplan.id}`}>
                      {workplan.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatLocalDateRange(workplan.periodStart, workplan.periodEnd, i18n.language)}</Table.Td>
                  <Table.Td>{workplan.ownerOrganisation.name}</Table.Td>
                  <Table.Td>
                    <ClassificationBadge classification={workplan.classification} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(workplan.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.workingGroup.viewerCan.createWorkplan && <CreateWorkplanForm workingGroupId={data.workingGroup.id} />}
    </Stack>
  );
}
