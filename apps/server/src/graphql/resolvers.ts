import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { publicField } from './guard.ts';
import { identityResolvers } from './resolvers/identity.ts';
import { organisationResolvers } from './resolvers/organisation.ts';
import { workingGroupResolvers } from './resolvers/working-group.ts';
import { recordResolvers } from './resolvers/records.ts';
import { reprisalResolvers } from './resolvers/reprisal.ts';
import { auditResolvers } from './resolvers/audit.ts';
import { recommendationResolvers } from './resolvers/recommendation.ts';
import { placeResolvers } from './resolvers/place.ts';
import { visitResolvers } from './resolvers/visit.ts';
import { findingResolvers } from './resolvers/finding.ts';
import { workplanResolvers } from './resolvers/workplan.ts';
import { coEditingResolvers } from './resolvers/co-editing.ts';
import { searchResolvers } from './resolvers/search.ts';
import { mailResolvers } from './resolvers/mail.ts';
import { liveListResolvers } from './resolvers/live-lists.ts';
import { reportResolvers } from './resolvers/report.ts';
import { practiceResolvers } from './resolvers/practice.ts';
import { notificationResolvers } from './resolvers/notification.ts';
import { exportResolvers } from './resolvers/exports.ts';
import { annualReportResolvers } from './resolvers/annual-report.ts';
import { importResolvers } from './resolvers/imports.ts';
import { securityResolvers } from './resolvers/security.ts';
import { dashboardResolvers } from './resolvers/dashboard.ts';
import { homeResolvers } from './resolvers/home.ts';
import { ssoResolvers } from './resolvers/sso.ts';
import { onboardingResolvers } from './resolvers/onboarding.ts';

const coreResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  JSON: JSONResolver,
  Query: {
    health: publicField(() => 'ok'),
  },
};

/**
 * Every module's resolvers, merged by makeExecutableSchema. One line per field: every decision
 * lives in the command or query a resolver calls.
 */
export const resolvers: Resolvers[] = [
  coreResolvers,
  identityResolvers,
  organisationResolvers,
  workingGroupResolvers,
  recordResolvers,
  reprisalResolvers,
  auditResolvers,
  recommendationResolvers,
  placeResolvers,
  visitResolvers,
  searchResolvers,
  findingResolvers,
  workplanResolvers,
  coEditingResolvers,
  mailResolvers,
  liveListResolvers,
  reportResolvers,
  practiceResolvers,
  notificationResolvers,
  exportResolvers,
  annualReportResolvers,
  importResolvers,
  securityResolvers,
  dashboardResolvers,
  homeResolvers,
  ssoResolvers,
  onboardingResolvers,
];
