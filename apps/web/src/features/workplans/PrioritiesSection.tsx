import { Badge, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkplanPage_WorkplanQuery } from '../../__generated__/graphql.ts';
import { ErrorAlert } from '../../components/records.ts';
import { EMPTY_FILTER, filterActions, type ActionFilter } from './action-helpers.ts';
import { ActionDrawer } from './ActionDrawer.tsx';
import { ActionFilters } from './ActionFilters.tsx';
import { ActionsBoard } from './ActionsBoard.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { AddActionForm } from './AddActionForm.tsx';
import { AddPriorityForm } from './AddPriorityForm.tsx';
import { ConflictModal } from './ConflictModal.tsx';
import { useUpdateAction } from './use-update-action.tsx';

type Workplan = WorkplanPage_WorkplanQuery['workplan'];

interface Props {
  workplan: Workplan;
  organisations: readonly { id: string; name: string }[];
}

/** Priorities and their actions, as a filterable table or a board by status. */
export function PrioritiesSection({ workplan, organisations }: Props) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  const [view, setView] = useState<'table' | 'board'>('table');
  const [filter, setFilter] = useState<ActionFilter>(EMPTY_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const updater = useUpdateAction();

  const priorities = workplan.priorities.nodes;
  const priorityTitles = new Map(priorities.map((p) => [p.id, p.title]));
  const all = priorities.flatMap((priority) => priority.actions.nodes);
  const truncated = priorities.filter((priority) => priority.actions.pageInfo.hasNextPage);
  const actions = filterActions(all, filter);
  const open = all.find((action) => action.id === openId) ?? null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2} fz="h3">
          {t('actions.title')}
        </Title>
        <SegmentedControl
          aria-label={t('actions.view')}
          value={view}
          onChange={(value) => setView(value === 'board' ? 'board' : 'table')}
          data={[
            { value: 'table', label: t('actions.tableView') },
            { value: 'board', label: t('actions.boardView') },
          ]}
        />
      </Group>
      <Group gap="xs">
        {priorities.map((priority) => (
          <Badge key={priority.id} variant="light" size="lg" title={priority.description} maw="100%">
            {priority.title} ({priority.actions.nodes.length}
            {priority.actions.pageInfo.hasNextPage ? '+' : ''})
          </Badge>
        ))}
        {priorities.length === 0 && <Text c="dimmed">{t('priorities.none')}</Text>}
      </Group>
      {truncated.map((priority) => (
        <Text key={priority.id} size="sm" c="gray.7" role="note">
          {t('actions.moreNotShown', { title: priority.title, count: priority.actions.nodes.length })}
        </Text>
      ))}
      <ActionFilters filter={filter} onChange={setFilter} organisations={organisations} />
      <ErrorAlert messages={updater.errors.map((key) => tc(key))} />
      {view === 'table' ? (
        <ActionsTable actions={actions} priorityTitles={priorityTitles} onOpen={setOpenId} />
      ) : (
        <ActionsBoard actions={actions} onOpen={setOpenId} updater={updater} />
      )}
      {workplan.viewerCanEdit && (
        <Group align="flex-start" grow wrap="wrap">
          <AddPriorityForm workplanId={workplan.id} />
          {priorities.length > 0 && <AddActionForm priorities={priorities} organisations={organisations} />}
        </Group>
      )}
      <ActionDrawer
        action={open}
        workplan={workplan}
        organisations={organisations}
        updater={updater}
        onClose={() => setOpenId(null)}
      />
      <ConflictModal
        conflict={updater.conflict}
        organisations={organisations}
        onClose={updater.clearConflict}
        onResend={updater.update}
      />
    </Stack>
  );
}
