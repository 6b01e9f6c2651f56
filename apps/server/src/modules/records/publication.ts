import type { User } from '../../db/entities/identity.ts';
import type { ShareableRecord } from '../../db/entities/shareable.ts';

export interface PublicationModel {
  publishedAt: Date;
  publishedBy: User;
}

export function publicationOf(record: ShareableRecord<string>): PublicationModel | null {
  return record.publishedAt && record.publishedBy
    ? { publishedAt: record.publishedAt, publishedBy: record.publishedBy }
    : null;
}
