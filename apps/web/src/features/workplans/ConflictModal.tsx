import { Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionChanges } from '../../__generated__/graphql.ts';
import { isActionField, isActionStatus } from './action-helpers.ts';
import { resolutionInput, type Choice } from './conflicts.ts';
import type { PendingConflict } from './use-update-action.tsx';

interface Props {
  conflict: PendingConflict | null;
  organisations: readonly { id: string; name: string }[];
  onClose(): void;
  onResend(actionId: string, changes: ActionChanges, base: ActionChanges): Promise<boolean>;
}

/** Someone else changed a field first: show theirs and yours side by side and let the person pick. */
export function ConflictModal({ conflict, organisations, onClose, onResend }: Props) {
  const { t } = useTranslation('workplan');
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'status' && typeof value === 'string' && isActionStatus(value)) return t(`status.${value}`);
    if (field === 'responsibleOrganisationId') return organisations.find((o) => o.id === value)?.name ?? String(value);
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  const apply = async () => {
    if (!conflict) return;
    const { changes, base } = resolutionInput(conflict.conflicts, choices);
    if (Object.keys(changes).length === 0 || (await onResend(conflict.actionId, changes, base))) {
      setChoices({});
      onClose();
    }
  };

  return (
    <Modal opened={conflict !== null} onClose={onClose} title={t('conflict.title')} size="lg">
      <Stack gap="sm" data-testid="conflict-dialog">
        <Text size="sm">{t('conflict.intro')}</Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('conflict.field')}</Table.Th>
              <Table.Th>{t('conflict.theirs')}</Table.Th>
              <Table.Th>{t('conflict.yours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {conflict?.conflicts.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td>{isActionField(c.field) ? t(`fields.${c.field}`) : c.field}</Table.Td>
                {(['theirs', 'yours'] as const).map((side) => (
                  <Table.Td key={side}>
                    <Radio
                      name={`conflict-${c.field}`}
                      checked={(choices[c.field] ?? 'theirs') === side}
                      onChange={() => setChoices((prev) => ({ ...prev, [c.field]: side }))}
                      label={show(c.field, c[side])}
                      aria-label={`${t(`conflict.${side}`)}: ${show(c.field, c[side])}`}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void apply()}>{t('conflict.apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
