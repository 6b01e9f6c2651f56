import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkplanPage_ActionFragment } from '../../__generated__/graphql.ts';
import { ErrorAlert } from '../../components/records.ts';
import { ACTION_STATUSES, isActionStatus, type ActionStatus } from './action-helpers.ts';
import { changedFields } from './conflicts.ts';
import type { useUpdateAction } from './use-update-action.tsx';

interface Props {
  action: WorkplanPage_ActionFragment;
  priorities: readonly { id: string; title: string }[];
  organisations: readonly { id: string; name: string }[];
  updater: ReturnType<typeof useUpdateAction>;
}

interface Values extends Record<string, unknown> {
  title: string;
  priorityId: string;
  responsibleOrganisationId: string;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  indicator: string;
  target: string;
  jointCommitment: boolean;
}

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
  const [values, setValues] = useState(shown);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Values>) => {
    setSaved(false);
    setValues((prev) => ({ ...prev, ...patch }));
  };
  const readOnly = !action.viewerCanUpdate;

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    const { changes, base } = changedFields(shown, values);
    if (Object.keys(changes).length === 0) return;
    const ok = await updater.update(action.id, changes, base);
    if (ok) setShown(values);
    setSaved(ok);
  };

  return (
    <Stack component="form" gap="sm" onSubmit={(e) => void submit(e)} data-testid="edit-action">
      <ErrorAlert messages={updater.errors.map((key) => tc(key))} />
      <TextInput
        label={t('fields.title')}
        required
        readOnly={readOnly}
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
      />
      <Select
        label={t('fields.priorityId')}
        disabled={readOnly}
        allowDeselect={false}
        value={values.priorityId}
        onChange={(value) => value && set({ priorityId: value })}
        data={priorities.map((p) => ({ value: p.id, label: p.title }))}
      />
      <Select
        label={t('fields.responsibleOrganisationId')}
        disabled={readOnly}
        allowDeselect={false}
        value={values.responsibleOrganisationId}
        onChange={(value) => value && set({ responsibleOrganisationId: value })}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <Select
        label={t('fields.status')}
        disabled={readOnly}
        allowDeselect={false}
        value={values.status}
        onChange={(value) => isActionStatus(value) && set({ status: value })}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t('fields.startDate')}
          readOnly={readOnly}
          value={values.startDate ?? ''}
          onChange={(e) => set({ startDate: e.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('fields.dueDate')}
          readOnly={readOnly}
          value={values.dueDate ?? ''}
          onChange={(e) => set({ dueDate: e.currentTarget.value || null })}
        />
      </Group>
      <TextInput
        label={t('fields.indicator')}
        readOnly={readOnly}
        value={values.indicator}
        onChange={(e) => set({ indicator: e.currentTarget.value })}
      />
      <TextInput
        label={t('fields.target')}
        readOnly={readOnly}
        value={values.target}
        onChange={(e) => set({ target: e.currentTarget.value })}
      />
      <Checkbox
        label={t('fields.jointCommitment')}
        disabled={readOnly}
        checked={values.jointCommitment}
        onChange={(e) => set({ jointCommitment: e.currentTarget.checked })}
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
  );
}
