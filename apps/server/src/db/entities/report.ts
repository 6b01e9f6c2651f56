import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { User } from './identity.ts';
import { Visit } from './monitoring.ts';

/**
 * A visit report's own texts (introduction and conclusions), written by the visit's owner. They
 * carry the visit's visibility: they go into a version exactly when the visit itself does.
 */
export class VisitReportText {
  [OptionalProps]?: 'introduction' | 'conclusions' | 'updatedAt';
  visit!: Visit;
  introduction: string = '';
  conclusions: string = '';
  updatedBy!: User;
  updatedAt: Date = new Date();
}

export const VisitReportTextSchema = new EntitySchema<VisitReportText>({
  class: VisitReportText,
  properties: {
    visit: { kind: '1:1', entity: () => Visit, primary: true, owner: true, deleteRule: 'cascade' },
    introduction: { type: 'text' },
    conclusions: { type: 'text' },
    updatedBy: { kind: 'm:1', entity: () => User },
    updatedAt: { type: 'datetime' },
  },
});
