import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import type { VisitLifecycle_VisitFragment } from '../../__generated__/graphql.ts';
import { VISIT_STATUSES, type VisitStatus } from '../../lib/enums.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { payloadErrors } from '../../components/form/index.ts';
import { nextVisitStatus, previousVisitStatus, visitStep } from './visit-status.ts';

graphql(`
  fragment VisitLifecycle_Visit on Visit {
    id
    status
    version
    viewerCan {
      update
    }
  }
`);

const VisitLifecycle_Move = graphql(`
  mutation VisitLifecycle_Move($input: MoveVisitInput!) {
    moveVisit(input: $input) {
      visit {
        id
        status
        version
        updatedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The visit's place in PLANNED → … → CLOSED, with one-step moves for those who may update it. */
export function VisitLifecycle({ visit }: { visit: VisitLifecycle_VisitFragment }) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const [move, { loading }] = useMutation(VisitLifecycle_Move);
  const [messages, setMessages] = useState<string[]>([]);
  const next = nextVisitStatus(visit.status);
  const previous = previousVisitStatus(visit.status);

  const moveTo = async (status: VisitStatus) => {
    setMessages([]);
    try {
      const { data } = await move({ variables: { input: { id: visit.id, status } } });
      const payload = data?.moveVisit;
      if (payload?.visit && payload.userErrors.length === 0) return;
      setMessages(payloadErrors(payload?.userErrors ?? [], {}).general.map((key) => tc(key)));
    } catch {
      setMessages([tc('errors.network')]);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={t('visits.lifecycle.label')}>
      <Stepper active={visitStep(visit.status)} size="sm" allowNextStepsSelect={false} wrap>
        {VISIT_STATUSES.map((status) => (
          <Stepper.Step
            key={status}
            label={t(`enums.VisitStatus.${status}`)}
            aria-current={status === visit.status ? 'step' : undefined}
          />
        ))}
      </Stepper>
      <ErrorAlert messages={messages} />
      {visit.viewerCan.update && (previous || next) && (
        <Group gap="sm">
          {previous && (
            <Button variant="default" size="xs" loading={loading} onClick={() => void moveTo(previous)}>
              {t('visits.lifecycle.back', { status: t(`enums.VisitStatus.${previous}`) })}
            </Button>
          )}
          {next && (
            <Button size="xs" loading={loading} onClick={() => void moveTo(next)}>
              {t('visits.lifecycle.forward', { status: t(`enums.VisitStatus.${next}`) })}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
