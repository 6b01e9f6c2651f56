import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, isActionStatus, type ActionFilter } from './action-helpers.ts';
import { LocalDateInput } from '../../components/form/index.ts';

interface Props {
  filter: ActionFilter;
  onChange(filter: ActionFilter): void;
  organisations: readonly { id: string; name: string }[];
}

export function ActionFilters({ filter, onChange, organisations }: Props) {
  const { t } = useTranslation('workplan');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('filters.organisation')}
        clearable
        value={filter.organisationId}
        onChange={(value) => onChange({ ...filter, organisationId: value })}
        data={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <Select
        label={t('filters.status')}
        clearable
        value={filter.status}
        onChange={(value) => onChange({ ...filter, status: isActionStatus(value) ? value : null })}
        data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <LocalDateInput
        label={t('filters.dueBefore')}
        value={filter.dueBefore}
        onChange={(dueBefore) => onChange({ ...filter, dueBefore: dueBefore || null })}
      />
      <Checkbox
        label={t('filters.overdueOnly')}
        checked={filter.overdueOnly}
        onChange={(event) => onChange({ ...filter, overdueOnly: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
