import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../__generated__/gql.ts';
import { changeAppLanguage } from '../../i18n/index.ts';
import { APP_LANGUAGES, toAppLanguage, type AppLanguage } from '../../i18n/language.ts';

const LanguageSwitcher_SetPreferredLocale = graphql(`
  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {
    setPreferredLocale(input: $input) {
      user {
        id
        preferredLocale
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Español / English. Remembered in this browser and, when signed in, on the account. */
export function LanguageSwitcher({ signedIn = false }: { signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const [setPreferredLocale] = useMutation(LanguageSwitcher_SetPreferredLocale);
  const current = toAppLanguage(i18n.resolvedLanguage) ?? 'en';

  const choose = async (language: AppLanguage) => {
    if (language === current) return;
    await changeAppLanguage(language);
    if (signedIn) {
      // The browser already remembers the choice; failing to save it on the account is not worth an alert.
      await setPreferredLocale({ variables: { input: { locale: language } } }).catch(() => undefined);
    }
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
