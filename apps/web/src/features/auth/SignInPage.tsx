import { Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type {
  SignInPage_MeQuery,
  SignInPage_SignInMutation,
  SignInPage_SignInMutationVariables,
} from '../../__generated__/graphql.ts';
import { postGraphql } from '../../lib/post-graphql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAppForm } from '../../components/form/use-app-form.tsx';
import { required } from '../../components/form/validation.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';
import { redirectAfterSignIn } from './redirect.ts';
import { SsoSignIn } from '../sso/SsoSignIn.tsx';

// Plain strings, not graphql(): the generated document map and Apollo Client stay out of the sign-in
// page's download (lib/post-graphql.ts). The magic comments let codegen check and type them.
const SIGN_IN_PAGE_ME = /* GraphQL */ `
  query SignInPage_Me {
    me {
      user {
        id
      }
    }
    twoFactorStatus {
      stage
    }
  }
`;

const SIGN_IN_PAGE_SIGN_IN = /* GraphQL */ `
  mutation SignInPage_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      nextStep
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
`;

/**
 * The browser's session, if it has one: signed in, or held at the second factor or the enrolment
 * (decision 0025). Asked once; a stale answer is harmless, the shell asks again.
 */
function useSession(): SignInPage_MeQuery | null {
  const [session, setSession] = useState<SignInPage_MeQuery | null>(null);
  useEffect(() => {
    let live = true;
    postGraphql<SignInPage_MeQuery>(SIGN_IN_PAGE_ME).then(
      (data) => live && setSession(data),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return session;
}

export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectAfterSignIn(location.state);
  usePageTitle(t('signIn.submit'));

  const session = useSession();
  const [loading, setLoading] = useState(false);
  const { form, general, submitPayload, handleSubmit } = useAppForm({
    initialValues: { email: '', password: '' },
    // No e-mail shape check here: a sign-in must never be blocked by the client's idea of an address.
    rules: { email: required, password: required },
    // Deliberately not tied to one field: the API does not say whether the e-mail or the password was wrong.
    generalOnly: true,
  });

  if (session?.me) return <Navigate to={target} replace />;
  // A session held at the second step or the enrolment (decision 0025) goes on where it stopped.
  const held = session?.twoFactorStatus?.stage;
  if (held === 'SECOND_FACTOR') return <Navigate to="/signin/second-step" replace state={location.state} />;
  if (held === 'ENROLMENT_REQUIRED') return <Navigate to="/signin/enrol" replace />;

  const submit = handleSubmit(async (values) => {
    let nextStep: string | null | undefined;
    const ok = await submitPayload(async () => {
      setLoading(true);
      const data = await postGraphql<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>(
        SIGN_IN_PAGE_SIGN_IN,
        { input: { email: values.email.trim(), password: values.password } },
      ).finally(() => setLoading(false));
      const payload = data.signIn;
      if (!payload) return undefined;
      nextStep = payload.nextStep;
      // A payload without a session, without a next step and without errors still failed.
      return payload.me || payload.nextStep
        ? payload.userErrors
        : [...payload.userErrors, { field: [], code: 'UNKNOWN' }];
    });
    if (!ok) return;
    form.setFieldValue('password', '');
    if (nextStep === 'SECOND_FACTOR') {
      await navigate('/signin/second-step', { replace: true, state: location.state });
      return;
    }
    if (nextStep === 'ENROLMENT_REQUIRED') {
      await navigate('/signin/enrol', { replace: true });
      return;
    }
    // An app already started in this tab (signed out, then in again) drops the previous session's data.
    await (await import('../../app/shared-api.ts')).resetSharedApiSession();
    await navigate(target, { replace: true });
  });

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
            <ErrorAlert title={t('signIn.failed')} messages={general.map((problem) => t(problem))} />
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <TextInput
                  label={t('signIn.email')}
                  type="email"
                  name="email"
                  autoComplete="username"
                  required
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label={t('signIn.password')}
                  name="password"
                  autoComplete="current-password"
                  required
                  {...form.getInputProps('password')}
                  visibilityToggleButtonProps={{ 'aria-label': t('signIn.toggleVisibility') }}
                />
                <Button type="submit" loading={loading} fullWidth mt="xs">
                  {t('signIn.submit')}
                </Button>
              </Stack>
            </form>
            <SsoSignIn />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
