import type { CodegenConfig } from '@graphql-codegen/cli';

const entities = '../db/entities/identity.ts';
const monitoring = '../db/entities/monitoring.ts';
const reprisal = '../db/entities/reprisal.ts';

// Resolver signatures typed from the SDL, with GraphQL types mapped to the ORM entities resolvers return.
const config: CodegenConfig = {
  schema: '../../packages/graphql/__generated__/schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        mapperTypeSuffix: 'Entity',
        contextType: '../graphql/context.ts#GraphQLContext',
        scalars: { DateTime: 'Date', LocalDate: 'string', JSON: 'Record<string, unknown>' },
        mappers: {
          User: `${entities}#User`,
          Organisation: `${entities}#Organisation`,
          Membership: `${entities}#Membership`,
          WorkingGroup: `${entities}#WorkingGroup`,
          WorkingGroupMember: `${entities}#WorkingGroupMember`,
          Me: '../modules/identity/models.ts#MeModel',
          ShareableRecord: '../db/entities/shareable.ts#AnyShareableRecord',
          Place: `${monitoring}#Place`,
          PlacePopulation: `${monitoring}#PlacePopulation`,
          Visit: `${monitoring}#Visit`,
          VisitTeamMember: `${monitoring}#VisitTeamMember`,
          Finding: `${monitoring}#Finding`,
          Interviewee: `${monitoring}#Interviewee`,
          EvidenceAttachment: `${monitoring}#EvidenceAttachment`,
          Recommendation: `${monitoring}#Recommendation`,
          RecommendationStatusEntry: `${monitoring}#RecommendationStatusEntry`,
          AuthorityResponse: `${monitoring}#AuthorityResponse`,
          FollowUpActivity: `${monitoring}#FollowUpActivity`,
          ReprisalIncident: `${reprisal}#ReprisalIncident`,
          Comment: `${reprisal}#RecordComment`,
          Publication: '../modules/records/publication.ts#PublicationModel',
          NetworkPractice: '../db/entities/network-practice.ts#NetworkPractice',
          AuditEntry: '../db/entities/audit.ts#AuditEvent',
          Workplan: '../db/entities/workplan.ts#Workplan',
          WorkplanPriority: '../db/entities/workplan.ts#WorkplanPriority',
          WorkplanAction: '../db/entities/workplan.ts#WorkplanAction',
          DiscussionComment: '../db/entities/workplan.ts#DiscussionComment',
          NarrativeVersion: '../db/entities/collab.ts#CollabVersion',
          CoEditedText: '../modules/co-editing/models.ts#CoEditedTextModel',
          SearchHit: '../modules/search/search-records.ts#SearchHit',
          SearchConnection: '../modules/search/search-records.ts#SearchPage',
          OutboxMail: '../db/entities/mail.ts#MailMessage',
          Notification: '../db/entities/notification.ts#Notification',
          NotificationPreferences: '../modules/notification/preferences.ts#PreferencesModel',
          ExportJob: '../db/entities/export-job.ts#ExportJob',
          AnnualReportJob: '../db/entities/annual-report-job.ts#AnnualReportJob',
          AnnualReportPreview: '../modules/annual-report/preview.ts#AnnualReportPreviewModel',
          Dashboard: '../modules/dashboard/dashboard-scope.ts#Dashboard',
          WhatNeedsMe: '../modules/home/what-needs-me.ts#WhatNeedsMe',
          WorkingGroupInvitation: '../db/entities/onboarding.ts#WorkingGroupInvitation',
          JoinRequest: '../db/entities/onboarding.ts#JoinRequest',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write --ignore-path /dev/null'] },
};
export default config;
