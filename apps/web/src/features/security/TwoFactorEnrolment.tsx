import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { CodeForm } from './CodeForm.tsx';
import { RecoveryCodesList } from './RecoveryCodesList.tsx';
import { securityErrorMessage } from './security-errors.ts';

const TwoFactorEnrolment_Start = graphql(`
  mutation TwoFactorEnrolment_Start {
    startTwoFactorEnrolment {
      enrolment {
        secret
        otpauthUri
        qrCodeDataUrl
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const TwoFactorEnrolment_Confirm = graphql(`
  mutation TwoFactorEnrolment_Confirm($input: ConfirmTwoFactorEnrolmentInput!) {
    confirmTwoFactorEnrolment(input: $input) {
      recoveryCodes
      me {
        user {
          id
        }
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
  /** Called once the person saw their recovery codes and moves on. */
  onDone: () => void;
}

/** Start → scan the QR code (or type the secret) → confirm a first code → recovery codes, shown once. */
export function TwoFactorEnrolment({ onDone }: Props) {
  const { t } = useTranslation('security');
  const [start, { loading: starting }] = useMutation(TwoFactorEnrolment_Start);
  const [confirm] = useMutation(TwoFactorEnrolment_Confirm);
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCodeDataUrl: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (recoveryCodes) return <RecoveryCodesList codes={recoveryCodes} onDone={onDone} />;

  if (!enrolment) {
    const begin = async () => {
      setProblem(null);
      try {
        const { data } = await start();
        const payload = data?.startTwoFactorEnrolment;
        if (payload?.enrolment) setEnrolment(payload.enrolment);
        else setProblem(securityErrorMessage(t, payload?.userErrors[0]?.code));
      } catch {
        setProblem(t('errors.network'));
      }
    };
    return (
      <Stack gap="md">
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Button onClick={() => void begin()} loading={starting}>
          {t('enrol.start')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text>{t('enrol.scan')}</Text>
      <Image src={enrolment.qrCodeDataUrl} alt={t('enrol.qrAlt')} w="100%" maw={220} fit="contain" />
      <Stack gap={4}>
        <Text size="sm">{t('enrol.manual')}</Text>
        <Code
          block
          aria-label={t('enrol.secretLabel')}
          data-testid="totp-secret"
          style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}
        >
          {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
        </Code>
      </Stack>
      <CodeForm
        label={t('enrol.confirmCode')}
        submitLabel={t('enrol.confirm')}
        failedTitle={t('enrol.failed')}
        onSubmit={async (code) => {
          const { data } = await confirm({ variables: { input: { code } } });
          const payload = data?.confirmTwoFactorEnrolment;
          if (payload?.recoveryCodes) {
            setRecoveryCodes(payload.recoveryCodes);
            return null;
          }
          return payload?.userErrors[0]?.code ?? 'UNKNOWN';
        }}
      />
    </Stack>
  );
}
