import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NPM_MODELS, ORGANISATION_KINDS, type NpmModel, type OrganisationKind } from '../../lib/enums.ts';

export interface OrganisationValues {
  name: string;
  kind: OrganisationKind;
  countryCode: string;
  npmModel: NpmModel | '';
}

/** International bodies work in no country; the others need one (the server says the same). */
export const INTERNATIONAL_KINDS: readonly OrganisationKind[] = ['SPT', 'OHCHR', 'PARTNER'];

export const organisationInitialValues: OrganisationValues = { name: '', kind: 'CSO', countryCode: '', npmModel: '' };

/** Name, kind, country and (for an NPM) its model: the platform's form and a request to join share them. */
export function OrganisationFields<V extends OrganisationValues>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation();
  const { t: to } = useTranslation('onboarding');
  const values = form.getValues();
  return (
    <>
      <TextInput
        label={to('fields.name')}
        name="name"
        required
        autoComplete="organization"
        {...form.getInputProps('name')}
      />
      <Select
        label={to('fields.kind')}
        data={ORGANISATION_KINDS.map((value) => ({ value, label: t(`enums.OrganisationKind.${value}`) }))}
        allowDeselect={false}
        required
        {...form.getInputProps('kind')}
      />
      {!INTERNATIONAL_KINDS.includes(values.kind) && (
        <TextInput
          label={to('fields.country')}
          description={to('fields.countryHint')}
          name="countryCode"
          maxLength={2}
          required
          autoComplete="off"
          {...form.getInputProps('countryCode')}
        />
      )}
      {values.kind === 'NPM' && (
        <Select
          label={to('fields.npmModel')}
          data={NPM_MODELS.map((value) => ({ value, label: t(`enums.NpmModel.${value}`) }))}
          required
          {...form.getInputProps('npmModel')}
        />
      )}
    </>
  );
}

/** The form's values as the API takes them. */
export function organisationInput(values: OrganisationValues) {
  return {
    name: values.name.trim(),
    kind: values.kind,
    countryCode: INTERNATIONAL_KINDS.includes(values.kind) ? null : values.countryCode.trim().toUpperCase() || null,
    npmModel: values.kind === 'NPM' && values.npmModel ? values.npmModel : null,
  };
}
