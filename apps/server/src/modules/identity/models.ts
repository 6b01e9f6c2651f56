import type { Actor } from '@opcat/domain';
import type { User } from '../../db/entities/identity.ts';

/** What the `Me` type resolves from: the person and the policy facts of their session. */
export interface MeModel {
  user: User;
  actor: Actor;
}
