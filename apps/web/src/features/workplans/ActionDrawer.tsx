import { Divider, Drawer, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkplanPage_ActionFragment, WorkplanPage_WorkplanQuery } from '../../__generated__/graphql.ts';
import { ActionComments } from './ActionComments.tsx';
import { EditActionForm } from './EditActionForm.tsx';
import type { useUpdateAction } from './use-update-action.tsx';

interface Props {
  action: WorkplanPage_ActionFragment | null;
  workplan: WorkplanPage_WorkplanQuery['workplan'];
  organisations: readonly { id: string; name: string }[];
  updater: ReturnType<typeof useUpdateAction>;
  onClose(): void;
}

export function ActionDrawer({ action, workplan, organisations, updater, onClose }: Props) {
  const { t } = useTranslation('workplan');
  return (
    <Drawer
      opened={action !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={action?.title ?? t('actions.title')}
    >
      {action && (
        <Stack gap="lg">
          {/* Keyed by id only: a live change by someone else must not wipe what this person is typing. */}
          <EditActionForm
            key={action.id}
            action={action}
            priorities={workplan.priorities.nodes}
            organisations={organisations}
            updater={updater}
          />
          <Divider />
          {workplan.viewerCan.readComments && (
            <ActionComments workplanId={workplan.id} actionId={action.id} canComment={workplan.viewerCan.comment} />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
