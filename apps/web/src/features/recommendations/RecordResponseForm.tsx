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
import { ACCEPTANCES, isOneOf } from '../../lib/enums.ts';
import { forgetRecommendationLists } from './cache.ts';

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
  const today = todayLocalDate();
  const { form, problems, submitPayload, handleSubmit } = useAppForm({
    initialValues: { respondedOn: today, acceptance: null as string | null, text: '', proposedTimeline: '' },
    rules: {
      respondedOn: all(required, localDate, notBefore(issuedOn), notAfter(today)),
      acceptance: required,
      text: required,
    },
  });

  const submit = handleSubmit(async (values) => {
    if (!isOneOf(ACCEPTANCES, values.acceptance)) return;
    const acceptance = values.acceptance;
    const ok = await submitPayload(async () => {
      const { data } = await record({
        variables: {
          input: {
            recommendationId,
            respondedOn: values.respondedOn,
            acceptance,
            text: values.text.trim(),
            proposedTimeline: values.proposedTimeline.trim() || null,
          },
        },
        update: forgetRecommendationLists,
      });
      return data?.recordAuthorityResponse.userErrors;
    });
    if (ok) onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {problems}
        <LocalDateInput
          label={t('fields.respondedOn')}
          required
          min={issuedOn}
          max={today}
          {...form.getInputProps('respondedOn')}
        />
        <Select
          label={t('fields.acceptance')}
          description={t('fields.acceptanceHint')}
          required
          data={ACCEPTANCES.map((value) => ({ value, label: t(`enums.Acceptance.${value}`) }))}
          {...form.getInputProps('acceptance')}
        />
        <Textarea
          label={t('fields.responseText')}
          required
          autosize
          minRows={4}
          maxRows={14}
          {...form.getInputProps('text')}
        />
        <Textarea
          label={t('fields.proposedTimeline')}
          description={t('fields.proposedTimelineHint')}
          autosize
          minRows={2}
          {...form.getInputProps('proposedTimeline')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('dialogue.respond.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
