import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClassificationIcon } from '../../components/records.ts';

/** Shown wherever interviewees' personal data is on screen (art. 21(2) OPCAT). */
export function PersonalDataNote() {
  const { t } = useTranslation('monitoring');
  return (
    <Alert
      color="red"
      variant="light"
      icon={<ClassificationIcon classification="SPT_CONFIDENTIAL" />}
      data-testid="personal-data-note"
    >
      {t('interviewees.personalDataNote')}
    </Alert>
  );
}
