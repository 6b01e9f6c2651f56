import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { FOLLOW_UP_KINDS, isOneOf, type FollowUpKind } from '../../lib/enums.ts';
import { todayLocalDate } from '../../components/records.ts';
import { usePayloadForm } from './payload-form.tsx';

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

const FIELDS = ['kind', 'happenedOn', 'outcome'] as const;

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
  const { submit, fieldError, problems } = usePayloadForm(FIELDS);
  const [kind, setKind] = useState<FollowUpKind | null>(null);
  const [happenedOn, setHappenedOn] = useState(todayLocalDate());
  const [outcome, setOutcome] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!kind) return;
    const ok = await submit(async () => {
      const { data } = await record({
        variables: { input: { recommendationId, kind, happenedOn, outcome: outcome.trim() || null } },
      });
      return data?.recordFollowUp.userErrors;
    });
    if (ok) onDone();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        {problems}
        <Select
          label={t('fields.followUpKind')}
          required
          data={FOLLOW_UP_KINDS.map((value) => ({ value, label: t(`enums.FollowUpKind.${value}`) }))}
          value={kind}
          onChange={(value) => setKind(isOneOf(FOLLOW_UP_KINDS, value) ? value : null)}
          error={fieldError('kind')}
        />
        <TextInput
          type="date"
          label={t('fields.happenedOn')}
          required
          min={issuedOn}
          max={todayLocalDate()}
          value={happenedOn}
          onChange={(event) => setHappenedOn(event.currentTarget.value)}
          error={fieldError('happenedOn')}
        />
        <Textarea
          label={t('fields.outcome')}
          autosize
          minRows={3}
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value)}
          error={fieldError('outcome')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!kind}>
            {t('dialogue.followUp.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
