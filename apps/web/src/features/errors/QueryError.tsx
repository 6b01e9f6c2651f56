import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { hasErrorCode } from '../../lib/graphql-errors.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** Centre the message on an otherwise empty screen (used before the shell exists). */
  fullPage?: boolean;
}

/** What a page shows when its query failed: 404, the sign-in page, or a retryable alert. */
export function QueryError({ error, onRetry, fullPage = false }: Props) {
  const { t } = useTranslation();
  const location = useLocation();

  if (hasErrorCode(error, 'UNAUTHENTICATED')) {
    return <Navigate to="/signin" replace state={{ from: location }} />;
  }
  if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;

  const alert = (
    <Alert color="red" title={t('errors.title')} role="alert" maw={560} w="100%">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{CombinedGraphQLErrors.is(error) ? t('errors.unexpected') : t('errors.network')}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
  return fullPage ? (
    <Center h="100vh" p="md">
      {alert}
    </Center>
  ) : (
    alert
  );
}
