import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // White text on indigo 6 (filled buttons, the selected option of a list) is 4.3:1; shade 7 passes 4.5:1 (axe).
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Badges carry translated words ("Presidencia", "Red regional"); capitals make them shout and copy oddly.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});
