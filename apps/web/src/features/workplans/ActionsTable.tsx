import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkplanPage_ActionFragment } from '../../__generated__/graphql.ts';
import { formatLocalDate } from '../../components/records.ts';
import { ActionStatusBadge, JointBadge, OverdueBadge } from './ActionBadges.tsx';

interface Props {
  actions: readonly WorkplanPage_ActionFragment[];
  /** Titles by priority id; leave out to hide the column. */
  priorityTitles?: ReadonlyMap<string, string>;
  onOpen?(actionId: string): void;
  /** Link each title to its workplan (for lists across plans). */
  linkToWorkplan?: boolean;
}

export function ActionsTable({ actions, priorityTitles, onOpen, linkToWorkplan = false }: Props) {
  const { t, i18n } = useTranslation('workplan');
  if (actions.length === 0) return <Text c="dimmed">{t('actions.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover data-testid="actions-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fields.title')}</Table.Th>
            {priorityTitles && <Table.Th scope="col">{t('fields.priorityId')}</Table.Th>}
            <Table.Th scope="col">{t('fields.responsibleOrganisationId')}</Table.Th>
            <Table.Th scope="col">{t('fields.status')}</Table.Th>
            <Table.Th scope="col">{t('fields.dueDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id} bg={action.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs">
                  {onOpen ? (
                    <Anchor component="button" type="button" onClick={() => onOpen(action.id)}>
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
              </Table.Th>
              {priorityTitles && <Table.Td>{priorityTitles.get(action.priorityId) ?? '—'}</Table.Td>}
              <Table.Td>{action.responsibleOrganisation.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ActionStatusBadge status={action.status} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {action.dueDate ? formatLocalDate(action.dueDate, i18n.language) : '—'}
                  {action.overdue && <OverdueBadge />}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
