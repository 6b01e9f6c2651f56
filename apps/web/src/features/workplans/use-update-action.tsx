import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__/gql.ts';
import type { ActionChanges } from '../../__generated__/graphql.ts';
import type { UserErrorMessageKey } from '../../lib/user-errors.ts';
import { payloadErrors } from '../../components/form/index.ts';
import type { FieldConflict } from './conflicts.ts';

const UseUpdateAction_Update = graphql(`
  mutation UseUpdateAction_Update($input: UpdateActionInput!) {
    updateAction(input: $input) {
      action {
        ...WorkplanPage_Action
      }
      conflicts {
        field
        base
        yours
        theirs
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export interface PendingConflict {
  actionId: string;
  conflicts: FieldConflict[];
}

/** updateAction with field-level merge: the fields someone else changed first come back as a pending conflict. */
export function useUpdateAction() {
  const [mutate, { loading }] = useMutation(UseUpdateAction_Update);
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [errors, setErrors] = useState<readonly UserErrorMessageKey[]>([]);

  const update = async (actionId: string, changes: ActionChanges, base: ActionChanges): Promise<boolean> => {
    setErrors([]);
    try {
      const { data } = await mutate({ variables: { input: { id: actionId, changes, base } } });
      const payload = data?.updateAction;
      if (!payload || payload.userErrors.length > 0) {
        // Action edits show errors above the form: the conflict dialog handles per-field differences.
        setErrors(payloadErrors(payload?.userErrors ?? [], {}).general);
        return false;
      }
      if (payload.conflicts.length > 0) {
        setConflict({ actionId, conflicts: payload.conflicts });
        return false;
      }
      return true;
    } catch {
      setErrors(['userErrors.UNKNOWN']);
      return false;
    }
  };

  return { update, loading, conflict, clearConflict: () => setConflict(null), errors };
}
