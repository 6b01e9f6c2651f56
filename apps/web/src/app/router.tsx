import { createBrowserRouter } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { MembersPage } from '../features/members/MembersPage.tsx';
import { AppShellLayout } from '../features/shell/AppShellLayout.tsx';
import { WorkingGroupPage } from '../features/working-groups/WorkingGroupPage.tsx';
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
        { path: 'organisation/members', element: <MembersPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
