import { describe, expect, it } from 'vitest';
import { schemaEnumValues } from '../../test/schema.ts';
import { NOTIFICATION_EVENTS } from './events.ts';

describe('notification events', () => {
  it('lists exactly the schema’s NotificationEvent values', () => {
    expect([...NOTIFICATION_EVENTS].sort()).toEqual([...schemaEnumValues('NotificationEvent')].sort());
  });
});
