import { useMutation } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { CodeForm } from '../security/CodeForm.tsx';

const DisableTwoFactorCard_Disable = graphql(`
  mutation DisableTwoFactorCard_Disable($input: DisableTwoFactorInput!) {
    disableTwoFactor(input: $input) {
      status {
        enabled
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Turning one's own two-factor off, with a current code or a recovery code. Not offered when an
 * organisation of the person requires it (the server refuses it too).
 */
export function DisableTwoFactorCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('onboarding');
  const [disable] = useMutation(DisableTwoFactorCard_Disable);
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('twoFactor.disableTitle')}
        </Title>
        <Text size="sm">{t('twoFactor.disableIntro')}</Text>
        <CodeForm
          label={t('twoFactor.code')}
          acceptsRecoveryCode
          submitLabel={t('twoFactor.disable')}
          failedTitle={t('twoFactor.disableFailed')}
          onSubmit={async (code) => {
            const { data } = await disable({ variables: { input: { code } } });
            const payload = data?.disableTwoFactor;
            if (payload?.status) {
              onDone();
              return null;
            }
            return payload?.userErrors[0]?.code ?? 'UNKNOWN';
          }}
        />
      </Stack>
    </Card>
  );
}
