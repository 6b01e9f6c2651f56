import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { dateInputFormat, parseTypedDate } from './date-formats.ts';

type Props = Omit<
  DateInputProps,
  'value' | 'onChange' | 'min' | 'max' | 'minDate' | 'maxDate' | 'valueFormat' | 'dateParser'
> & {
  /** A LocalDate (YYYY-MM-DD) or empty. */
  readonly value?: string | null;
  readonly onChange?: (value: string) => void;
  /** Earliest and latest days offered in the calendar (LocalDates); typed values are checked by the form's rules. */
  readonly min?: string | null;
  readonly max?: string | null;
};

/**
 * A calendar date field in the app's language (DatesProvider's locale): shows "05/03/2026" to a Spanish
 * reader, accepts that or YYYY-MM-DD typed, and hands the form a LocalDate string ('' when empty).
 */
export function LocalDateInput({ value, onChange, min, max, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DateInput
      valueFormat={dateInputFormat(language)}
      dateParser={(text) => parseTypedDate(text, language)}
      placeholder={t('forms.datePlaceholder')}
      // Out-of-range days are greyed out in the calendar only: DateInput silently drops a typed value beyond
      // minDate/maxDate, while the form's rules can say what is wrong with it.
      excludeDate={(day) => Boolean((min && day < min) || (max && day > max))}
      allowDeselect
      clearable={!rest.required}
      {...rest}
      value={value || null}
      onChange={(next) => onChange?.(next ?? '')}
    />
  );
}
