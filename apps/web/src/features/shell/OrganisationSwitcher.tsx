import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OrganisationKindBadge } from '../../components/OrganisationKindBadge.tsx';
import { useShell } from './ShellContext.tsx';

/** The organisation the person is acting for; a selector when they belong to several. */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const { memberships, current, selectOrganisation } = useShell();
  if (!current) return null;
  const { organisation } = current;

  return (
    <Group gap="xs" wrap="nowrap" miw={0}>
      {memberships.length > 1 ? (
        <Select
          aria-label={t('shell.organisation')}
          data={memberships.map((membership) => ({
            value: membership.organisation.id,
            label: membership.organisation.name,
          }))}
          value={organisation.id}
          onChange={(value) => value && selectOrganisation(value)}
          allowDeselect={false}
          checkIconPosition="right"
          comboboxProps={{ width: 'max-content' }}
          w={{ base: '100%', sm: 300 }}
        />
      ) : (
        <Text size="sm" fw={500} truncate maw={280} title={organisation.name}>
          {organisation.name}
        </Text>
      )}
      <OrganisationKindBadge kind={organisation.kind} />
    </Group>
  );
}
