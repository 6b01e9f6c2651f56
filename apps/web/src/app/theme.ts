import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6 (Mantine's default) gives white button labels 4.3:1; shade 8 gives 5.7:1 (WCAG AA needs 4.5:1).
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Badges carry translated words ("Presidencia", "Red regional"); capitals make them shout and copy oddly.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});

/** The dimmed text colour (hints, captions, secondary lines) in the light scheme: gray 7 instead of gray 6 (3.3:1). */
export const DIMMED_SHADE = 7;

/** Mantine's dimmed grey fails WCAG AA on white and on its grey backgrounds; this one reaches 7:1. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: { '--mantine-color-dimmed': resolved.colors.gray[DIMMED_SHADE] },
  dark: {},
});
