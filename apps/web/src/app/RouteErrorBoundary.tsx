import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from '../features/errors/NotFoundPage.tsx';

/** Last resort for errors thrown while rendering a route. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <Center mih="100vh" p="md">
      <Alert color="red" title={t('errors.title')} role="alert" maw={560} w="100%">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('errors.unexpected')}</Text>
          <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
