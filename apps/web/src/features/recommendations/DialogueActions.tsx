import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusPerspective } from '../../lib/enums.ts';
import { RecordFollowUpForm } from './RecordFollowUpForm.tsx';
import { RecordResponseForm } from './RecordResponseForm.tsx';
import { RecordStatusForm } from './RecordStatusForm.tsx';

type Dialog = 'respond' | 'status' | 'followUp';

interface Props {
  recommendation: { id: string; issuedOn: string; viewerCanRespond: boolean; viewerCanAssess: boolean };
}

/**
 * What the viewer can add to the dialogue: the addressee authority responds and reports its
 * implementation; the issuing monitor assesses implementation and records follow-up.
 */
export function DialogueActions({ recommendation }: Props) {
  const { t } = useTranslation('tracker');
  const [open, setOpen] = useState<Dialog | null>(null);
  const [done, setDone] = useState<Dialog | null>(null);
  const { id, issuedOn, viewerCanRespond, viewerCanAssess } = recommendation;
  if (!viewerCanRespond && !viewerCanAssess) return null;

  const perspectives: StatusPerspective[] = [
    ...(viewerCanRespond ? (['STATE_REPORTED'] as const) : []),
    ...(viewerCanAssess ? (['MONITOR_ASSESSED'] as const) : []),
  ];
  const start = (dialog: Dialog) => {
    setDone(null);
    setOpen(dialog);
  };
  const finish = () => {
    setDone(open);
    setOpen(null);
  };
  const close = () => setOpen(null);
  const closeLabel = { 'aria-label': t('form.close') };
  const common = { recommendationId: id, issuedOn, onDone: finish, onCancel: close };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dialogue-actions">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="dialogue-actions">
          {t('dialogue.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {viewerCanRespond ? t('dialogue.asAuthority') : t('dialogue.asMonitor')}
        </Text>
        {done && (
          <Alert
            color="teal"
            role="status"
            withCloseButton
            closeButtonLabel={t('form.close')}
            onClose={() => setDone(null)}
          >
            {t(`dialogue.${done}.done`)}
          </Alert>
        )}
        <Group gap="sm">
          {viewerCanRespond && <Button onClick={() => start('respond')}>{t('dialogue.respond.open')}</Button>}
          <Button variant="light" onClick={() => start('status')}>
            {t('dialogue.status.open')}
          </Button>
          {viewerCanAssess && (
            <Button variant="light" onClick={() => start('followUp')}>
              {t('dialogue.followUp.open')}
            </Button>
          )}
        </Group>
      </Stack>

      <Modal
        opened={open === 'respond'}
        onClose={close}
        title={t('dialogue.respond.title')}
        size="lg"
        closeButtonProps={closeLabel}
      >
        <RecordResponseForm {...common} />
      </Modal>
      <Modal
        opened={open === 'status'}
        onClose={close}
        title={t('dialogue.status.title')}
        size="lg"
        closeButtonProps={closeLabel}
      >
        <RecordStatusForm {...common} perspectives={perspectives} />
      </Modal>
      <Modal
        opened={open === 'followUp'}
        onClose={close}
        title={t('dialogue.followUp.title')}
        size="lg"
        closeButtonProps={closeLabel}
      >
        <RecordFollowUpForm {...common} />
      </Modal>
    </Card>
  );
}
