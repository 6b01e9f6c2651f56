import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Said wherever incidents are shown: who can see them, and that every access leaves a trace. */
export function ReprisalNotice() {
  const { t } = useTranslation('tracker');
  return (
    <Alert color="red" variant="light" title={t('reprisals.notice.title')} data-testid="reprisal-notice">
      {t('reprisals.notice.body')}
    </Alert>
  );
}
