import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import {
  all,
  LocalDateInput,
  localDate,
  notAfter,
  notBefore,
  required,
  useAppForm,
} from '../../components/form/index.ts';
import { todayLocalDate } from '../../lib/dates.ts';
import { FOLLOW_UP_KINDS, isOneOf } from '../../lib/enums.ts';
import { FollowUpVisitSelect } from '../discovery/FollowUpVisit.tsx';

const RecordFollowUpForm_Record = graphql(`
  mutation RecordFollowUpForm_Record($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      recommendation {
        ...RecommendationPage_Detail
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  recommendationId: string;
  issuedOn: string;
  onDone: () => void;
  onCancel: () => void;
}

/** A follow-up activity by the monitor: a visit, a meeting, a written request… and what came of it. */
export function RecordFollowUpForm({ recommendationId, issuedOn, onDone, onCancel }: Props) {
  const { t } = useTranslation('tracker');
  const [record, { loading }] = useMutation(RecordFollowUpForm_Record);
  const today = todayLocalDate();
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { kind: null as string | null, happenedOn: today, outcome: '', visitId: null as string | null },
    rules: { kind: required, happenedOn: all(required, localDate, notBefore(issuedOn), notAfter(today)) },
  });

  const submit = handleSubmit(async (values) => {
    if (!isOneOf(FOLLOW_UP_KINDS, values.kind)) return;
    const kind = values.kind;
    const ok = await submitPayload(async () => {
      const { data } = await record({
        variables: {
          input: {
            recommendationId,
            kind,
            happenedOn: values.happenedOn,
            outcome: values.outcome.trim() || null,
            visitId: kind === 'FOLLOW_UP_VISIT' ? values.visitId : null,
          },
        },
      });
      return data?.recordFollowUp.userErrors;
    });
    if (ok) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problems}
        <Select
          label={t('fields.followUpKind')}
          required
          data={FOLLOW_UP_KINDS.map((value) => ({ value, label: t(`enums.FollowUpKind.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <LocalDateInput
          label={t('fields.happenedOn')}
          required
          min={issuedOn}
          max={today}
          {...form.getInputProps('happenedOn')}
        />
        {form.getValues().kind === 'FOLLOW_UP_VISIT' && (
          <FollowUpVisitSelect
            value={form.getValues().visitId}
            onChange={(value) => form.setFieldValue('visitId', value)}
          />
        )}
        <Textarea label={t('fields.outcome')} autosize minRows={3} {...form.getInputProps('outcome')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('dialogue.followUp.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
