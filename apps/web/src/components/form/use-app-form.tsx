import { useForm, type UseFormReturnType } from '@mantine/form';
import { useCallback, useRef, useState, type FormEvent, type ReactNode } from 'react';
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
  /** The only paths that show errors, when a list editor shows one message for all its rows. */
  readonly shownPaths?: readonly string[];
  /** Checks that concern several fields at once, run with the rules; by field name. */
  readonly check?: (values: NoInfer<Values>) => Readonly<Record<string, ValidationMessage>>;
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
  ) => (event?: FormEvent<HTMLElement>) => void;
  readonly setGeneral: (problems: readonly GeneralProblem[]) => void;
  /** Typed value/onChange/error for the app's own controls (pickers, builders); Mantine inputs use getInputProps. */
  readonly field: <Field extends keyof Values & string>(name: Field) => FieldProps<Values[Field]>;
  /** The message shown at a path, for controls that take `error` as a plain string. */
  readonly errorOf: (path: string) => string | undefined;
}

export interface FieldProps<Value> {
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  readonly error?: string;
}

/** The one way forms are built here: @mantine/form state, i18n validation messages, server errors per field. */
export function useAppForm<Values extends Record<string, unknown>>(options: AppFormOptions<Values>): AppForm<Values> {
  const { t, i18n } = useTranslation();
  const { aliases, generalOnly = false, explain, shownPaths } = options;
  // Rules and checks may close over data that arrives after the first render (the viewer's team…).
  const latest = useRef(options);
  latest.current = options;
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
      const { rules = {}, check } = latest.current;
      const messages = { ...check?.(values), ...validateAll(rules, values) };
      for (const [field, message] of Object.entries(messages)) {
        if (message) errors[field] = translate(message as ValidationMessage);
      }
      return errors;
    },
  });

  // useForm returns a new object every render; its methods are memoized by Mantine, so depend on those.
  const { getValues, setErrors } = form;
  const submitPayload = useCallback(
    async (mutate: () => Promise<readonly UserErrorLike[] | undefined>): Promise<boolean> => {
      setGeneral([]);
      try {
        const userErrors = await mutate();
        if (userErrors === undefined) throw new Error('The mutation returned no payload');
        if (userErrors.length === 0) return true;
        const sorted = payloadErrors(
          userErrors,
          generalOnly ? {} : getValues(),
          aliases,
          generalOnly ? [] : shownPaths,
        );
        const messages = Object.entries(sorted.byPath).map(([path, { key, code }]) => [
          path,
          explain?.(path, code) ?? t(key),
        ]);
        setErrors(Object.fromEntries(messages));
        setGeneral(sorted.general);
        return false;
      } catch (error) {
        setGeneral([hasErrorCode(error, 'NOT_FOUND') ? 'forms.notAllowed' : 'errors.network']);
        return false;
      }
    },
    [aliases, generalOnly, explain, shownPaths, t, getValues, setErrors],
  );

  const handleSubmit: AppForm<Values>['handleSubmit'] = (handler) => (event) => {
    // Forms are sometimes a Mantine Stack or Paper rendered as <form>, typed as their own element.
    form.onSubmit(async (values) => {
      setGeneral([]);
      await handler(values);
    })(event as FormEvent<HTMLFormElement> | undefined);
  };

  const errorOf = (path: string) => {
    const error = form.errors[path];
    return typeof error === 'string' ? error : undefined;
  };
  const field: AppForm<Values>['field'] = (name) => ({
    value: form.getValues()[name],
    onChange: (value) => form.setFieldValue(name, value as never),
    error: errorOf(name),
  });

  const problems = <ErrorAlert messages={general.map((problem) => t(problem))} />;
  return { form, problems, general, submitPayload, handleSubmit, setGeneral, field, errorOf };
}
