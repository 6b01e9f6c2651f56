import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { required, useAppForm } from '../../components/form/index.ts';
import { securityErrorMessage } from './security-errors.ts';

interface Props {
  label: string;
  description?: string;
  submitLabel: string;
  failedTitle: string;
  /** Resolves to the first user error's code, or null on success. */
  onSubmit: (code: string) => Promise<string | null>;
  /** The field takes recovery codes too (letters), not only six digits. */
  acceptsRecoveryCode?: boolean;
}

/** One code field, validated in the app's language, with the server's refusal above it. */
export function CodeForm({ label, description, submitLabel, failedTitle, onSubmit, acceptsRecoveryCode }: Props) {
  const { t } = useTranslation('security');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { form, handleSubmit } = useAppForm({ initialValues: { code: '' }, rules: { code: required } });

  const submit = handleSubmit(async (values) => {
    setProblem(null);
    setBusy(true);
    try {
      const refused = await onSubmit(values.code.trim());
      if (refused !== null) {
        setProblem(securityErrorMessage(t, refused));
        form.setFieldValue('code', '');
      }
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert title={failedTitle} messages={problem ? [problem] : []} />
        <TextInput
          label={label}
          description={description}
          name="code"
          required
          autoComplete="one-time-code"
          inputMode={acceptsRecoveryCode ? 'text' : 'numeric'}
          maxLength={acceptsRecoveryCode ? 20 : 6}
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
