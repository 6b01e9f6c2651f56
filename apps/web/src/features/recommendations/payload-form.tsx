import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import type { UserErrorLike, UserErrorMessageKey } from '../../lib/user-errors.ts';
import { ErrorAlert, formErrors } from '../../components/records.ts';

/** Why a submission failed as a whole (shown above the form). */
type GeneralProblem = UserErrorMessageKey | 'network' | 'notAllowed';

interface State<Field extends string> {
  readonly byField: Partial<Record<Field, UserErrorMessageKey>>;
  readonly general: readonly GeneralProblem[];
}

const NONE = { byField: {}, general: [] };

/**
 * Submits a mutation and sorts what went wrong: user errors next to the fields they name, the rest
 * above the form. A denied mutation comes back as NOT_FOUND (the API does not tell "forbidden"
 * apart), which here means the viewer may not do this. `fields` must be a stable (module) constant.
 */
export function usePayloadForm<Field extends string>(fields: readonly Field[]) {
  const { t } = useTranslation();
  const { t: tt } = useTranslation('tracker');
  const [state, setState] = useState<State<Field>>(NONE);

  const submit = useCallback(
    async (mutate: () => Promise<readonly UserErrorLike[] | undefined>): Promise<boolean> => {
      setState(NONE);
      try {
        const userErrors = await mutate();
        if (userErrors === undefined) throw new Error('The mutation returned no payload');
        if (userErrors.length === 0) return true;
        setState(formErrors(userErrors, fields));
        return false;
      } catch (error) {
        setState({ byField: {}, general: [hasErrorCode(error, 'NOT_FOUND') ? 'notAllowed' : 'network'] });
        return false;
      }
    },
    [fields],
  );

  const fieldError = (field: Field) => {
    const key = state.byField[field];
    return key ? t(key) : undefined;
  };
  const messages = state.general.map((problem) =>
    problem === 'network' ? t('errors.network') : problem === 'notAllowed' ? tt('form.notAllowed') : t(problem),
  );
  const problems = <ErrorAlert messages={messages} />;
  const reset = useCallback(() => setState(NONE), []);

  return { submit, fieldError, problems, reset };
}
