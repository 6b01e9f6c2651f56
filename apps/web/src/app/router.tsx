import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { DashboardPage } from '../features/dashboard/DashboardPage.tsx';
import { MembersPage } from '../features/members/MembersPage.tsx';
import { AuditLogPage } from '../features/audit/AuditLogPage.tsx';
import { IssueRecommendationPage } from '../features/recommendations/IssueRecommendationPage.tsx';
import { RecommendationPage } from '../features/recommendations/RecommendationPage.tsx';
import { RecommendationsPage } from '../features/recommendations/RecommendationsPage.tsx';
import { ReportReprisalPage } from '../features/reprisals/ReportReprisalPage.tsx';
import { ReprisalPage } from '../features/reprisals/ReprisalPage.tsx';
import { ReprisalsPage } from '../features/reprisals/ReprisalsPage.tsx';
import { AppShellLayout } from '../features/shell/AppShellLayout.tsx';
import { FindingPage } from '../features/findings/FindingPage.tsx';
import { NewFindingPage } from '../features/findings/NewFindingPage.tsx';
import { PlacePage } from '../features/places/PlacePage.tsx';
import { PlacesPage } from '../features/places/PlacesPage.tsx';
import { PlanVisitPage } from '../features/visits/PlanVisitPage.tsx';
import { VisitPage } from '../features/visits/VisitPage.tsx';
import { VisitsPage } from '../features/visits/VisitsPage.tsx';
import { WorkingGroupPage } from '../features/working-groups/WorkingGroupPage.tsx';
import { MyActionsPage } from '../features/workplans/MyActionsPage.tsx';
import { WorkplanPage } from '../features/workplans/WorkplanPage.tsx';
import { WorkplansPage } from '../features/workplans/WorkplansPage.tsx';
import { RouteErrorBoundary } from './RouteErrorBoundary.tsx';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/signin', element: <SignInPage />, errorElement: <RouteErrorBoundary /> },
    {
      // Everything else needs a session: the shell sends signed-out visitors to /signin,
      // so unknown paths show the 404 page only to signed-in people.
      path: '/',
      element: <AppShellLayout />,
      errorElement: <RouteErrorBoundary />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'working-groups/:id', element: <WorkingGroupPage /> },
        { path: 'working-groups/:id/workplans', element: <WorkplansPage /> },
        { path: 'workplans/:id', element: <WorkplanPage /> },
        { path: 'my-actions', element: <MyActionsPage /> },
        { path: 'dashboard', element: <DashboardPage /> },
        { path: 'organisation/members', element: <MembersPage /> },
        { path: 'organisation/audit', element: <AuditLogPage /> },
        { path: 'recommendations', element: <RecommendationsPage /> },
        { path: 'recommendations/new', element: <IssueRecommendationPage /> },
        { path: 'recommendations/:id', element: <RecommendationPage /> },
        { path: 'reprisals', element: <ReprisalsPage /> },
        { path: 'reprisals/new', element: <ReportReprisalPage /> },
        { path: 'reprisals/:id', element: <ReprisalPage /> },
        { path: 'places', element: <PlacesPage /> },
        { path: 'places/:id', element: <PlacePage /> },
        { path: 'visits', element: <VisitsPage /> },
        { path: 'visits/new', element: <PlanVisitPage /> },
        { path: 'visits/:id', element: <VisitPage /> },
        { path: 'visits/:visitId/findings/new', element: <NewFindingPage /> },
        { path: 'findings/:id', element: <FindingPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
