import { MikroORM } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { identitySchemas } from './entities/identity.ts';
import { securitySchemas } from './entities/security.ts';
import { passkeySchemas } from './entities/passkeys.ts';
import { ssoSchemas } from './entities/sso.ts';
import { AuditEventSchema } from './entities/audit.ts';
import { pivotSchemas } from './entities/pivots.ts';
import { mailSchemas } from './entities/mail.ts';
import { onboardingSchemas } from './entities/onboarding.ts';
import { ExportFileChunkSchema, ExportJobSchema, ImportUploadSchema } from './entities/export-job.ts';
import { AnnualReportJobSchema } from './entities/annual-report-job.ts';
import { HomeVisitSchema } from './entities/home.ts';
import { dashboardTallySchemas } from './entities/dashboard-tally.ts';
import { ShareableRecordSchema } from './entities/shareable.ts';
import {
  AuthorityResponseSchema,
  EvidenceAttachmentSchema,
  FindingSchema,
  FollowUpActivitySchema,
  IntervieweeSchema,
  PlacePopulationSchema,
  PlaceSchema,
  RecommendationSchema,
  RecommendationStatusEntrySchema,
  VisitSchema,
  VisitTeamMemberSchema,
} from './entities/monitoring.ts';
import { CollabSnapshotSchema, CollabUpdateSchema, CollabVersionSchema } from './entities/collab.ts';
import {
  DiscussionCommentSchema,
  WorkplanActionSchema,
  WorkplanPrioritySchema,
  WorkplanSchema,
} from './entities/workplan.ts';
import { CountrySettingSchema, RecordCommentSchema, ReprisalIncidentSchema } from './entities/reprisal.ts';
import { NetworkPracticeSchema } from './entities/network-practice.ts';
import { NotificationPreferenceSchema, NotificationSchema } from './entities/notification.ts';
import { SearchThesaurusSchema, SearchVocabularySchema } from './entities/search-vocabulary.ts';

/**
 * Under tsx and vitest this module is its TypeScript source and loads the `.ts` migrations beside
 * it. In production it is bundled into dist/main.js and the build compiles the migrations to
 * dist/migrations/*.js: `./migrations` is right in both places, the extension is not.
 */
const fromSource = import.meta.url.endsWith('.ts');
const migrationsDir = fileURLToPath(new URL('./migrations', import.meta.url));

export const entities = [
  ...identitySchemas,
  ...securitySchemas,
  ...passkeySchemas,
  ...ssoSchemas,
  AuditEventSchema,
  HomeVisitSchema,
  ShareableRecordSchema,
  PlaceSchema,
  PlacePopulationSchema,
  VisitSchema,
  VisitTeamMemberSchema,
  FindingSchema,
  IntervieweeSchema,
  EvidenceAttachmentSchema,
  RecommendationSchema,
  RecommendationStatusEntrySchema,
  AuthorityResponseSchema,
  ...pivotSchemas,
  FollowUpActivitySchema,
  ReprisalIncidentSchema,
  RecordCommentSchema,
  CountrySettingSchema,
  CollabUpdateSchema,
  CollabSnapshotSchema,
  CollabVersionSchema,
  WorkplanSchema,
  WorkplanPrioritySchema,
  NetworkPracticeSchema,
  WorkplanActionSchema,
  DiscussionCommentSchema,
  ...mailSchemas,
  ...onboardingSchemas,
  NotificationSchema,
  NotificationPreferenceSchema,
  ExportJobSchema,
  ExportFileChunkSchema,
  ImportUploadSchema,
  AnnualReportJobSchema,
  ...dashboardTallySchemas,
  SearchVocabularySchema,
  SearchThesaurusSchema,
];

/**
 * Settings of the ORM's connections (every statement of an operation). No JIT compilation: the app's statements are short
 * (milliseconds), and PostgreSQL compiled one whose estimated cost passed jit_above_cost (the lists'
 * text filter probe, whose second branch is planned but never run): 42 ms of compiling for a 1 ms
 * statement at 1M findings (bench:scale). A random page read costs 1.1 sequential ones, not 4
 * (decision 0044): the app's working set is read from memory, where walking an index in a filter's
 * order and stopping at a page or a capped count beats a bitmap of every match; with the default the
 * planner chose the bitmap (the tracker filtered by status at 100k recommendations: 5.8 ms against 1.6).
 * The benchmarks' raw-SQL clients use the same settings.
 */
export const APP_CONNECTION_OPTIONS = '-c jit=off -c random_page_cost=1.1';

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    preferTs: fromSource,
    discovery: { warnWhenNoEntities: true },
    // Schema changes only through committed migrations; never auto-sync.
    ensureDatabase: false,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    driverOptions: { connection: { options: APP_CONNECTION_OPTIONS } },
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: fromSource ? '!(*.d).ts' : '*.js',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    ...overrides,
  };
}

export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, overrides));
}

export type { MikroORM };
