import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { CodeForm } from './CodeForm.tsx';
import { RecoveryCodesList } from './RecoveryCodesList.tsx';
import { TwoFactorEnrolment } from './TwoFactorEnrolment.tsx';
import { PasskeysCard } from './PasskeysCard.tsx';
import { DisableTwoFactorCard } from '../onboarding/DisableTwoFactorCard.tsx';

const SecurityPage_Status = graphql(`
  query SecurityPage_Status {
    twoFactorStatus {
      stage
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

const SecurityPage_Regenerate = graphql(`
  mutation SecurityPage_Regenerate($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input) {
      recoveryCodes
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The person's own two-factor: turn it on, see how many recovery codes are left, replace them. */
export function SecurityPage() {
  const { t } = useTranslation('security');
  usePageTitle(t('settings.title'));
  const { data, error, loading, refetch } = useQuery(SecurityPage_Status, { fetchPolicy: 'network-only' });
  const [regenerate] = useMutation(SecurityPage_Regenerate);
  const [fresh, setFresh] = useState<readonly string[] | null>(null);
  const reload = () => void refetch().catch(() => undefined);

  if (loading && !data) return <PageLoader />;
  const status = data?.twoFactorStatus;
  if (!status) return <QueryError error={error} onRetry={reload} />;

  return (
    <Stack gap="lg" maw={640} data-testid="security-page">
      <Title order={1}>{t('settings.title')}</Title>
      <Alert color={status.enabled ? 'teal' : 'yellow'} role="status">
        <Text size="sm">{status.enabled ? t('settings.statusOn') : t('settings.statusOff')}</Text>
        {status.required && <Text size="sm">{t('settings.required')}</Text>}
        {status.enabled && <Text size="sm">{t('settings.codesLeft', { count: status.recoveryCodesLeft })}</Text>}
      </Alert>
      {!status.enabled ? (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Text>{t('enrol.intro')}</Text>
            <TwoFactorEnrolment onDone={reload} />
          </Stack>
        </Card>
      ) : fresh ? (
        <Card withBorder radius="md" padding="lg">
          <RecoveryCodesList
            codes={fresh}
            onDone={() => {
              setFresh(null);
              reload();
            }}
          />
        </Card>
      ) : (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Title order={2} fz="h3">
              {t('settings.regenerateTitle')}
            </Title>
            <Text size="sm">{t('settings.regenerateIntro')}</Text>
            <CodeForm
              label={t('enrol.confirmCode')}
              submitLabel={t('settings.regenerate')}
              failedTitle={t('settings.regenerateFailed')}
              onSubmit={async (code) => {
                const { data: result } = await regenerate({ variables: { input: { code } } });
                const payload = result?.regenerateRecoveryCodes;
                if (payload?.recoveryCodes) {
                  setFresh(payload.recoveryCodes);
                  return null;
                }
                return payload?.userErrors[0]?.code ?? 'UNKNOWN';
              }}
            />
          </Stack>
        </Card>
      )}
      {status.enabled && !fresh && <PasskeysCard />}
      {status.enabled && !status.required && !fresh && <DisableTwoFactorCard onDone={reload} />}
    </Stack>
  );
}
