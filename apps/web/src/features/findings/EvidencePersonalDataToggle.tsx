import { useMutation } from '@apollo/client/react';
import { Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';

const EvidencePersonalDataToggle_Set = graphql(`
  mutation EvidencePersonalDataToggle_Set($input: SetEvidencePersonalDataInput!) {
    setEvidencePersonalData(input: $input) {
      evidence {
        id
        containsPersonalData
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  evidenceId: string;
  fileName: string;
  containsPersonalData: boolean;
  /** Called after a change: flagging a file can remove it from the viewer's own list. */
  onChanged: () => void;
}

/** Turns a file's personal-data flag on or off, for those the policy lets (`viewerCan.setPersonalData`). */
export function EvidencePersonalDataToggle({ evidenceId, fileName, containsPersonalData, onChanged }: Props) {
  const { t } = useTranslation('monitoring');
  const [setFlag, { loading }] = useMutation(EvidencePersonalDataToggle_Set);
  const [failed, setFailed] = useState(false);

  const change = async (next: boolean) => {
    setFailed(false);
    try {
      const result = await setFlag({ variables: { input: { evidenceId, containsPersonalData: next } } });
      if (result.data?.setEvidencePersonalData.userErrors.length) setFailed(true);
      else onChanged();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Switch
      size="xs"
      checked={containsPersonalData}
      disabled={loading}
      onChange={(event) => void change(event.currentTarget.checked)}
      label={containsPersonalData ? t('evidence.personalData.yes') : t('evidence.personalData.no')}
      aria-label={t('evidence.personalData.toggle', { name: fileName })}
      error={failed ? t('evidence.personalData.changeFailed') : undefined}
    />
  );
}
