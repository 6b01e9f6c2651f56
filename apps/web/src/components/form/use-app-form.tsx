import { useForm, type UseFormReturnType } from '@mantine/form';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import type { UserErrorLike, UserErrorMessageKey } from '../../lib/user-errors.ts';
import { formatLocalDate } from '../../lib/dates.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { payloadErrors } from './payload-errors.ts';
import { validateAll, type Rules, type ValidationMessage } from './validation.ts';

/** Why a submission failed as a whole (shown above the form). */
export type GeneralProblem = UserErrorMessageKey | 'errors.network' | 'forms.notAllowed';

export interface AppFormOptions<Values> {
  readonly initialValues: Values;
  readonly rules?: Rules<NoInfer<Values>>;
  /** Server input fields the form calls differently (`{ userId: 'member' }`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** A more precise message than the code's generic one, for a user error on a given field. */
  readonly explain?: (path: string, code: string) => string | undefined;
  /** Put every user error above the form, e.g. sign-in, which must not tell which of e-mail or password was wrong. */
  readonly generalOnly?: boolean;
}

export interface AppForm<Values> {
  readonly form: UseFormReturnType<Values>;
  /** The form-level alert (network, not allowed, user errors that name no field); renders nothing when all is well. */
  readonly problems: ReactNode;
  readonly general: readonly GeneralProblem[];
  /**
   * Runs a mutation and sorts its `userErrors`: onto the fields they name, the rest into the alert. A denied
   * mutation comes back as NOT_FOUND (the API does not tell "forbidden" apart), which here means the viewer may
   * not do this. Resolves to whether it succeeded.
   */
  readonly submitPayload: (mutate: () => Promise<readonly UserErrorLike[] | undefined>) => Promise<boolean>;
  /** `onSubmit` for the `<form>`: validates in the app's language, then calls `handler` with valid values. */
  readonly handleSubmit: (
    handler: (values: Values) => Promise<unknown> | unknown,
  ) => (event?: FormEvent<HTMLFormElement>) => void;
  readonly setGeneral: (problems: readonly GeneralProblem[]) => void;
  /** Typed value/onChange/error for the app's own controls (pickers, builders); Mantine inputs use getInputProps. */
  readonly field: <Field extends keyof Values & string>(name: Field) => FieldProps<Values[Field]>;
}

export interface FieldProps<Value> {
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  readonly error?: string;
}

/** The one way forms are built here: @mantine/form state, i18n validation messages, server errors per field. */
export function useAppForm<Values extends Record<string, unknown>>(options: AppFormOptions<Values>): AppForm<Values> {
  const { t, i18n } = useTranslation();
  const { rules = {}, aliases, generalOnly = false, explain } = options;
  const [general, setGeneral] = useState<readonly GeneralProblem[]>([]);

  const translate = (message: ValidationMessage): string => {
    const values = { ...message.values };
    if (typeof values.date === 'string') values.date = formatLocalDate(values.date, i18n.language);
    return t(message.key, values);
  };

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [field, message] of Object.entries(validateAll(rules, values))) {
        if (message) errors[field] = translate(message as ValidationMessage);
      }
      return errors;
    },
  });

  const submitPayload = useCallback(
    async (mutate: () => Promise<readonly UserErrorLike[] | undefined>): Promise<boolean> => {
      setGeneral([]);
      try {
        const userErrors = await mutate();
        if (userErrors === undefined) throw new Error('The mutation returned no payload');
        if (userErrors.length === 0) return true;
        const sorted = payloadErrors(userErrors, generalOnly ? {} : form.getValues(), aliases);
        const messages = Object.entries(sorted.byPath).map(([path, { key, code }]) => [
          path,
          explain?.(path, code) ?? t(key),
        ]);
        form.setErrors(Object.fromEntries(messages));
        setGeneral(sorted.general);
        return false;
      } catch (error) {
        setGeneral([hasErrorCode(error, 'NOT_FOUND') ? 'forms.notAllowed' : 'errors.network']);
        return false;
      }
    },
    // `form`'s methods read the latest state, so the callback need not change with it.
    [aliases, generalOnly, explain, t],
  );

  const handleSubmit: AppForm<Values>['handleSubmit'] = (handler) =>
    form.onSubmit(async (values) => {
      setGeneral([]);
      await handler(values);
    });

  const field: AppForm<Values>['field'] = (name) => {
    const error = form.errors[name];
    return {
      value: form.getValues()[name],
      onChange: (value) => form.setFieldValue(name, value as never),
      error: typeof error === 'string' ? error : undefined,
    };
  };

  const problems = <ErrorAlert messages={general.map((problem) => t(problem))} />;
  return { form, problems, general, submitPayload, handleSubmit, setGeneral, field };
}
