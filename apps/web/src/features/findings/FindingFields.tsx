import { MultiSelect, Pill, Select, SimpleGrid, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  FINDING_SOURCES,
  isOneOf,
  MONITORING_AREAS,
  SEVERITIES,
  VULNERABILITIES,
  type FindingSource,
  type Vulnerability,
} from '../../lib/enums.ts';
import { ClassificationPicker } from '../../components/records.ts';
import type { FindingDraft, FindingField } from './finding-draft.ts';
import { RISK_FACTORS, type RiskFactorLabels } from './risk-factors.ts';

interface Props {
  draft: FindingDraft;
  onChange: (patch: Partial<FindingDraft>) => void;
  /** Places the finding may concern: the visit's places. Only a new finding chooses its place. */
  places: readonly { id: string; name: string }[] | null;
  /** A new finding chooses its classification here; an existing one through the "who can see" panel. */
  withClassification: boolean;
  riskFactorLabels: RiskFactorLabels;
  fieldError: (field: FindingField) => string | undefined;
}

/** The fields of a finding, shared by the "record a finding" page and the edit mode of a finding's page. */
export function FindingFields({ draft, onChange, places, withClassification, riskFactorLabels, fieldError }: Props) {
  const { t } = useTranslation('monitoring');
  const riskFactorData = RISK_FACTORS.map((code) => ({ value: code, label: riskFactorLabels[code] ?? code }));

  return (
    <Stack gap="sm">
      <TextInput
        label={t('findings.fields.title')}
        required
        value={draft.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
        error={fieldError('title')}
      />
      <SimpleGrid cols={{ base: 1, sm: places ? 3 : 2 }}>
        {places && (
          <Select
            label={t('findings.fields.place')}
            required
            data={places.map((place) => ({ value: place.id, label: place.name }))}
            value={draft.placeId}
            onChange={(placeId) => onChange({ placeId })}
            error={fieldError('placeId')}
          />
        )}
        <Select
          label={t('findings.fields.monitoringArea')}
          required
          data={MONITORING_AREAS.map((value) => ({ value, label: t(`enums.MonitoringArea.${value}`) }))}
          value={draft.monitoringArea}
          onChange={(value) => onChange({ monitoringArea: isOneOf(MONITORING_AREAS, value) ? value : null })}
          error={fieldError('monitoringArea')}
        />
        <Select
          label={t('findings.fields.severity')}
          required
          data={SEVERITIES.map((value) => ({ value, label: t(`enums.Severity.${value}`) }))}
          value={draft.severity}
          onChange={(value) => onChange({ severity: isOneOf(SEVERITIES, value) ? value : null })}
          error={fieldError('severity')}
        />
      </SimpleGrid>
      <TagsInput
        label={t('findings.fields.riskFactors')}
        description={t('findings.fields.riskFactorsHint')}
        data={riskFactorData}
        value={[...draft.riskFactors]}
        onChange={(riskFactors) => onChange({ riskFactors })}
        renderPill={({ option, value, onRemove, disabled }) => (
          <Pill
            withRemoveButton={!disabled}
            onRemove={onRemove}
            removeButtonProps={{ 'aria-label': t('findings.removeTag', { tag: option.label }) }}
          >
            {riskFactorLabels[value ?? ''] ?? option.label}
          </Pill>
        )}
        clearable
        error={fieldError('riskFactors')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('findings.fields.vulnerabilities')}
          data={VULNERABILITIES.map((value) => ({ value, label: t(`enums.Vulnerability.${value}`) }))}
          value={[...draft.vulnerabilities]}
          onChange={(values) =>
            onChange({
              vulnerabilities: values.filter((value): value is Vulnerability => isOneOf(VULNERABILITIES, value)),
            })
          }
          clearable
          error={fieldError('vulnerabilities')}
        />
        <MultiSelect
          label={t('findings.fields.sources')}
          data={FINDING_SOURCES.map((value) => ({ value, label: t(`enums.FindingSource.${value}`) }))}
          value={[...draft.sources]}
          onChange={(values) =>
            onChange({ sources: values.filter((value): value is FindingSource => isOneOf(FINDING_SOURCES, value)) })
          }
          clearable
          error={fieldError('sources')}
        />
      </SimpleGrid>
      <Switch
        label={t('findings.fields.goodPractice')}
        description={t('findings.fields.goodPracticeHint')}
        checked={draft.goodPractice}
        onChange={(event) => onChange({ goodPractice: event.currentTarget.checked })}
      />
      <Textarea
        label={t('findings.fields.description')}
        autosize
        minRows={5}
        maxRows={20}
        value={draft.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={fieldError('description')}
      />
      {withClassification && (
        <ClassificationPicker
          value={draft.classification}
          onChange={(classification) => onChange({ classification })}
          error={fieldError('classification')}
        />
      )}
    </Stack>
  );
}
