import { SignedInProviders } from '../../app/SignedInProviders.tsx';
import { AppShellLayout } from './AppShellLayout.tsx';

/** The shell with the API behind it: the sign-in page, outside it, loads neither (decision 0027). */
export function SignedInLayout() {
  return (
    <SignedInProviders>
      <AppShellLayout />
    </SignedInProviders>
  );
}
