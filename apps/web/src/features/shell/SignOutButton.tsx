import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../app/ApiContext.tsx';
import { graphql } from '../../__generated__/gql.ts';

const SignOutButton_SignOut = graphql(`
  mutation SignOutButton_SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutButton_SignOut);

  const handleClick = async () => {
    // Even if the request failed, leave the signed-in screens; the sign-in page re-checks the session.
    await signOut().catch(() => undefined);
    await navigate('/signin', { replace: true });
    await api.resetSession();
  };

  return (
    <Button variant="default" size="xs" loading={loading} onClick={() => void handleClick()} style={{ flexShrink: 0 }}>
      {t('shell.signOut')}
    </Button>
  );
}
