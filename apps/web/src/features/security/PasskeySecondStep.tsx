import { useMutation } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { passkeyAssertion } from './passkey-ceremony.ts';
import { passkeyProblem } from './PasskeysCard.tsx';
import type { PasskeyProblem } from './PasskeysCard.tsx';

const PasskeySecondStep_Start = graphql(`
  mutation PasskeySecondStep_Start {
    startPasskeySecondFactor {
      optionsJson
      userErrors {
        code
      }
    }
  }
`);

const PasskeySecondStep_Verify = graphql(`
  mutation PasskeySecondStep_Verify($input: VerifyPasskeySecondFactorInput!) {
    verifyPasskeySecondFactor(input: $input) {
      me {
        user {
          id
        }
      }
      userErrors {
        code
      }
    }
  }
`);

/** The second step with a passkey instead of a code (shown when the person registered one). */
export function PasskeySecondStep({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation('passkeys');
  const [start] = useMutation(PasskeySecondStep_Start);
  const [verify] = useMutation(PasskeySecondStep_Verify);
  const [problem, setProblem] = useState<PasskeyProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const signInWithPasskey = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const { data } = await start();
      const options = data?.startPasskeySecondFactor;
      if (!options?.optionsJson) return setProblem(passkeyProblem(options?.userErrors[0]?.code));
      const ceremony = await passkeyAssertion(options.optionsJson);
      if ('refused' in ceremony) return setProblem(ceremony.refused);
      const { data: verified } = await verify({ variables: { input: { responseJson: ceremony.responseJson } } });
      const payload = verified?.verifyPasskeySecondFactor;
      if (!payload?.me) return setProblem(passkeyProblem(payload?.userErrors[0]?.code));
      await onSignedIn();
    } catch {
      setProblem('unknown');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <ErrorAlert title={t('failed')} messages={problem ? [t(`problems.${problem}`)] : []} />
      <Button variant="light" loading={busy} onClick={() => void signInWithPasskey()}>
        {t('useForSignIn')}
      </Button>
    </Stack>
  );
}
