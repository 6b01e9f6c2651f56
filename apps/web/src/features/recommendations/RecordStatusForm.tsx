import { labelColon } from '@opcat/domain';
import { useMutation } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
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
import { IMPLEMENTATION_STATUSES, isOneOf, STATUS_PERSPECTIVES, type StatusPerspective } from '../../lib/enums.ts';
import { forgetRecommendationLists } from './cache.ts';

const RecordStatusForm_Record = graphql(`
  mutation RecordStatusForm_Record($input: RecordImplementationStatusInput!) {
    recordImplementationStatus(input: $input) {
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
  /** The perspectives the viewer may record (the authority reports, the monitor assesses). */
  perspectives: readonly StatusPerspective[];
  onDone: () => void;
  onCancel: () => void;
}

/** A dated implementation status, as reported by the State or as assessed by the monitor. */
export function RecordStatusForm({ recommendationId, issuedOn, perspectives, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation('tracker');
  const perspectiveLabelId = useId();
  const [record, { loading }] = useMutation(RecordStatusForm_Record);
  const today = todayLocalDate();
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: {
      perspective: perspectives[0] ?? ('MONITOR_ASSESSED' as StatusPerspective),
      status: null as string | null,
      effectiveOn: today,
      note: '',
    },
    rules: {
      status: required,
      effectiveOn: all(required, localDate, notBefore(issuedOn), notAfter(today)),
    },
  });
  const { perspective } = form.getValues();
  const perspectiveError = form.errors.perspective;

  const submit = handleSubmit(async (values) => {
    if (!isOneOf(IMPLEMENTATION_STATUSES, values.status)) return;
    const status = values.status;
    const ok = await submitPayload(async () => {
      const { data } = await record({
        variables: {
          input: {
            recommendationId,
            perspective: values.perspective,
            status,
            effectiveOn: values.effectiveOn,
            note: values.note.trim() || null,
          },
        },
        update: forgetRecommendationLists,
      });
      return data?.recordImplementationStatus.userErrors;
    });
    if (ok) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problems}
        {perspectives.length > 1 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={perspectiveLabelId}>
              {t('fields.perspective')}
            </Text>
            <SegmentedControl
              aria-labelledby={perspectiveLabelId}
              data={STATUS_PERSPECTIVES.map((value) => ({ value, label: t(`enums.StatusPerspective.${value}`) }))}
              value={perspective}
              onChange={(value) => isOneOf(STATUS_PERSPECTIVES, value) && form.setFieldValue('perspective', value)}
            />
          </Stack>
        ) : (
          <Text size="sm">
            {labelColon(t('fields.perspective'), i18n.language)}
            <strong>{t(`enums.StatusPerspective.${perspective}`)}</strong>
          </Text>
        )}
        {perspectiveError && (
          <Text size="sm" c="red" role="alert">
            {perspectiveError}
          </Text>
        )}
        <Select
          label={t('fields.status')}
          required
          data={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`enums.ImplementationStatus.${value}`) }))}
          {...form.getInputProps('status')}
        />
        <LocalDateInput
          label={t('fields.effectiveOn')}
          required
          min={issuedOn}
          max={today}
          {...form.getInputProps('effectiveOn')}
        />
        <Textarea
          label={t('fields.note')}
          description={t(perspective === 'STATE_REPORTED' ? 'fields.noteStateHint' : 'fields.noteMonitorHint')}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('dialogue.status.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
