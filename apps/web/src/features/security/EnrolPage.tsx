import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useApi } from '../../app/ApiContext.tsx';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { StandaloneCard } from './StandaloneCard.tsx';
import { TwoFactorEnrolment } from './TwoFactorEnrolment.tsx';

const EnrolPage_Status = graphql(`
  query EnrolPage_Status {
    twoFactorStatus {
      stage
    }
  }
`);

const EnrolPage_SignOut = graphql(`
  mutation EnrolPage_SignOut {
    signOut
  }
`);

/** A session held because the person's organisation requires two-factor: enrolment is all it may do. */
export function EnrolPage() {
  const { t } = useTranslation('security');
  const api = useApi();
  const navigate = useNavigate();
  usePageTitle(t('enrol.title'));
  const status = useQuery(EnrolPage_Status, { fetchPolicy: 'network-only' });
  const [signOut] = useMutation(EnrolPage_SignOut);

  if (status.loading && !status.data) return <PageLoader />;
  const stage = status.data?.twoFactorStatus?.stage;
  if (stage === 'SECOND_FACTOR') return <Navigate to="/signin/second-step" replace />;
  if (stage !== 'ENROLMENT_REQUIRED' && stage !== 'COMPLETE') return <Navigate to="/signin" replace />;

  return (
    <StandaloneCard title={t('enrol.title')}>
      <Alert color="blue">{t('enrol.requiredIntro')}</Alert>
      <Stack gap="md">
        <TwoFactorEnrolment onDone={() => void api.resetSession().then(() => navigate('/', { replace: true }))} />
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
    </StandaloneCard>
  );
}
