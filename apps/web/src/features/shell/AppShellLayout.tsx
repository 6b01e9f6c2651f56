import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Burger, Center, em, Group, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { graphql } from '../../__generated__/gql.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { AppDatesProvider } from '../../app/AppDatesProvider.tsx';
import { changeAppLanguage } from '../../i18n/index.ts';
import { toAppLanguage } from '../../i18n/language.ts';
import { QueryError } from '../errors/QueryError.tsx';
import { SearchBox } from '../discovery/SearchBox.tsx';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { pickCurrentMembership } from './current-organisation.ts';
import { AccountLanguageSwitcher } from './AccountLanguageSwitcher.tsx';
import { MembershipLiveUpdates } from './MembershipLiveUpdates.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { Navigation } from './Navigation.tsx';
import { OrganisationSwitcher } from './OrganisationSwitcher.tsx';
import { ShellContext, type Shell } from './ShellContext.tsx';
import { SignOutButton } from './SignOutButton.tsx';
import classes from './AppShellLayout.module.css';

graphql(`
  fragment AppShellLayout_User on User {
    id
    displayName
    email
    preferredLocale
  }
`);

graphql(`
  fragment AppShellLayout_Membership on Membership {
    id
    role
    organisation {
      id
      name
      kind
      countryCode
      viewerCan {
        manageMembers
        readMembers
        createPlace
        planVisit
        recordFinding
        issueRecommendation
        reportReprisal
        readAuditLog
        readOutbox
      }
    }
  }
`);

const AppShellLayout_Me = graphql(`
  query AppShellLayout_Me {
    me {
      user {
        ...AppShellLayout_User
      }
      memberships {
        ...AppShellLayout_Membership
      }
      workingGroups {
        id
        name
        kind
      }
      actingOrganisation {
        id
      }
      platformAdmin
    }
  }
`);

const AppShellLayout_SetActingOrganisation = graphql(`
  mutation AppShellLayout_SetActingOrganisation($input: SetActingOrganisationInput!) {
    setActingOrganisation(input: $input) {
      me {
        actingOrganisation {
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

/** Layout of every signed-in page; sends signed-out visitors to the sign-in page. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const { data, error, loading, refetch } = useQuery(AppShellLayout_Me);
  const [setActingOrganisation] = useMutation(AppShellLayout_SetActingOrganisation);
  const me = data?.me;
  // Controls move from the header into the navbar on small screens. They are rendered in one place
  // only (not hidden with CSS) so each label and button exists once on the page.
  const wide = useMediaQuery(`(min-width: ${em(992)})`, true, { getInitialValueInEffect: false });
  const organisationInHeader = useMediaQuery(`(min-width: ${em(768)})`, true, { getInitialValueInEffect: false });

  // The account's language applies once per sign-in; later switches are saved back to it.
  const languageAppliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!me || languageAppliedFor.current === me.user.id) return;
    languageAppliedFor.current = me.user.id;
    const language = toAppLanguage(me.user.preferredLocale);
    if (language) void changeAppLanguage(language);
  }, [me]);

  useEffect(closeNavbar, [location.pathname, closeNavbar]);

  const shell = useMemo<Shell | null>(
    () =>
      me
        ? {
            user: me.user,
            memberships: me.memberships,
            // The server records which organisation the person acts for (new records, audit entries).
            current: pickCurrentMembership(me.memberships, me.actingOrganisation?.id),
            selectOrganisation: (organisationId: string) =>
              // Refetched either way: on failure the shell shows the organisation the server still has.
              void setActingOrganisation({ variables: { input: { organisationId } } }).then(
                () => refetch(),
                () => refetch(),
              ),
          }
        : null,
    [me, setActingOrganisation, refetch],
  );

  if (loading && !data) {
    return (
      <Center h="100vh">
        <PageLoader />
      </Center>
    );
  }
  if (error && !data)
    return <QueryError error={error} onRetry={() => void refetch().catch(() => undefined)} fullPage />;
  if (!me || !shell) return <Navigate to="/signin" replace state={{ from: location }} />;

  const organisation = shell.current?.organisation;

  return (
    <ShellContext.Provider value={shell}>
      <a href="#main" className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 290, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
            <Group wrap="nowrap" gap="md" miw={0}>
              <Burger
                opened={navbarOpened}
                onClick={toggleNavbar}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
                aria-expanded={navbarOpened}
                aria-controls="app-navbar"
              />
              <Anchor
                component={Link}
                to="/"
                fw={800}
                fz="lg"
                c="inherit"
                underline="never"
                style={{ whiteSpace: 'nowrap' }}
              >
                {t('app.name')}
              </Anchor>
              {organisationInHeader && <OrganisationSwitcher />}
            </Group>
            <Group wrap="nowrap" gap="sm">
              <SearchBox />
              <NotificationBell />
              <ConnectionIndicator />
              {wide && (
                <>
                  <AccountLanguageSwitcher />
                  <Text size="sm" fw={500} truncate maw={180}>
                    {me.user.displayName}
                  </Text>
                  <SignOutButton />
                </>
              )}
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="app-navbar" p="md">
          <Navigation
            workingGroups={me.workingGroups}
            canManageMembers={organisation?.viewerCan.manageMembers ?? false}
            platformAdmin={me.platformAdmin}
          />
          {!wide && (
            <Stack gap="sm" pt="md" className={classes.navbarFooter}>
              {!organisationInHeader && <OrganisationSwitcher />}
              <Text size="sm" fw={500}>
                {t('shell.signedInAs', { name: me.user.displayName })}
              </Text>
              <AccountLanguageSwitcher />
              <SignOutButton />
            </Stack>
          )}
        </AppShell.Navbar>

        <AppShell.Main id="main" tabIndex={-1}>
          {organisation && <MembershipLiveUpdates organisationId={organisation.id} />}
          <AppDatesProvider>
            <Outlet />
          </AppDatesProvider>
        </AppShell.Main>
      </AppShell>
    </ShellContext.Provider>
  );
}
