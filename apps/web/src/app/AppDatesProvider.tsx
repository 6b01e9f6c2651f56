import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
// Registers the dayjs locales (es, fr, pt; English is built in) before the first calendar renders.
import '../components/form/date-formats.ts';

/** Calendars and date fields follow the interface language, and weeks start on Monday as in both audiences. */
export function AppDatesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language.split('-')[0] ?? 'en';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
