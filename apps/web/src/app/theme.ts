import { Badge, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Badges carry translated words ("Presidencia", "Red regional"); capitals make them shout and copy oddly.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});
