import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__/gql.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

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

/** The language switcher of the signed-in shell: the choice is also saved on the account. */
export function AccountLanguageSwitcher() {
  const [setPreferredLocale] = useMutation(LanguageSwitcher_SetPreferredLocale);
  return <LanguageSwitcher onChosen={(locale) => setPreferredLocale({ variables: { input: { locale } } })} />;
}
