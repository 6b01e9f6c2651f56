import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · opcat-hub" so screen-reader users and tab lists know where they are. */
export function usePageTitle(page: string | undefined): void {
  const { t } = useTranslation();
  useDocumentTitle(page ? `${page} · ${t('app.name')}` : t('app.name'));
}
