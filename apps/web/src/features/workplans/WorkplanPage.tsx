import { labelColon } from '@opcat/domain';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Breadcrumbs, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { QueryError } from '../errors/QueryError.tsx';
import { LiveTextEditor } from '../co-editing/LiveTextEditor.tsx';
import { formatLocalDateRange } from '../../components/records.ts';
import { PrioritiesSection } from './PrioritiesSection.tsx';
import { DiscussionThread } from './DiscussionThread.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import { WorkplanLiveUpdates } from './WorkplanLiveUpdates.tsx';

graphql(`
  fragment WorkplanPage_Action on WorkplanAction {
    id
    workplanId
    priorityId
    title
    responsibleOrganisation {
      id
      name
    }
    startDate
    dueDate
    status
    indicator
    target
    jointCommitment
    overdue
    position
    version
    viewerCanUpdate
  }
`);

const WorkplanPage_Workplan = graphql(`
  query WorkplanPage_Workplan($id: ID!) {
    workplan(id: $id) {
      id
      title
      periodStart
      periodEnd
      narrative {
        documentName
        viewerCanEdit
      }
      viewerCanEdit
      version
      viewerCan {
        readComments
        comment
      }
      workingGroup {
        id
        name
        members {
          id
          organisation {
            id
            name
          }
        }
      }
      priorities {
        nodes {
          id
          title
          description
          position
          version
          actions {
            nodes {
              ...WorkplanPage_Action
            }
            pageInfo {
              endCursor
              hasNextPage
            }
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

export function WorkplanPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const { data, error, loading, refetch } = useQuery(WorkplanPage_Workplan, { variables: { id } });
  const workplan = data?.workplan;
  usePageTitle(workplan?.title);

  if (loading && !workplan) return <PageLoader />;
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!workplan) return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const organisations = (workplan.workingGroup?.members ?? []).map((member) => member.organisation);
  const actionTitles = new Map(
    workplan.priorities.nodes.flatMap((priority) => priority.actions.nodes.map((action) => [action.id, action.title])),
  );

  return (
    <Stack gap="lg" maw={1400}>
      <WorkplanLiveUpdates workplanId={workplan.id} />
      {/* Group names are long: the trail wraps instead of widening a phone's page. */}
      <Breadcrumbs
        aria-label={tc('nav.breadcrumbs')}
        styles={{ root: { flexWrap: 'wrap' }, breadcrumb: { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
      >
        <Anchor component={Link} to="/" size="sm">
          {tc('nav.home')}
        </Anchor>
        {workplan.workingGroup && (
          <Anchor component={Link} to={`/working-groups/${workplan.workingGroup.id}/workplans`} size="sm">
            {workplan.workingGroup.name}
          </Anchor>
        )}
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>{workplan.title}</Title>
        <Group gap="sm">
          <Text c="dimmed">
            {labelColon(t('period'), i18n.language)}
            {formatLocalDateRange(workplan.periodStart, workplan.periodEnd, i18n.language)}
          </Text>
          {!workplan.viewerCanEdit && <Badge color="gray">{tc('coEditing.readOnly')}</Badge>}
        </Group>
      </Stack>
      <section aria-labelledby="wp-narrative">
        <Stack gap="sm">
          <Title id="wp-narrative" order={2} fz="h3">
            {t('narrative.title')}
          </Title>
          <LiveTextEditor
            documentName={workplan.narrative.documentName}
            editable={workplan.narrative.viewerCanEdit}
            label={t('narrative.editorLabel')}
            testId="workplan-editor"
          />
        </Stack>
      </section>
      <Tabs defaultValue="actions" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="actions">{t('tabs.actions')}</Tabs.Tab>
          {/* A reader of a PUBLIC plan outside its working group is not in its discussion. */}
          {workplan.viewerCan.readComments && <Tabs.Tab value="discussion">{t('tabs.discussion')}</Tabs.Tab>}
          <Tabs.Tab value="versions">{t('tabs.versions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="actions" pt="md">
          <PrioritiesSection workplan={workplan} organisations={organisations} />
        </Tabs.Panel>
        {workplan.viewerCan.readComments && (
          <Tabs.Panel value="discussion" pt="md">
            <Stack gap="sm">
              <Title order={2} fz="h3">
                {t('tabs.discussion')}
              </Title>
              <DiscussionThread
                workplanId={workplan.id}
                actionTitles={actionTitles}
                emptyText={t('comments.planNone')}
              />
            </Stack>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="versions" pt="md">
          <VersionHistory workplanId={workplan.id} canEdit={workplan.viewerCanEdit} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
