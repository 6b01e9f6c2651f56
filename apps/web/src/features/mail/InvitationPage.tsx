import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApi } from '../../app/ApiContext.tsx';
import { graphql } from '../../__generated__/gql.ts';
import { required, useAppForm } from '../../components/form/index.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { LanguageSwitcher } from '../shell/LanguageSwitcher.tsx';

const InvitationPage_Accept = graphql(`
  mutation InvitationPage_Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      me {
        user {
          id
          displayName
          preferredLocale
        }
      }
      nextStep
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The server's rule (modules/identity/accept-invitation.ts); checked here first to answer in the reader's language. */
const PASSWORD_MIN_LENGTH = 12;

/** The token travels in the link's fragment (#token=…), which browsers never send to a server. */
function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

/** An invited person chooses their password through the e-mailed link, and is signed in. */
export function InvitationPage() {
  const { t } = useTranslation('mail');
  const api = useApi();
  const navigate = useNavigate();
  const location = useLocation();
  const [token] = useState(() => tokenFromHash(location.hash));
  usePageTitle(t('invitation.title'));
  const [accept, { loading }] = useMutation(InvitationPage_Accept);
  const { form, problems, general, submitPayload, handleSubmit } = useAppForm({
    initialValues: { password: '', confirm: '' },
    rules: { password: required, confirm: required },
  });

  const submit = handleSubmit(async (values) => {
    if (values.password.length < PASSWORD_MIN_LENGTH) {
      form.setFieldError('password', t('invitation.tooShort', { count: PASSWORD_MIN_LENGTH }));
      return;
    }
    if (values.password !== values.confirm) {
      form.setFieldError('confirm', t('invitation.mismatch'));
      return;
    }
    let enrol = false;
    const ok = await submitPayload(async () => {
      const { data } = await accept({ variables: { input: { token: token ?? '', password: values.password } } });
      const payload = data?.acceptInvitation;
      if (!payload) return undefined;
      // A new NPM's or the SPT's admin enrols an authenticator before anything else.
      enrol = payload.nextStep === 'ENROLMENT_REQUIRED';
      return payload.me || enrol ? payload.userErrors : [...payload.userErrors, { field: [], code: 'UNKNOWN' }];
    });
    if (!ok) return;
    if (enrol) {
      window.history.replaceState(null, '', '/invitation');
      await api.resetSession();
      await navigate('/signin/enrol', { replace: true });
      return;
    }
    // The link is spent: drop it from the address bar and the history before going in.
    window.history.replaceState(null, '', '/invitation');
    await api.resetSession();
    await navigate('/', { replace: true });
  });

  const refused = general.some((problem) => problem.startsWith('userErrors.INVITATION_'));
  return (
    <Box component="main" mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz="h2">
                {t('invitation.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('invitation.subtitle')}
              </Text>
            </Stack>
            {!token ? (
              <Alert color="red" title={t('invitation.failed')} role="alert">
                {t('invitation.missingToken')}
              </Alert>
            ) : (
              <>
                {problems}
                {refused && (
                  <Anchor component={Link} to="/signin" size="sm">
                    {t('invitation.signIn')}
                  </Anchor>
                )}
                <form onSubmit={submit} noValidate>
                  <Stack gap="md">
                    <PasswordInput
                      label={t('invitation.password')}
                      description={t('invitation.passwordHint', { count: PASSWORD_MIN_LENGTH })}
                      name="password"
                      autoComplete="new-password"
                      required
                      {...form.getInputProps('password')}
                      visibilityToggleButtonProps={{ 'aria-label': t('invitation.toggleVisibility') }}
                    />
                    <PasswordInput
                      label={t('invitation.confirm')}
                      name="confirm"
                      autoComplete="new-password"
                      required
                      {...form.getInputProps('confirm')}
                      visibilityToggleButtonProps={{ 'aria-label': t('invitation.toggleVisibility') }}
                    />
                    <Button type="submit" loading={loading} fullWidth mt="xs">
                      {t('invitation.submit')}
                    </Button>
                  </Stack>
                </form>
              </>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
