// One form style for the whole app: @mantine/form state, rules answering in the app's language, server
// userErrors on their fields, calendar dates through @mantine/dates.
export { LocalDateInput } from './LocalDateInput.tsx';
export { hasConflict, payloadErrors } from './payload-errors.ts';
export { useAppForm, type AppForm, type GeneralProblem } from './use-app-form.tsx';
export {
  all,
  email,
  localDate,
  maxLength,
  notAfter,
  notBefore,
  required,
  type Rule,
  type Rules,
} from './validation.ts';
