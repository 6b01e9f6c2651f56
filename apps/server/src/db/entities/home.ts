import { EntitySchema } from '@mikro-orm/core';
import { User } from './identity.ts';

/** When a person last opened the home page ("shared with me since my last visit"). */
export class HomeVisit {
  user!: User;
  visitedAt: Date = new Date();
}

export const HomeVisitSchema = new EntitySchema<HomeVisit>({
  class: HomeVisit,
  properties: {
    user: { kind: 'm:1', entity: () => User, primary: true, deleteRule: 'cascade' },
    visitedAt: { type: 'datetime' },
  },
});
