import { Anchor, Card, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkplanPage_ActionFragment } from '../../__generated__/graphql.ts';
import { formatLocalDate } from '../../components/records.ts';
import { ACTION_STATUSES, groupByStatus, isActionStatus } from './action-helpers.ts';
import { JointBadge, OverdueBadge } from './ActionBadges.tsx';
import type { useUpdateAction } from './use-update-action.tsx';

interface Props {
  actions: readonly WorkplanPage_ActionFragment[];
  onOpen(actionId: string): void;
  updater: ReturnType<typeof useUpdateAction>;
}

/** One column per status; changing a card's status sends only that field, based on what the card showed. */
export function ActionsBoard({ actions, onOpen, updater }: Props) {
  const { t, i18n } = useTranslation('workplan');
  const groups = groupByStatus(actions);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} data-testid="actions-board">
      {ACTION_STATUSES.map((status) => (
        <Paper key={status} withBorder p="sm" radius="md" bg="var(--mantine-color-gray-light)">
          <Stack gap="sm" role="group" aria-label={t(`status.${status}`)}>
            <Title order={3} fz="sm">
              {t(`status.${status}`)} ({groups[status].length})
            </Title>
            {groups[status].map((action) => (
              <Card key={action.id} withBorder padding="sm" radius="sm">
                <Stack gap={6}>
                  <Anchor component="button" type="button" onClick={() => onOpen(action.id)} ta="start" fw={500}>
                    {action.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {action.responsibleOrganisation.name}
                    {action.dueDate && ` · ${formatLocalDate(action.dueDate, i18n.language)}`}
                  </Text>
                  <Group gap={4}>
                    {action.overdue && <OverdueBadge />}
                    {action.jointCommitment && <JointBadge />}
                  </Group>
                  <Select
                    size="xs"
                    aria-label={t('board.statusOf', { title: action.title })}
                    disabled={!action.viewerCanUpdate || updater.loading}
                    value={action.status}
                    allowDeselect={false}
                    data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                    onChange={(value) => {
                      if (isActionStatus(value) && value !== action.status) {
                        void updater.update(action.id, { status: value }, { status: action.status });
                      }
                    }}
                  />
                </Stack>
              </Card>
            ))}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
