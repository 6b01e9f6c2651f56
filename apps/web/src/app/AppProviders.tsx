import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, type Direction } from './direction.ts';
import { cssVariablesResolver, theme } from './theme.ts';

/** Follows the interface language: sets `dir` on <html> and tells Mantine (its RTL styles key off both). */
function DirectionFromLanguage({ override }: { override: Direction | undefined }) {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const direction = override ?? directionOf(i18n.language);
  useEffect(() => setDirection(direction), [direction, setDirection]);
  return null;
}

/**
 * The component library's providers, shared by the app and the tests: theme (WCAG AA colours),
 * text direction (Mantine DirectionProvider, ready for right-to-left languages). Date fields get
 * their provider (AppDatesProvider) in the signed-in shell, so the sign-in page does not load the calendar. `direction` forces a direction (tests, and a language before it ships).
 */
export function AppProviders({ children, direction }: { children: ReactNode; direction?: Direction }) {
  const { i18n } = useTranslation();
  return (
    <DirectionProvider initialDirection={direction ?? directionOf(i18n.language)} detectDirection={false}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <DirectionFromLanguage override={direction} />
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}
