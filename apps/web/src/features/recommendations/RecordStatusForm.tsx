import { useMutation } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import {
  IMPLEMENTATION_STATUSES,
  isOneOf,
  STATUS_PERSPECTIVES,
  type ImplementationStatus,
  type StatusPerspective,
} from '../../lib/enums.ts';
import { todayLocalDate } from '../../components/records.ts';
import { forgetRecommendationLists } from './cache.ts';
import { usePayloadForm } from './payload-form.tsx';

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

const FIELDS = ['perspective', 'status', 'effectiveOn', 'note'] as const;

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
  const { t } = useTranslation('tracker');
  const perspectiveLabelId = useId();
  const [record, { loading }] = useMutation(RecordStatusForm_Record);
  const { submit, fieldError, problems } = usePayloadForm(FIELDS);
  const [perspective, setPerspective] = useState<StatusPerspective>(perspectives[0] ?? 'MONITOR_ASSESSED');
  const [status, setStatus] = useState<ImplementationStatus | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(todayLocalDate());
  const [note, setNote] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!status) return;
    const ok = await submit(async () => {
      const { data } = await record({
        variables: {
          input: { recommendationId, perspective, status, effectiveOn, note: note.trim() || null },
        },
        update: forgetRecommendationLists,
      });
      return data?.recordImplementationStatus.userErrors;
    });
    if (ok) onDone();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
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
              onChange={(value) => isOneOf(STATUS_PERSPECTIVES, value) && setPerspective(value)}
            />
          </Stack>
        ) : (
          <Text size="sm">
            {t('fields.perspective')}: <strong>{t(`enums.StatusPerspective.${perspective}`)}</strong>
          </Text>
        )}
        {fieldError('perspective') && (
          <Text size="sm" c="red" role="alert">
            {fieldError('perspective')}
          </Text>
        )}
        <Select
          label={t('fields.status')}
          required
          data={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`enums.ImplementationStatus.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(isOneOf(IMPLEMENTATION_STATUSES, value) ? value : null)}
          error={fieldError('status')}
        />
        <TextInput
          type="date"
          label={t('fields.effectiveOn')}
          required
          min={issuedOn}
          max={todayLocalDate()}
          value={effectiveOn}
          onChange={(event) => setEffectiveOn(event.currentTarget.value)}
          error={fieldError('effectiveOn')}
        />
        <Textarea
          label={t('fields.note')}
          description={t(perspective === 'STATE_REPORTED' ? 'fields.noteStateHint' : 'fields.noteMonitorHint')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldError('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!status}>
            {t('dialogue.status.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
