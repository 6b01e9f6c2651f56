import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { ActionStatus } from '@opcat/domain';
import { ACTION_STATUSES } from '@opcat/domain';
import { Organisation, User } from './identity.ts';
import { Recommendation } from './monitoring.ts';
import { ShareableRecord, ShareableRecordSchema, searchIndex } from './shareable.ts';

/** A working group's joint plan: a live co-edited narrative plus structured priorities and actions. */
export class Workplan extends ShareableRecord<'periodEnd'> {
  title!: string;
  periodStart!: string;
  periodEnd: string | null = null;
  priorities = new Collection<WorkplanPriority>(this);
  /** How many priorities the plan has: read only when asked for (addPriority, with the plan's lock). */
  priorityCount?: number;
}

export class WorkplanPriority {
  [OptionalProps]?: 'id' | 'description' | 'position' | 'version';
  id: string = randomUUID();
  workplan!: Workplan;
  title!: string;
  description: string = '';
  position: number = 0;
  version: number = 1;
  actions = new Collection<WorkplanAction>(this);
}

export class WorkplanAction {
  [OptionalProps]?:
    | 'id'
    | 'contributingOrganisationIds'
    | 'startDate'
    | 'dueDate'
    | 'status'
    | 'indicator'
    | 'target'
    | 'jointCommitment'
    | 'position'
    | 'version'
    | 'updatedAt';
  id: string = randomUUID();
  priority!: WorkplanPriority;
  title!: string;
  responsibleOrganisation!: Organisation;
  contributingOrganisationIds: string[] = [];
  startDate: string | null = null;
  dueDate: string | null = null;
  status: ActionStatus = 'NOT_STARTED';
  indicator: string = '';
  target: string = '';
  jointCommitment: boolean = false;
  linkedRecommendations = new Collection<Recommendation>(this);
  position: number = 0;
  version: number = 1;
  updatedAt: Date = new Date();
}

/** A comment on an action or on a range of a co-edited text, with mentions. */
export class DiscussionComment {
  [OptionalProps]?:
    'id' | 'action' | 'documentName' | 'anchor' | 'quote' | 'mentionedUserIds' | 'resolvedAt' | 'createdAt';
  id: string = randomUUID();
  workplan!: Workplan;
  action: WorkplanAction | null = null;
  /** For comments on text: the document and the Yjs relative positions of the range. */
  documentName: string | null = null;
  anchor: { from: unknown; to: unknown } | null = null;
  quote: string | null = null;
  body!: string;
  mentionedUserIds: string[] = [];
  author!: User;
  resolvedAt: Date | null = null;
  createdAt: Date = new Date();
}

export const WorkplanSchema = new EntitySchema<Workplan, ShareableRecord>({
  class: Workplan,
  extends: ShareableRecordSchema,
  indexes: [searchIndex('workplan')],
  checks: [{ name: 'workplan_period_check', expression: 'period_end is null or period_end >= period_start' }],
  properties: {
    title: { type: 'string', length: 300 },
    periodStart: { type: 'date' },
    periodEnd: { type: 'date', nullable: true },
    priorities: { kind: '1:m', entity: () => WorkplanPriority, mappedBy: 'workplan' },
    // A formula (no column): lets the statement that locks the plan also count its priorities.
    priorityCount: {
      type: 'integer',
      formula: (table) => `(select count(*) from workplan_priority p where p.workplan_id = ${table.alias}.id)::int`,
      lazy: true,
      persist: false,
      nullable: true,
    },
  },
});

export const WorkplanPrioritySchema = new EntitySchema<WorkplanPriority>({
  class: WorkplanPriority,
  properties: {
    id: { type: 'uuid', primary: true },
    workplan: { kind: 'm:1', entity: () => Workplan, deleteRule: 'cascade', index: true },
    title: { type: 'string', length: 300 },
    description: { type: 'text' },
    position: { type: 'integer' },
    version: { type: 'integer', version: true },
    actions: { kind: '1:m', entity: () => WorkplanAction, mappedBy: 'priority' },
  },
});

export const WorkplanActionSchema = new EntitySchema<WorkplanAction>({
  class: WorkplanAction,
  // The actions list's keyset order (decision 0040), and the same per responsible organisation ("my actions").
  indexes: [
    {
      name: 'workplan_action_due_index',
      expression: 'create index "workplan_action_due_index" on "workplan_action" ("due_date" asc nulls last, "id")',
    },
    {
      name: 'workplan_action_responsible_due_index',
      expression:
        'create index "workplan_action_responsible_due_index" on "workplan_action" ("responsible_organisation_id", "due_date" asc nulls last, "id")',
    },
  ],
  checks: [
    {
      name: 'workplan_action_dates_check',
      expression: 'due_date is null or start_date is null or due_date >= start_date',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    priority: { kind: 'm:1', entity: () => WorkplanPriority, deleteRule: 'cascade', index: true },
    title: { type: 'string', length: 300 },
    responsibleOrganisation: { kind: 'm:1', entity: () => Organisation, index: true },
    contributingOrganisationIds: { type: 'text[]', default: '{}' },
    startDate: { type: 'date', nullable: true },
    dueDate: { type: 'date', nullable: true },
    status: { enum: true, items: () => [...ACTION_STATUSES] },
    indicator: { type: 'text' },
    target: { type: 'text' },
    jointCommitment: { type: 'boolean' },
    linkedRecommendations: {
      kind: 'm:n',
      entity: () => Recommendation,
      owner: true,
      pivotTable: 'workplan_action_recommendation',
    },
    position: { type: 'integer' },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
});

export const DiscussionCommentSchema = new EntitySchema<DiscussionComment>({
  class: DiscussionComment,
  properties: {
    id: { type: 'uuid', primary: true },
    workplan: { kind: 'm:1', entity: () => Workplan, deleteRule: 'cascade', index: true },
    action: { kind: 'm:1', entity: () => WorkplanAction, nullable: true, deleteRule: 'cascade', index: true },
    documentName: { type: 'string', length: 100, nullable: true },
    anchor: { type: 'json', nullable: true },
    quote: { type: 'text', nullable: true },
    body: { type: 'text' },
    mentionedUserIds: { type: 'text[]', default: '{}' },
    author: { kind: 'm:1', entity: () => User },
    resolvedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
