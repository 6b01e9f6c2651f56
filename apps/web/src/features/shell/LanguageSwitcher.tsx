import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeAppLanguage } from '../../i18n/index.ts';
import { APP_LANGUAGES, toAppLanguage, type AppLanguage } from '../../i18n/language.ts';

/**
 * The four interface languages. Remembered in this browser; `onChosen` also saves the choice elsewhere
 * (the signed-in shell: on the account, AccountLanguageSwitcher). No API client here: the sign-in page uses it.
 */
export function LanguageSwitcher({ onChosen }: { onChosen?: (language: AppLanguage) => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const current = toAppLanguage(i18n.resolvedLanguage) ?? 'en';

  const choose = async (language: AppLanguage) => {
    if (language === current) return;
    await changeAppLanguage(language);
    // The browser already remembers the choice; failing to save it elsewhere is not worth an alert.
    await onChosen?.(language).catch(() => undefined);
  };

  return (
    <div role="group" aria-label={t('language.label')}>
      <Button.Group>
        {APP_LANGUAGES.map((language) => (
          <Button
            key={language}
            size="xs"
            variant={language === current ? 'filled' : 'default'}
            aria-pressed={language === current}
            lang={language}
            onClick={() => void choose(language)}
          >
            {t(`language.${language}`)}
          </Button>
        ))}
      </Button.Group>
    </div>
  );
}
