import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useApi } from '../../app/ApiContext.tsx';
import { graphql } from '../../__generated__/gql.ts';
import { userErrorMessageKey, type UserErrorMessageKey } from '../../lib/user-errors.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';
import { redirectAfterSignIn } from './redirect.ts';

const SignInPage_Me = graphql(`
  query SignInPage_Me {
    me {
      user {
        id
      }
    }
  }
`);

const SignInPage_SignIn = graphql(`
  mutation SignInPage_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      me {
        user {
          id
          displayName
          preferredLocale
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

type Problem = UserErrorMessageKey | 'errors.network';

export function SignInPage() {
  const { t } = useTranslation();
  const api = useApi();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectAfterSignIn(location.state);
  usePageTitle(t('signIn.submit'));

  // Always ask the server: a cached `me` may belong to a session that has since expired.
  const session = useQuery(SignInPage_Me, { fetchPolicy: 'network-only' });
  const [signIn, { loading }] = useMutation(SignInPage_SignIn);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  if (session.data?.me) return <Navigate to={target} replace />;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblems([]);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.signIn;
      if (!payload) throw new Error('signIn returned no data');
      if (payload.userErrors.length > 0 || !payload.me) {
        // Deliberately not tied to one field: the API does not say whether the e-mail or the password was wrong.
        const keys = payload.userErrors.map((error) => userErrorMessageKey(error.code));
        setProblems(keys.length > 0 ? [...new Set(keys)] : ['userErrors.UNKNOWN']);
        return;
      }
      setPassword('');
      await api.resetSession();
      await navigate(target, { replace: true });
    } catch {
      setProblems(['errors.network']);
    }
  };

  return (
    <Box component="main" mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('signIn.subtitle')}
              </Text>
            </Stack>
            {problems.length > 0 && (
              <Alert color="red" role="alert" title={t('signIn.failed')}>
                {problems.map((key) => (
                  <Text key={key} size="sm">
                    {t(key)}
                  </Text>
                ))}
              </Alert>
            )}
            <form onSubmit={(event) => void handleSubmit(event)}>
              <Stack gap="md">
                <TextInput
                  label={t('signIn.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(event) => setEmail(event.currentTarget.value)}
                />
                <PasswordInput
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.toggleVisibility') }}
                />
                <Button type="submit" loading={loading} fullWidth mt="xs">
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
