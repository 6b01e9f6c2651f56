import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '../lib/enums.ts';

const COLORS: Record<OrganisationKind, string> = {
  NPM: 'indigo',
  LOCAL_PM: 'violet',
  NHRI: 'blue',
  CSO: 'teal',
  STATE_AUTHORITY: 'orange',
  SPT: 'cyan',
  OHCHR: 'cyan',
  PARTNER: 'gray',
};

/** Short kind label (MNP, OSC…) with the full name as tooltip and accessible name. */
export function OrganisationKindBadge({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation();
  const full = t(`enums.OrganisationKind.${kind}`);
  return (
    <Tooltip label={full} withArrow>
      {/* Dark text on the kind's light tint: the light variant's coloured text fails 4.5:1 (axe color-contrast;
          even shade 9 of teal or orange does on its tint). */}
      <Badge
        color={COLORS[kind]}
        variant="light"
        aria-label={full}
        style={{ flexShrink: 0, '--badge-color': 'var(--mantine-color-dark-8)' }}
      >
        {t(`enums.OrganisationKindShort.${kind}`)}
      </Badge>
    </Tooltip>
  );
}
