import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';
import { loadEveryNamespace } from '../i18n/index.ts';
import { PageLoader } from '../components/PageLoader.tsx';

/**
 * A route whose page is its own chunk, fetched when the route is first visited: the sign-in page
 * (and so a phone on mobile data) does not download the whole app (issue #17, decision 0027).
 */
function page(load: () => Promise<ComponentType>) {
  return {
    lazy: async () => {
      const [Component] = await Promise.all([load(), loadEveryNamespace()]);
      return { Component };
    },
  };
}

/** A page outside the signed-in shell that still talks to the API: it brings the API client with it. */
function pageWithApi(load: () => Promise<ComponentType>) {
  return {
    lazy: async () => {
      const [Page, { SignedInProviders }] = await Promise.all([
        load(),
        import('./SignedInProviders.tsx'),
        loadEveryNamespace(),
      ]);
      const Component = () => (
        <SignedInProviders>
          <Page />
        </SignedInProviders>
      );
      return { Component };
    },
  };
}

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/signin', element: <SignInPage />, errorElement: <RouteErrorBoundary /> },
    {
      path: '/signin/second-step',
      ...pageWithApi(() => import('../features/security/SecondStepPage.tsx').then((m) => m.SecondStepPage)),
      errorElement: <RouteErrorBoundary />,
    },
    {
      path: '/signin/enrol',
      ...pageWithApi(() => import('../features/security/EnrolPage.tsx').then((m) => m.EnrolPage)),
      errorElement: <RouteErrorBoundary />,
    },
    {
      path: '/invitation',
      ...pageWithApi(() => import('../features/mail/InvitationPage.tsx').then((m) => m.InvitationPage)),
      errorElement: <RouteErrorBoundary />,
    },
    {
      // Signed out: an organisation asks to join the platform (decision 0029).
      path: '/join',
      ...pageWithApi(() => import('../features/onboarding/JoinRequestPage.tsx').then((m) => m.JoinRequestPage)),
      errorElement: <RouteErrorBoundary />,
    },
    {
      // Everything else needs a session: the shell sends signed-out visitors to /signin,
      // so unknown paths show the 404 page only to signed-in people.
      path: '/',
      ...page(() => import('../features/shell/SignedInLayout.tsx').then((m) => m.SignedInLayout)),
      hydrateFallbackElement: <PageLoader />,
      errorElement: <RouteErrorBoundary />,
      children: [
        { index: true, ...page(() => import('../features/home/HomePage.tsx').then((m) => m.HomePage)) },
        {
          path: 'working-groups/:id',
          ...page(() => import('../features/working-groups/WorkingGroupPage.tsx').then((m) => m.WorkingGroupPage)),
        },
        {
          path: 'working-groups/:id/workplans',
          ...page(() => import('../features/workplans/WorkplansPage.tsx').then((m) => m.WorkplansPage)),
        },
        {
          path: 'workplans/:id',
          ...page(() => import('../features/workplans/WorkplanPage.tsx').then((m) => m.WorkplanPage)),
        },
        {
          path: 'my-actions',
          ...page(() => import('../features/workplans/MyActionsPage.tsx').then((m) => m.MyActionsPage)),
        },
        {
          path: 'organisation/members',
          ...page(() => import('../features/members/MembersPage.tsx').then((m) => m.MembersPage)),
        },
        {
          path: 'organisation/audit',
          ...page(() => import('../features/audit/AuditLogPage.tsx').then((m) => m.AuditLogPage)),
        },
        {
          path: 'recommendations',
          ...page(() =>
            import('../features/recommendations/RecommendationsPage.tsx').then((m) => m.RecommendationsPage),
          ),
        },
        {
          path: 'recommendations/new',
          ...page(() =>
            import('../features/recommendations/IssueRecommendationPage.tsx').then((m) => m.IssueRecommendationPage),
          ),
        },
        {
          path: 'recommendations/:id',
          ...page(() => import('../features/recommendations/RecommendationPage.tsx').then((m) => m.RecommendationPage)),
        },
        {
          path: 'reprisals',
          ...page(() => import('../features/reprisals/ReprisalsPage.tsx').then((m) => m.ReprisalsPage)),
        },
        {
          path: 'reprisals/new',
          ...page(() => import('../features/reprisals/ReportReprisalPage.tsx').then((m) => m.ReportReprisalPage)),
        },
        {
          path: 'reprisals/:id',
          ...page(() => import('../features/reprisals/ReprisalPage.tsx').then((m) => m.ReprisalPage)),
        },
        { path: 'places', ...page(() => import('../features/places/PlacesPage.tsx').then((m) => m.PlacesPage)) },
        { path: 'places/:id', ...page(() => import('../features/places/PlacePage.tsx').then((m) => m.PlacePage)) },
        { path: 'visits', ...page(() => import('../features/visits/VisitsPage.tsx').then((m) => m.VisitsPage)) },
        {
          path: 'visits/new',
          ...page(() => import('../features/visits/PlanVisitPage.tsx').then((m) => m.PlanVisitPage)),
        },
        { path: 'visits/:id', ...page(() => import('../features/visits/VisitPage.tsx').then((m) => m.VisitPage)) },
        {
          path: 'visits/:visitId/findings/new',
          ...page(() => import('../features/findings/NewFindingPage.tsx').then((m) => m.NewFindingPage)),
        },
        {
          path: 'findings/:id',
          ...page(() => import('../features/findings/FindingPage.tsx').then((m) => m.FindingPage)),
        },
        {
          path: 'findings',
          ...page(() => import('../features/discovery/FindingsLibraryPage.tsx').then((m) => m.FindingsLibraryPage)),
        },
        { path: 'search', ...page(() => import('../features/discovery/SearchPage.tsx').then((m) => m.SearchPage)) },
        {
          path: 'organisation/sso',
          ...page(() => import('../features/sso/SsoSettingsPage.tsx').then((m) => m.SsoSettingsPage)),
        },
        {
          path: 'organisation/outbox',
          ...page(() => import('../features/mail/OutboxPage.tsx').then((m) => m.OutboxPage)),
        },
        {
          path: 'visits/:id/report',
          ...page(() => import('../features/reports/ReportPage.tsx').then((m) => m.ReportPage)),
        },
        {
          path: 'network-practices',
          ...page(() => import('../features/practices/NetworkPracticesPage.tsx').then((m) => m.NetworkPracticesPage)),
        },
        {
          path: 'notifications',
          ...page(() => import('../features/notifications/NotificationsPage.tsx').then((m) => m.NotificationsPage)),
        },
        {
          path: 'notifications/preferences',
          ...page(() =>
            import('../features/notifications/NotificationPreferencesPage.tsx').then(
              (m) => m.NotificationPreferencesPage,
            ),
          ),
        },
        { path: 'imports', ...page(() => import('../features/exports/ImportPage.tsx').then((m) => m.ImportPage)) },
        {
          path: 'account/security',
          ...page(() => import('../features/security/SecurityPage.tsx').then((m) => m.SecurityPage)),
        },
        {
          path: 'dashboard',
          ...page(() => import('../features/dashboard/DashboardPage.tsx').then((m) => m.DashboardPage)),
        },
        {
          path: 'reports/annual',
          ...page(() => import('../features/annual-report/AnnualReportPage.tsx').then((m) => m.AnnualReportPage)),
        },
        {
          path: 'platform',
          ...page(() => import('../features/onboarding/PlatformPage.tsx').then((m) => m.PlatformPage)),
        },
        {
          path: 'platform/join-requests',
          ...page(() => import('../features/onboarding/JoinRequestsPage.tsx').then((m) => m.JoinRequestsPage)),
        },
        {
          path: 'organisations/:id',
          ...page(() => import('../features/onboarding/OrganisationPage.tsx').then((m) => m.OrganisationPage)),
        },
        {
          path: 'working-groups/new',
          ...page(() => import('../features/onboarding/NewWorkingGroupPage.tsx').then((m) => m.NewWorkingGroupPage)),
        },
        {
          path: 'working-groups/:id/members',
          ...page(() =>
            import('../features/onboarding/WorkingGroupMembersPage.tsx').then((m) => m.WorkingGroupMembersPage),
          ),
        },
        { path: '*', ...page(() => import('../features/errors/NotFoundPage.tsx').then((m) => m.NotFoundPage)) },
      ],
    },
  ]);
}
