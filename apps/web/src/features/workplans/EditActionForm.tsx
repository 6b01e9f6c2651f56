import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkplanPage_ActionFragment } from '../../__generated__/graphql.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { all, LocalDateInput, localDate, notBefore, required, useAppForm } from '../../components/form/index.ts';
import { ACTION_STATUSES, isActionStatus, type ActionStatus } from './action-helpers.ts';
import { changedFields } from './conflicts.ts';
import type { useUpdateAction } from './use-update-action.tsx';

interface Props {
  action: WorkplanPage_ActionFragment;
  priorities: readonly { id: string; title: string }[];
  organisations: readonly { id: string; name: string }[];
  updater: ReturnType<typeof useUpdateAction>;
}

// A type alias, not an interface: form values must be indexable by field name.
type Values = {
  title: string;
  priorityId: string;
  responsibleOrganisationId: string;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  indicator: string;
  target: string;
  jointCommitment: boolean;
};

const valuesOf = (action: WorkplanPage_ActionFragment): Values => ({
  title: action.title,
  priorityId: action.priorityId,
  responsibleOrganisationId: action.responsibleOrganisation.id,
  status: isActionStatus(action.status) ? action.status : 'NOT_STARTED',
  startDate: action.startDate,
  dueDate: action.dueDate,
  indicator: action.indicator,
  target: action.target,
  jointCommitment: action.jointCommitment,
});

/** Edits an action; only changed fields are sent, with the values shown before editing as `base`. */
export function EditActionForm({ action, priorities, organisations, updater }: Props) {
  const { t } = useTranslation('workplan');
  const { t: tc } = useTranslation();
  // What the person saw before editing: the `base` of the next save.
  const [shown, setShown] = useState(() => valuesOf(action));
  const [saved, setSaved] = useState(false);
  const { form, handleSubmit } = useAppForm({
    initialValues: shown,
    rules: {
      title: required,
      startDate: localDate,
      dueDate: all(
        localDate,
        notBefore((values: Values) => values.startDate),
      ),
    },
  });
  const readOnly = !action.viewerCanUpdate;
  const input = (field: keyof Values & string) => ({
    ...form.getInputProps(field),
    onFocus: () => setSaved(false),
  });

  const submit = handleSubmit(async (edited) => {
    // An emptied date field means "no date", which the API spells null.
    const values = { ...edited, startDate: edited.startDate || null, dueDate: edited.dueDate || null };
    const { changes, base } = changedFields(shown, values);
    if (Object.keys(changes).length === 0) return;
    const ok = await updater.update(action.id, changes, base);
    if (ok) setShown(values);
    setSaved(ok);
  });

  return (
    <form onSubmit={submit} noValidate data-testid="edit-action">
      <Stack gap="sm">
        <ErrorAlert messages={updater.errors.map((key) => tc(key))} />
        <TextInput label={t('fields.title')} required readOnly={readOnly} {...input('title')} />
        <Select
          label={t('fields.priorityId')}
          disabled={readOnly}
          allowDeselect={false}
          {...input('priorityId')}
          data={priorities.map((p) => ({ value: p.id, label: p.title }))}
        />
        <Select
          label={t('fields.responsibleOrganisationId')}
          disabled={readOnly}
          allowDeselect={false}
          {...input('responsibleOrganisationId')}
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Select
          label={t('fields.status')}
          disabled={readOnly}
          allowDeselect={false}
          {...input('status')}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Group grow>
          <LocalDateInput label={t('fields.startDate')} readOnly={readOnly} {...input('startDate')} />
          <LocalDateInput
            label={t('fields.dueDate')}
            readOnly={readOnly}
            min={form.getValues().startDate}
            {...input('dueDate')}
          />
        </Group>
        <TextInput label={t('fields.indicator')} readOnly={readOnly} {...input('indicator')} />
        <TextInput label={t('fields.target')} readOnly={readOnly} {...input('target')} />
        <Checkbox
          label={t('fields.jointCommitment')}
          disabled={readOnly}
          {...form.getInputProps('jointCommitment', { type: 'checkbox' })}
          onFocus={() => setSaved(false)}
        />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={updater.loading}>
              {t('actions.save')}
            </Button>
            {saved && (
              <Text size="sm" c="teal" role="status">
                {t('actions.saved')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </form>
  );
}
