import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkplanPage_ActionFragment } from '../../__generated__/graphql.ts';
import { formatLocalDate } from '../../components/records.ts';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import type { ListColumn } from '../../components/ResponsiveTable.tsx';
import { ActionStatusBadge, JointBadge, OverdueBadge } from './ActionBadges.tsx';

type Action = WorkplanPage_ActionFragment;

interface Props {
  actions: readonly Action[];
  /** Titles by priority id; leave out to hide the column. */
  priorityTitles?: ReadonlyMap<string, string>;
  onOpen?(actionId: string): void;
  /** Link each title to its workplan (for lists across plans). */
  linkToWorkplan?: boolean;
  /** False where every action is the same organisation's (the viewer's own "My actions"). */
  showOrganisation?: boolean;
}

/** Workplan actions: a table where it fits, cards on a phone or beside a panel (ResponsiveTable). */
export function ActionsTable({
  actions,
  priorityTitles,
  onOpen,
  linkToWorkplan = false,
  showOrganisation = true,
}: Props) {
  const { t, i18n } = useTranslation('workplan');
  if (actions.length === 0) return <Text c="dimmed">{t('actions.none')}</Text>;
  const head: ListColumn<Action> = {
    header: t('fields.title'),
    cell: (action) => (
      <Group gap="xs">
        {onOpen ? (
          <Anchor component="button" type="button" onClick={() => onOpen(action.id)} ta="start">
            {action.title}
          </Anchor>
        ) : linkToWorkplan ? (
          <Anchor component={Link} to={`/workplans/${action.workplanId}`}>
            {action.title}
          </Anchor>
        ) : (
          action.title
        )}
        {action.jointCommitment && <JointBadge />}
      </Group>
    ),
  };
  const columns: ListColumn<Action>[] = [
    ...(priorityTitles
      ? [
          {
            header: t('fields.priorityId'),
            cell: (action: Action) => priorityTitles.get(action.priorityId) ?? '—',
            wide: true,
          },
        ]
      : []),
    ...(showOrganisation
      ? [
          {
            header: t('fields.responsibleOrganisationId'),
            cell: (action: Action) => action.responsibleOrganisation.name,
            wide: true,
          },
        ]
      : []),
    { header: t('fields.status'), cell: (action) => <ActionStatusBadge status={action.status} />, nowrap: true },
    {
      header: t('fields.dueDate'),
      cell: (action) => (
        <Group gap="xs">
          {action.dueDate ? formatLocalDate(action.dueDate, i18n.language) : '—'}
          {action.overdue && <OverdueBadge />}
        </Group>
      ),
    },
  ];
  return (
    <ResponsiveTable
      rows={actions}
      rowKey={(action) => action.id}
      label={t('actions.title')}
      head={head}
      columns={columns}
      minWidth={priorityTitles ? 720 : showOrganisation ? 600 : 420}
      testId="actions-table"
      // Overdue actions stand out in the list; the "Vencida" badge beside the due date says it in words.
      alert={(action) => action.overdue}
    />
  );
}
