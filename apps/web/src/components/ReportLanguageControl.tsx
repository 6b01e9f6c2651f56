import { SegmentedControl, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { SegmentedControlProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '../__generated__/graphql.ts';
import { APP_LANGUAGES, toAppLanguage } from '../i18n/language.ts';

/** A document's language: the interface's own to begin with (every interface language writes documents too). */
export function useReportLanguage() {
  const { i18n } = useTranslation();
  return useState<ReportLanguage>(() => (toAppLanguage(i18n.resolvedLanguage) ?? 'es').toUpperCase() as ReportLanguage);
}

type Props = Pick<SegmentedControlProps, 'aria-label' | 'aria-labelledby' | 'w'> & {
  value: ReportLanguage;
  onChange: (language: ReportLanguage) => void;
};

/**
 * The four languages a report's headings and labels are written in, each named in itself (as the language switcher
 * does). On a phone the control is smaller: at the default size a phone's card cut "Português" off.
 */
export function ReportLanguageControl({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const { breakpoints } = useMantineTheme();
  const phone = useMediaQuery(`(max-width: ${breakpoints.sm})`, undefined, { getInitialValueInEffect: false });
  return (
    <SegmentedControl
      {...rest}
      size={phone ? 'xs' : 'sm'}
      value={value}
      onChange={(chosen) => onChange(chosen as ReportLanguage)}
      data={APP_LANGUAGES.map((language) => ({
        value: language.toUpperCase(),
        label: <span lang={language}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
