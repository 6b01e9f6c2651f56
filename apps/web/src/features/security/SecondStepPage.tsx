import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useApi } from '../../app/ApiContext.tsx';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { redirectAfterSignIn } from '../auth/redirect.ts';
import { CodeForm } from './CodeForm.tsx';
import { StandaloneCard } from './StandaloneCard.tsx';
import { PasskeySecondStep } from './PasskeySecondStep.tsx';

const SecondStepPage_Status = graphql(`
  query SecondStepPage_Status {
    twoFactorStatus {
      stage
      passkeyAvailable
    }
  }
`);

const SecondStepPage_Verify = graphql(`
  mutation SecondStepPage_Verify($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      me {
        user {
          id
        }
      }
      recoveryCodesLeft
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SecondStepPage_SignOut = graphql(`
  mutation SecondStepPage_SignOut {
    signOut
  }
`);

/** The second step of sign-in: a code of the authenticator app, or a recovery code. */
export function SecondStepPage() {
  const { t } = useTranslation('security');
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const target = redirectAfterSignIn(location.state);
  usePageTitle(t('secondStep.title'));
  const status = useQuery(SecondStepPage_Status, { fetchPolicy: 'network-only' });
  const [verify] = useMutation(SecondStepPage_Verify);
  const [signOut] = useMutation(SecondStepPage_SignOut);
  const [codesLeft, setCodesLeft] = useState<number | null>(null);

  if (status.loading && !status.data) return <PageLoader />;
  const stage = status.data?.twoFactorStatus?.stage;
  if (stage === 'COMPLETE') return <Navigate to={target} replace />;
  if (stage === 'ENROLMENT_REQUIRED') return <Navigate to="/signin/enrol" replace />;
  if (stage !== 'SECOND_FACTOR' && codesLeft === null) return <Navigate to="/signin" replace />;

  const enter = async () => {
    await api.resetSession();
    await navigate(target, { replace: true });
  };

  return (
    <StandaloneCard title={t('secondStep.title')}>
      {codesLeft !== null ? (
        <Stack gap="md">
          <Alert color="yellow" role="status">
            {t('secondStep.recoveryUsed', { count: codesLeft })}
          </Alert>
          <Button onClick={() => void enter()}>{t('recovery.done')}</Button>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('secondStep.intro')}</Text>
          {status.data?.twoFactorStatus?.passkeyAvailable && <PasskeySecondStep onSignedIn={enter} />}
          <CodeForm
            label={t('secondStep.code')}
            description={t('secondStep.codeHint')}
            submitLabel={t('secondStep.submit')}
            failedTitle={t('secondStep.failed')}
            acceptsRecoveryCode
            onSubmit={async (code) => {
              const { data } = await verify({ variables: { input: { code } } });
              const payload = data?.verifySecondFactor;
              if (!payload?.me) return payload?.userErrors[0]?.code ?? 'UNKNOWN';
              if (payload.recoveryCodesLeft !== null && payload.recoveryCodesLeft !== undefined) {
                setCodesLeft(payload.recoveryCodesLeft);
              } else {
                await enter();
              }
              return null;
            }}
          />
          <Button
            variant="default"
            onClick={() =>
              void signOut()
                .catch(() => undefined)
                .then(() => navigate('/signin', { replace: true }))
            }
          >
            {t('secondStep.signOut')}
          </Button>
        </Stack>
      )}
    </StandaloneCard>
  );
}
