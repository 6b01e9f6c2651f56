/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.SignInPage_MeDocument;
  '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.SignInPage_SignInDocument;
  '\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n': typeof types.HomePage_OverviewDocument;
  '\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n': typeof types.WorkingGroupCard_WorkingGroupFragmentDoc;
  '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AddMemberForm_AddMemberDocument;
  '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        ...MembersTable_Membership\n      }\n    }\n  }\n': typeof types.MembersPage_OrganisationDocument;
  '\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.MembersTable_MembershipFragmentDoc;
  '\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.MembersTable_ChangeMemberRoleDocument;
  '\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.MembersTable_RemoveMemberDocument;
  '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n': typeof types.AppShellLayout_UserFragmentDoc;
  '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n    }\n  }\n': typeof types.AppShellLayout_MembershipFragmentDoc;
  '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.AppShellLayout_MeDocument;
  '\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.LanguageSwitcher_SetPreferredLocaleDocument;
  '\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n': typeof types.MembershipLiveUpdates_MembershipChangedDocument;
  '\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n': typeof types.SignOutButton_SignOutDocument;
  '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n': typeof types.WorkingGroupPage_WorkingGroupDocument;
};
const documents: Documents = {
  '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n  }\n': types.SignInPage_MeDocument,
  '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.SignInPage_SignInDocument,
  '\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n':
    types.HomePage_OverviewDocument,
  '\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n':
    types.WorkingGroupCard_WorkingGroupFragmentDoc,
  '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AddMemberForm_AddMemberDocument,
  '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        ...MembersTable_Membership\n      }\n    }\n  }\n':
    types.MembersPage_OrganisationDocument,
  '\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n':
    types.MembersTable_MembershipFragmentDoc,
  '\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.MembersTable_ChangeMemberRoleDocument,
  '\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.MembersTable_RemoveMemberDocument,
  '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n':
    types.AppShellLayout_UserFragmentDoc,
  '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n    }\n  }\n':
    types.AppShellLayout_MembershipFragmentDoc,
  '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.AppShellLayout_MeDocument,
  '\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.LanguageSwitcher_SetPreferredLocaleDocument,
  '\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n':
    types.MembershipLiveUpdates_MembershipChangedDocument,
  '\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n': types.SignOutButton_SignOutDocument,
  '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n':
    types.WorkingGroupPage_WorkingGroupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n',
): (typeof documents)['\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      temporaryPassword\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        ...MembersTable_Membership\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        ...MembersTable_Membership\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n',
): (typeof documents)['\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n',
): (typeof documents)['\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n',
): (typeof documents)['\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
