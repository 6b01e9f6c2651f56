import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { ACCEPTANCES, isOneOf, type Acceptance } from '../../lib/enums.ts';
import { todayLocalDate } from '../../components/records.ts';
import { forgetRecommendationLists } from './cache.ts';
import { usePayloadForm } from './payload-form.tsx';

const RecordResponseForm_Record = graphql(`
  mutation RecordResponseForm_Record($input: RecordAuthorityResponseInput!) {
    recordAuthorityResponse(input: $input) {
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

const FIELDS = ['respondedOn', 'acceptance', 'text', 'proposedTimeline'] as const;

interface Props {
  recommendationId: string;
  issuedOn: string;
  onDone: () => void;
  onCancel: () => void;
}

/** The addressee authority's answer (art. 22 OPCAT): its position, what it says and its timeline. */
export function RecordResponseForm({ recommendationId, issuedOn, onDone, onCancel }: Props) {
  const { t } = useTranslation('tracker');
  const [record, { loading }] = useMutation(RecordResponseForm_Record);
  const { submit, fieldError, problems } = usePayloadForm(FIELDS);
  const [respondedOn, setRespondedOn] = useState(todayLocalDate());
  const [acceptance, setAcceptance] = useState<Acceptance | null>(null);
  const [text, setText] = useState('');
  const [proposedTimeline, setProposedTimeline] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!acceptance) return;
    const ok = await submit(async () => {
      const { data } = await record({
        variables: {
          input: {
            recommendationId,
            respondedOn,
            acceptance,
            text: text.trim(),
            proposedTimeline: proposedTimeline.trim() || null,
          },
        },
        update: forgetRecommendationLists,
      });
      return data?.recordAuthorityResponse.userErrors;
    });
    if (ok) onDone();
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)}>
      <Stack gap="sm">
        {problems}
        <TextInput
          type="date"
          label={t('fields.respondedOn')}
          required
          min={issuedOn}
          max={todayLocalDate()}
          value={respondedOn}
          onChange={(event) => setRespondedOn(event.currentTarget.value)}
          error={fieldError('respondedOn')}
        />
        <Select
          label={t('fields.acceptance')}
          description={t('fields.acceptanceHint')}
          required
          data={ACCEPTANCES.map((value) => ({ value, label: t(`enums.Acceptance.${value}`) }))}
          value={acceptance}
          onChange={(value) => setAcceptance(isOneOf(ACCEPTANCES, value) ? value : null)}
          error={fieldError('acceptance')}
        />
        <Textarea
          label={t('fields.responseText')}
          required
          autosize
          minRows={4}
          maxRows={14}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={fieldError('text')}
        />
        <Textarea
          label={t('fields.proposedTimeline')}
          description={t('fields.proposedTimelineHint')}
          autosize
          minRows={2}
          value={proposedTimeline}
          onChange={(event) => setProposedTimeline(event.currentTarget.value)}
          error={fieldError('proposedTimeline')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={!acceptance || !text.trim()}>
            {t('dialogue.respond.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
