import type {
  GraphQLResolveInfo,
  GraphQLScalarType,
  GraphQLScalarTypeConfig,
} from "graphql";
import type {
  User as UserEntity,
  Organisation as OrganisationEntity,
  Membership as MembershipEntity,
  WorkingGroup as WorkingGroupEntity,
  WorkingGroupMember as WorkingGroupMemberEntity,
} from "../db/entities/identity.ts";
import type { MeModel as MeModelEntity } from "../modules/identity/me.ts";
import type { GraphQLContext } from "../graphql/context.ts";
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & {
  [P in K]-?: NonNullable<T[P]>;
};
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An instant in time, ISO 8601 with time zone (e.g. 2026-11-23T08:50:00.000Z). */
  DateTime: { input: Date; output: Date };
};

export type AddMemberInput = {
  /** Used when the e-mail has no account yet. */
  displayName: Scalars["String"]["input"];
  email: Scalars["String"]["input"];
  organisationId: Scalars["ID"]["input"];
  role: Role;
};

export type AddMemberPayload = {
  __typename?: "AddMemberPayload";
  membership?: Maybe<Membership>;
  /**
   * One-time password for a newly created account, to hand over in person; null when the
   * person already had an account. Never shown again.
   */
  temporaryPassword?: Maybe<Scalars["String"]["output"]>;
  userErrors: Array<UserError>;
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars["ID"]["input"];
  role: Role;
};

export type ChangeMemberRolePayload = {
  __typename?: "ChangeMemberRolePayload";
  membership?: Maybe<Membership>;
  userErrors: Array<UserError>;
};

/** Interface languages. Records keep the language they were written in. */
export type Locale = "en" | "es" | "fr" | "pt";

/** The signed-in person, their organisations and working groups. */
export type Me = {
  __typename?: "Me";
  /** Organisations the person belongs to, with their role in each. */
  memberships: Array<Membership>;
  user: User;
  /** Working groups any of the person's organisations belongs to. */
  workingGroups: Array<WorkingGroup>;
};

/** A person's membership of an organisation. */
export type Membership = {
  __typename?: "Membership";
  createdAt: Scalars["DateTime"]["output"];
  id: Scalars["ID"]["output"];
  organisation: Organisation;
  role: Role;
  user: User;
};

/** Something changed in an organisation's membership. */
export type MembershipEvent = {
  __typename?: "MembershipEvent";
  kind: MembershipEventKind;
  membershipId: Scalars["ID"]["output"];
  organisationId: Scalars["ID"]["output"];
};

export type MembershipEventKind = "ADDED" | "REMOVED" | "ROLE_CHANGED";

export type Mutation = {
  __typename?: "Mutation";
  /** ADMIN only: adds a person (creating the account if needed) to the admin's organisation. */
  addMember: AddMemberPayload;
  /** ADMIN only: changes a member's role. The last ADMIN cannot be demoted. */
  changeMemberRole: ChangeMemberRolePayload;
  /** ADMIN only: removes a member, revoking their sessions and closing their open connections. */
  removeMember: RemoveMemberPayload;
  /** Changes the signed-in person's interface language. */
  setPreferredLocale: SetPreferredLocalePayload;
  /** Signs in with e-mail and password; sets the session cookie. */
  signIn: SignInPayload;
  /** Ends the current session (revoked server-side) and clears the cookie. Always true. */
  signOut: Scalars["Boolean"]["output"];
};

export type MutationAddMemberArgs = {
  input: AddMemberInput;
};

export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};

export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};

export type MutationSetPreferredLocaleArgs = {
  input: SetPreferredLocaleInput;
};

export type MutationSignInArgs = {
  input: SignInInput;
};

/** How an NPM is set up. */
export type NpmModel =
  | "MULTIPLE_BODIES"
  /** Ombuds office working with civil society organisations. */
  | "OMBUDS_PLUS_CSOS"
  | "SPECIALISED_BODY"
  | "WITHIN_NHRI"
  | "WITHIN_OMBUDS";

export type Organisation = {
  __typename?: "Organisation";
  /** ISO 3166-1 alpha-2 code; null for international bodies. */
  countryCode?: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  kind: OrganisationKind;
  /** Members and their roles. Readable by members of this organisation only (empty otherwise). */
  members: Array<Membership>;
  name: Scalars["String"]["output"];
  /** Only for NPMs. */
  npmModel?: Maybe<NpmModel>;
  /** What the viewer may do with this organisation. */
  viewerCan: OrganisationAbilities;
};

export type OrganisationAbilities = {
  __typename?: "OrganisationAbilities";
  manageMembers: Scalars["Boolean"]["output"];
  readMembers: Scalars["Boolean"]["output"];
};

/** Kinds of organisation in the OPCAT system (see the product brief). */
export type OrganisationKind =
  /** Civil society organisation. */
  | "CSO"
  /** Local (state/provincial) preventive mechanism. */
  | "LOCAL_PM"
  /** National human rights institution / Ombuds office. */
  | "NHRI"
  /** National Preventive Mechanism. */
  | "NPM"
  /** UN human rights office (regional or country). */
  | "OHCHR"
  /** International partner (NGO, agency, donor). */
  | "PARTNER"
  /** UN Subcommittee on Prevention of Torture. */
  | "SPT"
  /** Ministry or detaining agency. */
  | "STATE_AUTHORITY";

export type Query = {
  __typename?: "Query";
  /** Liveness probe usable by signed-out clients. */
  health: Scalars["String"]["output"];
  /** The signed-in person, or null when signed out. */
  me?: Maybe<Me>;
  /** An organisation by id; without id, the viewer's first organisation. */
  organisation: Organisation;
  /** One working group; NOT_FOUND when it does not exist or the viewer is not in it. */
  workingGroup: WorkingGroup;
  /** Working groups the viewer's organisations belong to. */
  workingGroups: Array<WorkingGroup>;
};

export type QueryOrganisationArgs = {
  id?: InputMaybe<Scalars["ID"]["input"]>;
};

export type QueryWorkingGroupArgs = {
  id: Scalars["ID"]["input"];
};

export type RemoveMemberInput = {
  membershipId: Scalars["ID"]["input"];
};

export type RemoveMemberPayload = {
  __typename?: "RemoveMemberPayload";
  /** Id of the removed membership. */
  removedMembershipId?: Maybe<Scalars["ID"]["output"]>;
  userErrors: Array<UserError>;
};

/** Role of a person inside an organisation. */
export type Role =
  /** Manages members and sharing. */
  | "ADMIN"
  /** Comments, suggests and fills assigned actions. */
  | "CONTRIBUTOR"
  /** Creates and edits records. */
  | "EDITOR"
  /** Reads. */
  | "VIEWER";

export type SetPreferredLocaleInput = {
  locale: Locale;
};

export type SetPreferredLocalePayload = {
  __typename?: "SetPreferredLocalePayload";
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type SignInInput = {
  email: Scalars["String"]["input"];
  password: Scalars["String"]["input"];
};

export type SignInPayload = {
  __typename?: "SignInPayload";
  /** The signed-in person; null when `userErrors` is not empty. */
  me?: Maybe<Me>;
  userErrors: Array<UserError>;
};

export type Subscription = {
  __typename?: "Subscription";
  /** Membership changes of one of the viewer's organisations. Events carry ids; refetch for details. */
  membershipChanged: MembershipEvent;
};

export type SubscriptionMembershipChangedArgs = {
  organisationId: Scalars["ID"]["input"];
};

/** A person with an account. */
export type User = {
  __typename?: "User";
  /** Name shown to colleagues and partners. */
  displayName: Scalars["String"]["output"];
  /** E-mail address, used to sign in. */
  email: Scalars["String"]["output"];
  id: Scalars["ID"]["output"];
  /** Interface language the person chose. */
  preferredLocale: Locale;
};

/** Field-level validation problem returned in a payload's `userErrors` instead of raising an error. */
export type UserError = {
  __typename?: "UserError";
  /** Stable machine-readable code. */
  code: UserErrorCode;
  /** Path to the input field at fault, e.g. ["input", "email"]. */
  field: Array<Scalars["String"]["output"]>;
  /** Human-readable explanation in English; clients translate by `code`. */
  message: Scalars["String"]["output"];
};

/** The closed list of expected failures a payload can report. */
export type UserErrorCode =
  /** The person already belongs to this organisation. */
  | "ALREADY_MEMBER"
  /** A value does not have the expected shape (e.g. not an e-mail address). */
  | "INVALID"
  /** Wrong e-mail or password. Deliberately does not say which. */
  | "INVALID_CREDENTIALS"
  /** The organisation would be left without an administrator. */
  | "LAST_ADMIN"
  /** Too many attempts; try again later. */
  | "RATE_LIMITED";

/** A group of organisations that work together. */
export type WorkingGroup = {
  __typename?: "WorkingGroup";
  /** ISO country code for national groups; null for regional ones. */
  countryCode?: Maybe<Scalars["String"]["output"]>;
  id: Scalars["ID"]["output"];
  kind: WorkingGroupKind;
  /** Member organisations and their role in the group. */
  members: Array<WorkingGroupMember>;
  name: Scalars["String"]["output"];
  /** Region name for regional networks (e.g. Latin America). */
  region?: Maybe<Scalars["String"]["output"]>;
};

export type WorkingGroupKind =
  /** National torture-prevention working group (NPM, NHRI, CSOs, State authorities, UN office). */
  | "NATIONAL_WORKING_GROUP"
  /** Governing body of an NPM, with CSO members and a chair. */
  | "NPM_TECHNICAL_COMMITTEE"
  /** Network of NPMs across countries. */
  | "REGIONAL_NETWORK";

export type WorkingGroupMember = {
  __typename?: "WorkingGroupMember";
  id: Scalars["ID"]["output"];
  organisation: Organisation;
  role: WorkingGroupRole;
};

export type WorkingGroupRole = "CHAIR" | "MEMBER" | "OBSERVER";

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<
    { [key in TKey]: TResult },
    TParent,
    TContext,
    TArgs
  >;
  resolve?: SubscriptionResolveFn<
    TResult,
    { [key in TKey]: TResult },
    TContext,
    TArgs
  >;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((
      ...args: any[]
    ) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  obj: T,
  context: TContext,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddMemberInput: AddMemberInput;
  AddMemberPayload: ResolverTypeWrapper<
    Omit<AddMemberPayload, "membership"> & {
      membership?: Maybe<ResolversTypes["Membership"]>;
    }
  >;
  Boolean: ResolverTypeWrapper<Scalars["Boolean"]["output"]>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: ResolverTypeWrapper<
    Omit<ChangeMemberRolePayload, "membership"> & {
      membership?: Maybe<ResolversTypes["Membership"]>;
    }
  >;
  DateTime: ResolverTypeWrapper<Scalars["DateTime"]["output"]>;
  ID: ResolverTypeWrapper<Scalars["ID"]["output"]>;
  Locale: Locale;
  Me: ResolverTypeWrapper<MeModelEntity>;
  Membership: ResolverTypeWrapper<MembershipEntity>;
  MembershipEvent: ResolverTypeWrapper<MembershipEvent>;
  MembershipEventKind: MembershipEventKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NpmModel: NpmModel;
  Organisation: ResolverTypeWrapper<OrganisationEntity>;
  OrganisationAbilities: ResolverTypeWrapper<OrganisationAbilities>;
  OrganisationKind: OrganisationKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  Role: Role;
  SetPreferredLocaleInput: SetPreferredLocaleInput;
  SetPreferredLocalePayload: ResolverTypeWrapper<
    Omit<SetPreferredLocalePayload, "user"> & {
      user?: Maybe<ResolversTypes["User"]>;
    }
  >;
  SignInInput: SignInInput;
  SignInPayload: ResolverTypeWrapper<
    Omit<SignInPayload, "me"> & { me?: Maybe<ResolversTypes["Me"]> }
  >;
  String: ResolverTypeWrapper<Scalars["String"]["output"]>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserEntity>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  WorkingGroup: ResolverTypeWrapper<WorkingGroupEntity>;
  WorkingGroupKind: WorkingGroupKind;
  WorkingGroupMember: ResolverTypeWrapper<WorkingGroupMemberEntity>;
  WorkingGroupRole: WorkingGroupRole;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddMemberInput: AddMemberInput;
  AddMemberPayload: Omit<AddMemberPayload, "membership"> & {
    membership?: Maybe<ResolversParentTypes["Membership"]>;
  };
  Boolean: Scalars["Boolean"]["output"];
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: Omit<ChangeMemberRolePayload, "membership"> & {
    membership?: Maybe<ResolversParentTypes["Membership"]>;
  };
  DateTime: Scalars["DateTime"]["output"];
  ID: Scalars["ID"]["output"];
  Me: MeModelEntity;
  Membership: MembershipEntity;
  MembershipEvent: MembershipEvent;
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationEntity;
  OrganisationAbilities: OrganisationAbilities;
  Query: Record<PropertyKey, never>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: RemoveMemberPayload;
  SetPreferredLocaleInput: SetPreferredLocaleInput;
  SetPreferredLocalePayload: Omit<SetPreferredLocalePayload, "user"> & {
    user?: Maybe<ResolversParentTypes["User"]>;
  };
  SignInInput: SignInInput;
  SignInPayload: Omit<SignInPayload, "me"> & {
    me?: Maybe<ResolversParentTypes["Me"]>;
  };
  String: Scalars["String"]["output"];
  Subscription: Record<PropertyKey, never>;
  User: UserEntity;
  UserError: UserError;
  WorkingGroup: WorkingGroupEntity;
  WorkingGroupMember: WorkingGroupMemberEntity;
};

export type AddMemberPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["AddMemberPayload"] =
    ResolversParentTypes["AddMemberPayload"],
> = {
  membership?: Resolver<
    Maybe<ResolversTypes["Membership"]>,
    ParentType,
    ContextType
  >;
  temporaryPassword?: Resolver<
    Maybe<ResolversTypes["String"]>,
    ParentType,
    ContextType
  >;
  userErrors?: Resolver<
    Array<ResolversTypes["UserError"]>,
    ParentType,
    ContextType
  >;
};

export type ChangeMemberRolePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["ChangeMemberRolePayload"] =
    ResolversParentTypes["ChangeMemberRolePayload"],
> = {
  membership?: Resolver<
    Maybe<ResolversTypes["Membership"]>,
    ParentType,
    ContextType
  >;
  userErrors?: Resolver<
    Array<ResolversTypes["UserError"]>,
    ParentType,
    ContextType
  >;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes["DateTime"],
  any
> {
  name: "DateTime";
}

export type MeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Me"] = ResolversParentTypes["Me"],
> = {
  memberships?: Resolver<
    Array<ResolversTypes["Membership"]>,
    ParentType,
    ContextType
  >;
  user?: Resolver<ResolversTypes["User"], ParentType, ContextType>;
  workingGroups?: Resolver<
    Array<ResolversTypes["WorkingGroup"]>,
    ParentType,
    ContextType
  >;
};

export type MembershipResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Membership"] =
    ResolversParentTypes["Membership"],
> = {
  createdAt?: Resolver<ResolversTypes["DateTime"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  organisation?: Resolver<
    ResolversTypes["Organisation"],
    ParentType,
    ContextType
  >;
  role?: Resolver<ResolversTypes["Role"], ParentType, ContextType>;
  user?: Resolver<ResolversTypes["User"], ParentType, ContextType>;
};

export type MembershipEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["MembershipEvent"] =
    ResolversParentTypes["MembershipEvent"],
> = {
  kind?: Resolver<
    ResolversTypes["MembershipEventKind"],
    ParentType,
    ContextType
  >;
  membershipId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Mutation"] =
    ResolversParentTypes["Mutation"],
> = {
  addMember?: Resolver<
    ResolversTypes["AddMemberPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationAddMemberArgs, "input">
  >;
  changeMemberRole?: Resolver<
    ResolversTypes["ChangeMemberRolePayload"],
    ParentType,
    ContextType,
    RequireFields<MutationChangeMemberRoleArgs, "input">
  >;
  removeMember?: Resolver<
    ResolversTypes["RemoveMemberPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationRemoveMemberArgs, "input">
  >;
  setPreferredLocale?: Resolver<
    ResolversTypes["SetPreferredLocalePayload"],
    ParentType,
    ContextType,
    RequireFields<MutationSetPreferredLocaleArgs, "input">
  >;
  signIn?: Resolver<
    ResolversTypes["SignInPayload"],
    ParentType,
    ContextType,
    RequireFields<MutationSignInArgs, "input">
  >;
  signOut?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type OrganisationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Organisation"] =
    ResolversParentTypes["Organisation"],
> = {
  countryCode?: Resolver<
    Maybe<ResolversTypes["String"]>,
    ParentType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["OrganisationKind"], ParentType, ContextType>;
  members?: Resolver<
    Array<ResolversTypes["Membership"]>,
    ParentType,
    ContextType
  >;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  npmModel?: Resolver<
    Maybe<ResolversTypes["NpmModel"]>,
    ParentType,
    ContextType
  >;
  viewerCan?: Resolver<
    ResolversTypes["OrganisationAbilities"],
    ParentType,
    ContextType
  >;
};

export type OrganisationAbilitiesResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["OrganisationAbilities"] =
    ResolversParentTypes["OrganisationAbilities"],
> = {
  manageMembers?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
  readMembers?: Resolver<ResolversTypes["Boolean"], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Query"] =
    ResolversParentTypes["Query"],
> = {
  health?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes["Me"]>, ParentType, ContextType>;
  organisation?: Resolver<
    ResolversTypes["Organisation"],
    ParentType,
    ContextType,
    Partial<QueryOrganisationArgs>
  >;
  workingGroup?: Resolver<
    ResolversTypes["WorkingGroup"],
    ParentType,
    ContextType,
    RequireFields<QueryWorkingGroupArgs, "id">
  >;
  workingGroups?: Resolver<
    Array<ResolversTypes["WorkingGroup"]>,
    ParentType,
    ContextType
  >;
};

export type RemoveMemberPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["RemoveMemberPayload"] =
    ResolversParentTypes["RemoveMemberPayload"],
> = {
  removedMembershipId?: Resolver<
    Maybe<ResolversTypes["ID"]>,
    ParentType,
    ContextType
  >;
  userErrors?: Resolver<
    Array<ResolversTypes["UserError"]>,
    ParentType,
    ContextType
  >;
};

export type SetPreferredLocalePayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["SetPreferredLocalePayload"] =
    ResolversParentTypes["SetPreferredLocalePayload"],
> = {
  user?: Resolver<Maybe<ResolversTypes["User"]>, ParentType, ContextType>;
  userErrors?: Resolver<
    Array<ResolversTypes["UserError"]>,
    ParentType,
    ContextType
  >;
};

export type SignInPayloadResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["SignInPayload"] =
    ResolversParentTypes["SignInPayload"],
> = {
  me?: Resolver<Maybe<ResolversTypes["Me"]>, ParentType, ContextType>;
  userErrors?: Resolver<
    Array<ResolversTypes["UserError"]>,
    ParentType,
    ContextType
  >;
};

export type SubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["Subscription"] =
    ResolversParentTypes["Subscription"],
> = {
  membershipChanged?: SubscriptionResolver<
    ResolversTypes["MembershipEvent"],
    "membershipChanged",
    ParentType,
    ContextType,
    RequireFields<SubscriptionMembershipChangedArgs, "organisationId">
  >;
};

export type UserResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["User"] =
    ResolversParentTypes["User"],
> = {
  displayName?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  email?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  preferredLocale?: Resolver<ResolversTypes["Locale"], ParentType, ContextType>;
};

export type UserErrorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["UserError"] =
    ResolversParentTypes["UserError"],
> = {
  code?: Resolver<ResolversTypes["UserErrorCode"], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes["String"]>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
};

export type WorkingGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["WorkingGroup"] =
    ResolversParentTypes["WorkingGroup"],
> = {
  countryCode?: Resolver<
    Maybe<ResolversTypes["String"]>,
    ParentType,
    ContextType
  >;
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes["WorkingGroupKind"], ParentType, ContextType>;
  members?: Resolver<
    Array<ResolversTypes["WorkingGroupMember"]>,
    ParentType,
    ContextType
  >;
  name?: Resolver<ResolversTypes["String"], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes["String"]>, ParentType, ContextType>;
};

export type WorkingGroupMemberResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes["WorkingGroupMember"] =
    ResolversParentTypes["WorkingGroupMember"],
> = {
  id?: Resolver<ResolversTypes["ID"], ParentType, ContextType>;
  organisation?: Resolver<
    ResolversTypes["Organisation"],
    ParentType,
    ContextType
  >;
  role?: Resolver<ResolversTypes["WorkingGroupRole"], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AddMemberPayload?: AddMemberPayloadResolvers<ContextType>;
  ChangeMemberRolePayload?: ChangeMemberRolePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Me?: MeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipEvent?: MembershipEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationAbilities?: OrganisationAbilitiesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  SetPreferredLocalePayload?: SetPreferredLocalePayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WorkingGroup?: WorkingGroupResolvers<ContextType>;
  WorkingGroupMember?: WorkingGroupMemberResolvers<ContextType>;
};
