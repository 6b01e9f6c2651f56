import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { useAppForm } from '../../components/form/index.ts';

const AdoptDraftButton_Adopt = graphql(`
  mutation AdoptDraftButton_Adopt($input: AdoptRecommendationDraftInput!) {
    adoptRecommendationDraft(input: $input) {
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
  /** The version the page shows: someone else's change meanwhile is a conflict, not an overwrite. */
  version: number;
  hasText: boolean;
}

/** Settles the recommendation's text as the co-edited draft reads now, after a confirmation. */
export function AdoptDraftButton({ recommendationId, version, hasText }: Props) {
  const { t } = useTranslation('tracker');
  const [adopt, { loading }] = useMutation(AdoptDraftButton_Adopt);
  // Not a form of fields, but the same handling of a payload's errors and of refusals.
  const { submitPayload, problems } = useAppForm({ initialValues: {}, generalOnly: true });
  const [confirming, setConfirming] = useState(false);
  const label = hasText ? t('detail.replaceWithDraft') : t('detail.adoptDraft');

  const confirm = async () => {
    const ok = await submitPayload(async () => {
      const { data } = await adopt({ variables: { input: { recommendationId, expectedVersion: version } } });
      return data?.adoptRecommendationDraft.userErrors;
    });
    if (ok) setConfirming(false);
  };

  if (!confirming) {
    return (
      <Group justify="flex-end">
        <Button variant="light" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {problems}
      <Text size="sm">{t('detail.adoptDraftConfirm')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setConfirming(false)}>
          {t('form.cancel')}
        </Button>
        <Button loading={loading} onClick={() => void confirm()}>
          {t('detail.adoptDraftSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
