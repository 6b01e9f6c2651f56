import { Alert, Button, CopyButton, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Recovery codes, shown once: the server keeps only their hashes. */
export function RecoveryCodesList({ codes, onDone }: { codes: readonly string[]; onDone?: () => void }) {
  const { t } = useTranslation('security');
  return (
    <Stack gap="sm" data-testid="recovery-codes">
      <Title order={2} fz="h3">
        {t('recovery.title')}
      </Title>
      <Alert color="yellow">{t('recovery.intro')}</Alert>
      <List aria-label={t('recovery.listLabel')} spacing={4} ff="monospace" listStyleType="none">
        {codes.map((code) => (
          <List.Item key={code}>
            <Text ff="monospace" fz="md">
              {code}
            </Text>
          </List.Item>
        ))}
      </List>
      <CopyButton value={codes.join('\n')}>
        {({ copied, copy }) => (
          <Button variant="default" onClick={copy}>
            {copied ? t('recovery.copied') : t('recovery.copy')}
          </Button>
        )}
      </CopyButton>
      {onDone && <Button onClick={onDone}>{t('recovery.done')}</Button>}
    </Stack>
  );
}
