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
  '\n  mutation AuthorisePublicationButton_Authorise($input: AuthorisePublicationInput!) {\n    authorisePublication(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AuthorisePublicationButton_AuthoriseDocument;
  '\n  fragment CommentsPanel_Record on ShareableRecord {\n    id\n    viewerCan {\n      readComments\n      comment\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n      authorOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.CommentsPanel_RecordFragmentDoc;
  '\n  mutation CommentsPanel_AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorOrganisation {\n          id\n          name\n          kind\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CommentsPanel_AddCommentDocument;
  '\n  query MentionSelect_Members {\n    me {\n      user {\n        id\n      }\n      actingOrganisation {\n        id\n        members {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n': typeof types.MentionSelect_MembersDocument;
  '\n  mutation ReclassifyControl_Reclassify($input: ReclassifyRecordInput!) {\n    reclassifyRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ReclassifyControl_ReclassifyDocument;
  '\n  mutation ShareControl_Share($input: ShareRecordInput!) {\n    shareRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ShareControl_ShareDocument;
  "\n  fragment WhoCanSeePanel_Record on ShareableRecord {\n    id\n    classification\n    countryCode\n    ownerOrganisation {\n      id\n      name\n      kind\n      countryCode\n    }\n    workingGroup {\n      id\n      name\n    }\n    readableBy {\n      id\n      name\n      kind\n      countryCode\n    }\n    sharedWith {\n      id\n      name\n      kind\n      countryCode\n    }\n    viewerCan {\n      read\n      update\n      share\n      reclassify\n      reclassifyTo\n      comment\n      export\n      authorisePublication\n    }\n    publication {\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n    updatedAt\n    # Sharing and reclassifying bump the record's version: refresh it so a later edit is not a false conflict.\n    ... on Finding {\n      version\n    }\n    ... on Visit {\n      version\n    }\n    ... on Recommendation {\n      version\n    }\n    ... on Workplan {\n      version\n    }\n  }\n": typeof types.WhoCanSeePanel_RecordFragmentDoc;
  '\n  query KnownOrganisations_WorkingGroups {\n    workingGroups {\n      id\n      name\n      kind\n      members {\n        id\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n': typeof types.KnownOrganisations_WorkingGroupsDocument;
  '\n  mutation AnnualReportDownloads_Request($input: RequestAnnualReportInput!) {\n    requestAnnualReport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        recordsRead\n        totalRecords\n        recordCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AnnualReportDownloads_RequestDocument;
  '\n  query AnnualReportDownloads_Job($id: ID!) {\n    annualReportJob(id: $id) {\n      id\n      status\n      recordsRead\n      totalRecords\n      recordCount\n      downloadUrl\n    }\n  }\n': typeof types.AnnualReportDownloads_JobDocument;
  '\n  query AnnualReportPage_Preview($filter: AnnualReportFilter) {\n    annualReportPreview(filter: $filter) {\n      total\n      overdue\n      discrepancies\n      dialogueEntries\n      runsAsJob\n      acceptance {\n        acceptance\n        count\n      }\n      implementation {\n        status\n        state\n        monitor\n      }\n      byAuthority {\n        authority\n        total\n        accepted\n        stateImplemented\n        monitorImplemented\n        overdue\n      }\n    }\n  }\n': typeof types.AnnualReportPage_PreviewDocument;
  '\n  query AuditChainBanner_Status($organisationId: ID!) {\n    auditChainStatus(organisationId: $organisationId) {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n': typeof types.AuditChainBanner_StatusDocument;
  '\n  query AuditLogPage_Log($organisationId: ID!, $action: String, $limit: Int, $after: String) {\n    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        seq\n        at\n        action\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.AuditLogPage_LogDocument;
  '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n    twoFactorStatus {\n      stage\n    }\n  }\n': typeof types.SignInPage_MeDocument;
  '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      nextStep\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.SignInPage_SignInDocument;
  '\n  fragment ActionSection_Dashboard on Dashboard {\n    actions {\n      total\n      overdue\n      byStatus {\n        status\n        count\n      }\n      jointCommitments {\n        organisationId\n        organisationName\n        total\n        done\n        inProgress\n        overdue\n      }\n    }\n    overdueActions {\n      id\n      workplanId\n      title\n      dueDate\n      status\n      responsibleOrganisationName\n    }\n  }\n': typeof types.ActionSection_DashboardFragmentDoc;
  '\n  query DashboardPage_Choices {\n    workingGroups {\n      id\n      name\n      countryCode\n    }\n  }\n': typeof types.DashboardPage_ChoicesDocument;
  '\n  query DashboardPage_Dashboard($scope: DashboardScopeInput!) {\n    dashboard(scope: $scope) {\n      kind\n      id\n      name\n      ...SummaryStrip_Dashboard\n      ...RecommendationSection_Dashboard\n      ...FindingSection_Dashboard\n      ...ActionSection_Dashboard\n    }\n  }\n': typeof types.DashboardPage_DashboardDocument;
  '\n  fragment FindingSection_Dashboard on Dashboard {\n    findings {\n      total\n      byAreaAndYear {\n        row\n        column\n        count\n      }\n      byVulnerabilityAndYear {\n        row\n        column\n        count\n      }\n      riskFactorsByPlaceType {\n        row\n        column\n        count\n      }\n    }\n  }\n': typeof types.FindingSection_DashboardFragmentDoc;
  '\n  fragment RecommendationSection_Counts on RecommendationCounts {\n    total\n    pending\n    stateReported\n    stateImplemented\n    monitorAssessed\n    monitorImplemented\n    discrepancies\n    overdueResponses\n    acceptanceRate\n    stateImplementationRate\n    monitorImplementationRate\n  }\n': typeof types.RecommendationSection_CountsFragmentDoc;
  '\n  fragment RecommendationSection_Dashboard on Dashboard {\n    recommendations {\n      byAuthority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byTheme {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPlaceType {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPriority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byYear {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n    }\n    discrepancies {\n      id\n      reference\n      title\n      stateStatus\n      monitorStatus\n    }\n    repeatedRecommendations {\n      id\n      reference\n      title\n      issuedOn\n    }\n  }\n': typeof types.RecommendationSection_DashboardFragmentDoc;
  '\n  fragment SummaryStrip_Dashboard on Dashboard {\n    recommendations {\n      overall {\n        total\n        pending\n        overdueResponses\n        discrepancies\n        repeated\n        acceptanceRate\n        stateImplementationRate\n        monitorImplementationRate\n      }\n    }\n    findings {\n      total\n    }\n    actions {\n      total\n      overdue\n    }\n  }\n': typeof types.SummaryStrip_DashboardFragmentDoc;
  '\n  query FindingsLibraryPage_Findings($filter: FindingFilter, $limit: Int, $after: String) {\n    findings(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...FindingsList_Finding\n      }\n    }\n  }\n': typeof types.FindingsLibraryPage_FindingsDocument;
  '\n  query FindingsLibraryPage_Facets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      total\n      sampled\n      sampleSize\n      monitoringArea {\n        value\n        count\n      }\n      riskFactor {\n        value\n        count\n      }\n      vulnerability {\n        value\n        count\n      }\n      placeType {\n        value\n        count\n      }\n      country {\n        value\n        count\n      }\n      goodPractice {\n        value\n        count\n      }\n      classification {\n        value\n        count\n      }\n      visitYear {\n        value\n        count\n      }\n    }\n  }\n': typeof types.FindingsLibraryPage_FacetsDocument;
  '\n  query FollowUpVisit_Visits {\n    visits(limit: 100) {\n      nodes {\n        id\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.FollowUpVisit_VisitsDocument;
  '\n  query IssueFromFinding_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      title\n      monitoringArea\n      place {\n        id\n        name\n        region\n      }\n    }\n  }\n': typeof types.IssueFromFinding_FindingDocument;
  '\n  fragment IssuedRecommendations_Visit on Visit {\n    id\n    recommendations(limit: 50, after: $recommendationsAfter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        title\n        issuedOn\n      }\n    }\n  }\n': typeof types.IssuedRecommendations_VisitFragmentDoc;
  '\n  query SearchPage_Search($query: String!, $types: [SearchKind!], $limit: Int, $after: String) {\n    search(query: $query, types: $types, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        headline {\n          text\n          match\n        }\n        record {\n          __typename\n          ... on Finding {\n            id\n            riskFactors\n            vulnerabilities\n          }\n        }\n      }\n    }\n  }\n': typeof types.SearchPage_SearchDocument;
  '\n  mutation ExportMenu_Request($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        rowsWritten\n        totalRows\n        rowCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ExportMenu_RequestDocument;
  '\n  query ExportMenu_Job($id: ID!) {\n    exportJob(id: $id) {\n      id\n      status\n      rowsWritten\n      totalRows\n      rowCount\n      downloadUrl\n    }\n  }\n': typeof types.ExportMenu_JobDocument;
  '\n  mutation ImportPage_Preview($input: ImportSpreadsheetInput!) {\n    previewImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ImportPage_PreviewDocument;
  '\n  mutation ImportPage_Commit($input: ImportSpreadsheetInput!) {\n    commitImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ImportPage_CommitDocument;
  '\n  mutation EvidencePersonalDataToggle_Set($input: SetEvidencePersonalDataInput!) {\n    setEvidencePersonalData(input: $input) {\n      evidence {\n        id\n        containsPersonalData\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.EvidencePersonalDataToggle_SetDocument;
  '\n  fragment EvidenceSection_Finding on Finding {\n    id\n    viewerCan {\n      update\n    }\n    withheldEvidenceCount\n    evidence {\n      id\n      fileName\n      mimeType\n      sizeBytes\n      sha256\n      uploadedAt\n      containsPersonalData\n      viewerCan {\n        download\n        setPersonalData\n      }\n      downloadUrl\n    }\n  }\n': typeof types.EvidenceSection_FindingFragmentDoc;
  '\n  mutation FindingEditor_Update($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        id\n        ...FindingPage_Details\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.FindingEditor_UpdateDocument;
  '\n  fragment FindingPage_Details on Finding {\n    id\n    title\n    monitoringArea\n    riskFactors\n    vulnerabilities\n    description\n    sources\n    severity\n    goodPractice\n    version\n    classification\n    updatedAt\n    viewerCanReadPersonalData\n    place {\n      id\n      name\n    }\n    interviewees {\n      id\n      pseudonym\n      identity\n      contact\n      medicalNotes\n      atRisk\n      welfareCheckDueOn\n    }\n  }\n': typeof types.FindingPage_DetailsFragmentDoc;
  '\n  query FindingPage_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      ...FindingPage_Details\n      visit {\n        id\n        startDate\n        endDate\n        places {\n          id\n          name\n        }\n      }\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      ...EvidenceSection_Finding\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n      ...PublishPracticeButton_Finding\n    }\n  }\n': typeof types.FindingPage_FindingDocument;
  '\n  fragment FindingsList_Finding on Finding {\n    id\n    title\n    severity\n    monitoringArea\n    goodPractice\n    classification\n    place {\n      id\n      name\n    }\n  }\n': typeof types.FindingsList_FindingFragmentDoc;
  '\n  query NewFindingPage_Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      startDate\n      workingGroup {\n        id\n      }\n      places {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n': typeof types.NewFindingPage_VisitDocument;
  '\n  mutation NewFindingPage_RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) {\n      finding {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.NewFindingPage_RecordFindingDocument;
  '\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n': typeof types.HomePage_OverviewDocument;
  '\n  query WhatNeedsMe_Query($organisationId: ID!) {\n    responsesDue: recommendations(\n      filter: { addresseeId: $organisationId, acceptance: [PENDING] }\n      sort: DUE_ASC\n      limit: 5\n    ) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        reference\n        title\n        responseDueOn\n        responseOverdue\n      }\n    }\n    overdueActions: workplanActions(filter: { responsibleOrganisationId: $organisationId, overdue: true }, limit: 5) {\n      nodes {\n        id\n        workplanId\n        title\n        dueDate\n      }\n    }\n    whatNeedsMe {\n      lastVisitAt\n      awaitingAssessment {\n        id\n        reference\n        title\n      }\n      sharedSinceLastVisit {\n        recordType\n        id\n        title\n        ownerOrganisationName\n        updatedAt\n      }\n    }\n  }\n': typeof types.WhatNeedsMe_QueryDocument;
  '\n  mutation WhatNeedsMe_MarkVisited {\n    markHomeVisited\n  }\n': typeof types.WhatNeedsMe_MarkVisitedDocument;
  '\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n': typeof types.WorkingGroupCard_WorkingGroupFragmentDoc;
  '\n  subscription LiveRecords_Changed($recordTypes: [RecordType!]) {\n    readableRecordsChanged(recordTypes: $recordTypes) {\n      recordType\n      recordId\n      readable\n    }\n  }\n': typeof types.LiveRecords_ChangedDocument;
  '\n  mutation InvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      nextStep\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.InvitationPage_AcceptDocument;
  '\n  query OutboxPage_Outbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    outbox(organisationId: $organisationId, limit: 50) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n': typeof types.OutboxPage_OutboxDocument;
  '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AddMemberForm_AddMemberDocument;
  '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n        readOutbox\n      }\n      viewerCanConfigureSso\n      members {\n        ...MembersTable_Membership\n      }\n      ...TwoFactorAdminPanel_Organisation\n    }\n  }\n': typeof types.MembersPage_OrganisationDocument;
  '\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n': typeof types.MembersTable_MembershipFragmentDoc;
  '\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.MembersTable_ChangeMemberRoleDocument;
  '\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.MembersTable_RemoveMemberDocument;
  '\n  query NotificationBell_Count {\n    unreadNotificationCount\n  }\n': typeof types.NotificationBell_CountDocument;
  '\n  subscription NotificationBell_Received {\n    notificationReceived {\n      notificationId\n      event\n    }\n  }\n': typeof types.NotificationBell_ReceivedDocument;
  '\n  query NotificationPreferencesPage_Get {\n    notificationPreferences {\n      emailDigest\n      timeZone\n      defaultTimeZone\n      channels {\n        event\n        inApp\n        email\n      }\n    }\n  }\n': typeof types.NotificationPreferencesPage_GetDocument;
  '\n  mutation NotificationPreferencesPage_Update($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        emailDigest\n        timeZone\n        defaultTimeZone\n        channels {\n          event\n          inApp\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.NotificationPreferencesPage_UpdateDocument;
  '\n  fragment NotificationsPage_Item on Notification {\n    id\n    event\n    createdAt\n    readAt\n    available\n    subjectType\n    subjectId\n    workplanId\n    subjectTitle\n    organisationName\n  }\n': typeof types.NotificationsPage_ItemFragmentDoc;
  '\n  query NotificationsPage_List($filter: NotificationFilter, $limit: Int, $after: String) {\n    notifications(filter: $filter, limit: $limit, after: $after) {\n      nodes {\n        ...NotificationsPage_Item\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    unreadNotificationCount\n  }\n': typeof types.NotificationsPage_ListDocument;
  '\n  mutation NotificationsPage_MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n': typeof types.NotificationsPage_MarkReadDocument;
  '\n  mutation NotificationsPage_MarkAllRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n': typeof types.NotificationsPage_MarkAllReadDocument;
  '\n  mutation DisableTwoFactorCard_Disable($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      status {\n        enabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.DisableTwoFactorCard_DisableDocument;
  '\n  query GroupInvitationsPanel_Invitations {\n    me {\n      workingGroupInvitations {\n        id\n        workingGroupName\n        workingGroupKind\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.GroupInvitationsPanel_InvitationsDocument;
  '\n  mutation GroupInvitationsPanel_Respond($input: RespondToWorkingGroupInvitationInput!) {\n    respondToWorkingGroupInvitation(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.GroupInvitationsPanel_RespondDocument;
  '\n  mutation JoinRequestPage_Request($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.JoinRequestPage_RequestDocument;
  '\n  query JoinRequestsPage_Queue {\n    joinRequests(status: PENDING, limit: 100) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      contactName\n      contactEmail\n      message\n      createdAt\n    }\n  }\n': typeof types.JoinRequestsPage_QueueDocument;
  '\n  mutation JoinRequestsPage_Decide($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      joinRequest {\n        id\n        status\n        organisation {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.JoinRequestsPage_DecideDocument;
  '\n  mutation NewWorkingGroupPage_Create($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.NewWorkingGroupPage_CreateDocument;
  '\n  query OrganisationPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n': typeof types.OrganisationPage_OrganisationDocument;
  '\n  query PlatformOutbox_Mail {\n    platformOutbox(limit: 20) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n': typeof types.PlatformOutbox_MailDocument;
  '\n  query PlatformPage_Organisations {\n    platformOrganisations(limit: 200) {\n      id\n      name\n      kind\n      countryCode\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n': typeof types.PlatformPage_OrganisationsDocument;
  '\n  mutation PlatformPage_Create($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PlatformPage_CreateDocument;
  '\n  mutation PlatformPage_SetHost($input: SetHostInstitutionInput!) {\n    setHostInstitution(input: $input) {\n      organisation {\n        id\n        hostInstitution {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PlatformPage_SetHostDocument;
  '\n  query WorkingGroupMembersPage_Group($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        viewerCanRemove\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      invitations {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.WorkingGroupMembersPage_GroupDocument;
  '\n  query WorkingGroupMembersPage_Directory($search: String!) {\n    organisationDirectory(search: $search, limit: 20) {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.WorkingGroupMembersPage_DirectoryDocument;
  '\n  mutation WorkingGroupMembersPage_Invite($input: InviteToWorkingGroupInput!) {\n    inviteToWorkingGroup(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.WorkingGroupMembersPage_InviteDocument;
  '\n  mutation WorkingGroupMembersPage_Standing($input: SetWorkingGroupStandingInput!) {\n    setWorkingGroupStanding(input: $input) {\n      member {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.WorkingGroupMembersPage_StandingDocument;
  '\n  mutation WorkingGroupMembersPage_Remove($input: RemoveFromWorkingGroupInput!) {\n    removeFromWorkingGroup(input: $input) {\n      removedOrganisationId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.WorkingGroupMembersPage_RemoveDocument;
  '\n  query PlacePage_Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      type\n      status\n      countryCode\n      region\n      address\n      capacity\n      occupancyRate\n      classification\n      responsibleAuthority {\n        id\n        name\n        kind\n      }\n      currentPopulation {\n        id\n        countedOn\n        population\n      }\n      ...PopulationSection_Place\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n    visits(filter: { placeId: $id }, limit: 100) {\n      totalCount\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n': typeof types.PlacePage_PlaceDocument;
  '\n  query PlacesPage_Places($filter: PlaceFilter, $limit: Int, $after: String) {\n    places(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...PlacesTable_Place\n      }\n    }\n  }\n': typeof types.PlacesPage_PlacesDocument;
  '\n  fragment PlacesTable_Place on Place {\n    id\n    name\n    type\n    status\n    region\n    countryCode\n    capacity\n    classification\n    occupancyRate\n    responsibleAuthority {\n      id\n      name\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    lastVisit {\n      id\n      startDate\n    }\n  }\n': typeof types.PlacesTable_PlaceFragmentDoc;
  '\n  fragment PopulationSection_Place on Place {\n    id\n    capacity\n    occupancyRate\n    viewerCan {\n      update\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    populationHistory {\n      id\n      countedOn\n      population\n    }\n  }\n': typeof types.PopulationSection_PlaceFragmentDoc;
  '\n  mutation PopulationSection_Record($input: RecordPlacePopulationInput!) {\n    recordPlacePopulation(input: $input) {\n      place {\n        id\n        ...PopulationSection_Place\n        ...PlacesTable_Place\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PopulationSection_RecordDocument;
  '\n  mutation RegisterPlaceModal_CreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.RegisterPlaceModal_CreatePlaceDocument;
  '\n  query NetworkPracticesPage_Options {\n    networkPractices {\n      id\n      countryCode\n      network {\n        id\n        name\n      }\n    }\n  }\n': typeof types.NetworkPracticesPage_OptionsDocument;
  '\n  query NetworkPracticesPage_Practices($filter: NetworkPracticeFilter) {\n    networkPractices(filter: $filter) {\n      id\n      title\n      summary\n      theme\n      countryCode\n      publishedAt\n      publishedBy {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n': typeof types.NetworkPracticesPage_PracticesDocument;
  '\n  query PracticeNoteForm_Networks {\n    me {\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.PracticeNoteForm_NetworksDocument;
  '\n  mutation PracticeNoteForm_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PracticeNoteForm_PublishDocument;
  '\n  fragment PublishPracticeButton_Finding on Finding {\n    id\n    practiceNetworks {\n      id\n      name\n    }\n  }\n': typeof types.PublishPracticeButton_FindingFragmentDoc;
  '\n  mutation PublishPracticeButton_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PublishPracticeButton_PublishDocument;
  '\n  query AddresseeSelect_PlaceAuthorities {\n    places(limit: 200) {\n      nodes {\n        id\n        responsibleAuthority {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n': typeof types.AddresseeSelect_PlaceAuthoritiesDocument;
  '\n  mutation AdoptDraftButton_Adopt($input: AdoptRecommendationDraftInput!) {\n    adoptRecommendationDraft(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AdoptDraftButton_AdoptDocument;
  '\n  mutation IssueRecommendationPage_Issue($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) {\n      recommendation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.IssueRecommendationPage_IssueDocument;
  '\n  query LinkPickers_Findings($search: String) {\n    findings(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        title\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.LinkPickers_FindingsDocument;
  '\n  query LinkPickers_Places($search: String) {\n    places(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n': typeof types.LinkPickers_PlacesDocument;
  '\n  query LinkPickers_Recommendations($search: String) {\n    recommendations(filter: { search: $search }, sort: REFERENCE, limit: 20) {\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n': typeof types.LinkPickers_RecommendationsDocument;
  '\n  fragment LinkedRecords_Recommendation on Recommendation {\n    id\n    findings {\n      id\n      title\n      place {\n        id\n        name\n      }\n    }\n    places {\n      id\n      name\n      type\n    }\n    repeats {\n      id\n      reference\n      title\n    }\n  }\n': typeof types.LinkedRecords_RecommendationFragmentDoc;
  '\n  fragment RecommendationHeader_Recommendation on Recommendation {\n    id\n    reference\n    title\n    theme\n    source\n    level\n    priority\n    classification\n    issuedOn\n    targetDate\n    responseDueOn\n    responseOverdue\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n': typeof types.RecommendationHeader_RecommendationFragmentDoc;
  '\n  fragment RecommendationPage_Detail on Recommendation {\n    id\n    version\n    text\n    draftText {\n      documentName\n      viewerCanEdit\n    }\n    viewerCanRespond\n    viewerCanAssess\n    ...RecommendationHeader_Recommendation\n    ...LinkedRecords_Recommendation\n    ...StatusPanel_Recommendation\n    ...RecommendationTimeline_Recommendation\n    ...WhoCanSeePanel_Record\n    ...CommentsPanel_Record\n  }\n': typeof types.RecommendationPage_DetailFragmentDoc;
  '\n  query RecommendationPage_Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationPage_Detail\n    }\n  }\n': typeof types.RecommendationPage_RecommendationDocument;
  '\n  fragment RecommendationTimeline_Recommendation on Recommendation {\n    id\n    issuedOn\n    ownerOrganisation {\n      id\n      name\n    }\n    responses {\n      id\n      respondedOn\n      text\n      acceptance\n      proposedTimeline\n      authorOrganisation {\n        id\n        name\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    followUps {\n      id\n      kind\n      happenedOn\n      outcome\n      visit {\n        id\n        startDate\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.RecommendationTimeline_RecommendationFragmentDoc;
  '\n  query RecommendationsPage_List(\n    $filter: RecommendationFilter\n    $sort: RecommendationSort\n    $limit: Int\n    $after: String\n  ) {\n    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RecommendationsTable_Row\n      }\n    }\n  }\n': typeof types.RecommendationsPage_ListDocument;
  '\n  fragment RecommendationsTable_Row on Recommendation {\n    id\n    reference\n    title\n    theme\n    priority\n    acceptance\n    stateStatus\n    monitorStatus\n    responseDueOn\n    responseOverdue\n    classification\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n  }\n': typeof types.RecommendationsTable_RowFragmentDoc;
  '\n  mutation RecordFollowUpForm_Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.RecordFollowUpForm_RecordDocument;
  '\n  mutation RecordResponseForm_Record($input: RecordAuthorityResponseInput!) {\n    recordAuthorityResponse(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.RecordResponseForm_RecordDocument;
  '\n  mutation RecordStatusForm_Record($input: RecordImplementationStatusInput!) {\n    recordImplementationStatus(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.RecordStatusForm_RecordDocument;
  '\n  fragment StatusPanel_Recommendation on Recommendation {\n    id\n    acceptance\n    stateStatus\n    monitorStatus\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.StatusPanel_RecommendationFragmentDoc;
  '\n  query TrackerSummary_Counts(\n    $overdue: RecommendationFilter!\n    $pending: RecommendationFilter!\n    $implementedState: RecommendationFilter!\n    $implementedMonitor: RecommendationFilter!\n  ) {\n    overdue: recommendations(filter: $overdue, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    pending: recommendations(filter: $pending, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedState: recommendations(filter: $implementedState, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedMonitor: recommendations(filter: $implementedMonitor, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n  }\n': typeof types.TrackerSummary_CountsDocument;
  '\n  query ReportPage_Versions($visitId: ID!) {\n    visit(id: $visitId) {\n      id\n      places {\n        id\n        name\n      }\n    }\n    availableReportVersions(visitId: $visitId) {\n      version\n      refusedReason\n      authorities {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ReportPage_VersionsDocument;
  '\n  query ReportPreview_Report($visitId: ID!, $version: ReportVersion!, $authorityId: ID, $language: ReportLanguage) {\n    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId, language: $language) {\n      id\n      version\n      audience {\n        id\n        name\n      }\n      includesVisitDetails\n      sections\n      placeNames\n      findings {\n        id\n        title\n        monitoringArea\n        intervieweeCount\n        includesPersonalData\n      }\n      recommendations {\n        id\n        reference\n        title\n        addressee\n      }\n      leftOut {\n        recordType\n        reason\n        count\n      }\n      downloadableBy {\n        id\n        name\n      }\n      downloadableBySignedOut\n      pdfUrl\n      docxUrl\n    }\n  }\n': typeof types.ReportPreview_ReportDocument;
  '\n  query ReportTexts_Texts($visitId: ID!) {\n    visitReportTexts(visitId: $visitId) {\n      id\n      viewerCanEdit\n      introductionText {\n        documentName\n        viewerCanEdit\n      }\n      conclusionsText {\n        documentName\n        viewerCanEdit\n      }\n    }\n  }\n': typeof types.ReportTexts_TextsDocument;
  '\n  query ReportReprisalPage_Options($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n    visits(limit: 200) {\n      nodes {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.ReportReprisalPage_OptionsDocument;
  '\n  mutation ReportReprisalPage_Report($input: ReportReprisalInput!) {\n    reportReprisal(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ReportReprisalPage_ReportDocument;
  '\n  fragment ReprisalPage_Incident on ReprisalIncident {\n    id\n    personPseudonym\n    occurredOn\n    form\n    status\n    description\n    actionTaken\n    createdAt\n    updatedAt\n    ownerOrganisation {\n      id\n      name\n    }\n    relatedVisit {\n      id\n      type\n      startDate\n      places {\n        id\n        name\n      }\n    }\n    viewerCanUpdate\n    namedUsers {\n      id\n      displayName\n    }\n  }\n': typeof types.ReprisalPage_IncidentFragmentDoc;
  '\n  query ReprisalPage_Incident($id: ID!) {\n    reprisalIncident(id: $id) {\n      ...ReprisalPage_Incident\n    }\n  }\n': typeof types.ReprisalPage_IncidentDocument;
  '\n  query ReprisalsPage_Incidents {\n    reprisalIncidents {\n      id\n      personPseudonym\n      occurredOn\n      form\n      status\n      relatedVisit {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n      namedUsers {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.ReprisalsPage_IncidentsDocument;
  '\n  mutation UpdateReprisalForm_Update($input: UpdateReprisalInput!) {\n    updateReprisal(input: $input) {\n      incident {\n        ...ReprisalPage_Incident\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.UpdateReprisalForm_UpdateDocument;
  '\n  query EnrolPage_Status {\n    twoFactorStatus {\n      stage\n    }\n  }\n': typeof types.EnrolPage_StatusDocument;
  '\n  mutation EnrolPage_SignOut {\n    signOut\n  }\n': typeof types.EnrolPage_SignOutDocument;
  '\n  mutation PasskeySecondStep_Start {\n    startPasskeySecondFactor {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n': typeof types.PasskeySecondStep_StartDocument;
  '\n  mutation PasskeySecondStep_Verify($input: VerifyPasskeySecondFactorInput!) {\n    verifyPasskeySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n': typeof types.PasskeySecondStep_VerifyDocument;
  '\n  query PasskeysCard_List {\n    twoFactorStatus {\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n': typeof types.PasskeysCard_ListDocument;
  '\n  mutation PasskeysCard_Start {\n    startPasskeyRegistration {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n': typeof types.PasskeysCard_StartDocument;
  '\n  mutation PasskeysCard_Add($input: AddPasskeyInput!) {\n    addPasskey(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n': typeof types.PasskeysCard_AddDocument;
  '\n  mutation PasskeysCard_Remove($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n    }\n  }\n': typeof types.PasskeysCard_RemoveDocument;
  '\n  query SecondStepPage_Status {\n    twoFactorStatus {\n      stage\n      passkeyAvailable\n    }\n  }\n': typeof types.SecondStepPage_StatusDocument;
  '\n  mutation SecondStepPage_Verify($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      recoveryCodesLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.SecondStepPage_VerifyDocument;
  '\n  mutation SecondStepPage_SignOut {\n    signOut\n  }\n': typeof types.SecondStepPage_SignOutDocument;
  '\n  query SecurityPage_Status {\n    twoFactorStatus {\n      stage\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n': typeof types.SecurityPage_StatusDocument;
  '\n  mutation SecurityPage_Regenerate($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.SecurityPage_RegenerateDocument;
  '\n  fragment TwoFactorAdminPanel_Organisation on Organisation {\n    id\n    twoFactorRequired\n    viewerCanManageTwoFactor\n    members {\n      id\n      twoFactorEnabled\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.TwoFactorAdminPanel_OrganisationFragmentDoc;
  '\n  mutation TwoFactorAdminPanel_SetRequired($input: SetTwoFactorRequiredInput!) {\n    setTwoFactorRequired(input: $input) {\n      organisation {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.TwoFactorAdminPanel_SetRequiredDocument;
  '\n  mutation TwoFactorAdminPanel_Reset($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      membership {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.TwoFactorAdminPanel_ResetDocument;
  '\n  mutation TwoFactorEnrolment_Start {\n    startTwoFactorEnrolment {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.TwoFactorEnrolment_StartDocument;
  '\n  mutation TwoFactorEnrolment_Confirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.TwoFactorEnrolment_ConfirmDocument;
  '\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.LanguageSwitcher_SetPreferredLocaleDocument;
  '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n': typeof types.AppShellLayout_UserFragmentDoc;
  '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n        createPlace\n        planVisit\n        recordFinding\n        issueRecommendation\n        reportReprisal\n        readAuditLog\n        readOutbox\n      }\n    }\n  }\n': typeof types.AppShellLayout_MembershipFragmentDoc;
  '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n      actingOrganisation {\n        id\n      }\n      platformAdmin\n    }\n  }\n': typeof types.AppShellLayout_MeDocument;
  '\n  mutation AppShellLayout_SetActingOrganisation($input: SetActingOrganisationInput!) {\n    setActingOrganisation(input: $input) {\n      me {\n        actingOrganisation {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AppShellLayout_SetActingOrganisationDocument;
  '\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n': typeof types.MembershipLiveUpdates_MembershipChangedDocument;
  '\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n': typeof types.SignOutButton_SignOutDocument;
  '\n  fragment SsoSettingsPage_Connection on SsoConnection {\n    id\n    slug\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    jitRole\n    enabled\n    updatedAt\n  }\n': typeof types.SsoSettingsPage_ConnectionFragmentDoc;
  '\n  query SsoSettingsPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCanConfigureSso\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n    }\n  }\n': typeof types.SsoSettingsPage_OrganisationDocument;
  '\n  mutation SsoSettingsPage_Configure($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.SsoSettingsPage_ConfigureDocument;
  '\n  query SsoSignIn_Providers {\n    ssoProviders {\n      name\n      slug\n    }\n  }\n': typeof types.SsoSignIn_ProvidersDocument;
  '\n  query PlanVisitPage_Places {\n    places(limit: 200) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n': typeof types.PlanVisitPage_PlacesDocument;
  '\n  mutation PlanVisitPage_PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.PlanVisitPage_PlanVisitDocument;
  '\n  query TeamBuilder_Members($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.TeamBuilder_MembersDocument;
  '\n  fragment VisitLifecycle_Visit on Visit {\n    id\n    status\n    version\n    viewerCan {\n      update\n    }\n  }\n': typeof types.VisitLifecycle_VisitFragmentDoc;
  '\n  mutation VisitLifecycle_Move($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        id\n        status\n        version\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.VisitLifecycle_MoveDocument;
  '\n  query VisitPage_Visit($id: ID!, $findingsAfter: String, $recommendationsAfter: String) {\n    visit(id: $id) {\n      id\n      type\n      announced\n      startDate\n      endDate\n      objectives\n      status\n      classification\n      ownerOrganisation {\n        id\n        name\n      }\n      places {\n        id\n        name\n        type\n        region\n      }\n      team {\n        id\n        expertise\n        gender\n        leader\n        user {\n          id\n          displayName\n        }\n      }\n      findings(limit: 50, after: $findingsAfter) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          ...FindingsList_Finding\n        }\n      }\n      ...VisitLifecycle_Visit\n      ...IssuedRecommendations_Visit\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n  }\n': typeof types.VisitPage_VisitDocument;
  '\n  query VisitsPage_Visits($filter: VisitFilter, $limit: Int, $after: String) {\n    visits(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n': typeof types.VisitsPage_VisitsDocument;
  '\n  fragment VisitsTable_Visit on Visit {\n    id\n    type\n    announced\n    startDate\n    endDate\n    status\n    classification\n    ownerOrganisation {\n      id\n      name\n    }\n    places {\n      id\n      name\n    }\n  }\n': typeof types.VisitsTable_VisitFragmentDoc;
  '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n': typeof types.WorkingGroupPage_WorkingGroupDocument;
  '\n  mutation ActionComments_Comment($input: CommentOnWorkplanInput!) {\n    commentOnWorkplan(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.ActionComments_CommentDocument;
  '\n  mutation AddActionForm_Add($input: AddActionInput!) {\n    addAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AddActionForm_AddDocument;
  '\n  mutation AddPriorityForm_Add($input: AddPriorityInput!) {\n    addPriority(input: $input) {\n      priority {\n        id\n        title\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.AddPriorityForm_AddDocument;
  '\n  mutation CreateWorkplanForm_Create($input: CreateWorkplanInput!) {\n    createWorkplan(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.CreateWorkplanForm_CreateDocument;
  '\n  query DiscussionThread_Comments($id: ID!, $actionId: ID, $after: String) {\n    workplan(id: $id) {\n      id\n      discussion(first: 20, after: $after, actionId: $actionId) {\n        nodes {\n          id\n          actionId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.DiscussionThread_CommentsDocument;
  '\n  query MyActionsPage_Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {\n    workplanActions(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WorkplanPage_Action\n      }\n    }\n  }\n': typeof types.MyActionsPage_ActionsDocument;
  '\n  query VersionHistory_Versions($id: ID!, $after: String) {\n    workplan(id: $id) {\n      id\n      versions(first: 20, after: $after) {\n        nodes {\n          id\n          name\n          createdAt\n          createdBy {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.VersionHistory_VersionsDocument;
  '\n  mutation VersionHistory_Save($input: SaveNarrativeVersionInput!) {\n    saveNarrativeVersion(input: $input) {\n      version {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.VersionHistory_SaveDocument;
  '\n  query VersionViewModal_Html($id: ID!, $versionId: ID!) {\n    workplan(id: $id) {\n      id\n      narrativeVersion(id: $versionId) {\n        id\n        html\n      }\n    }\n  }\n': typeof types.VersionViewModal_HtmlDocument;
  '\n  mutation RestoreVersionModal_Restore($input: RestoreNarrativeVersionInput!) {\n    restoreNarrativeVersion(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.RestoreVersionModal_RestoreDocument;
  '\n  subscription WorkplanLiveUpdates_Changed($workplanId: ID!) {\n    workplanChanged(workplanId: $workplanId) {\n      workplanId\n      kind\n      subjectId\n    }\n  }\n': typeof types.WorkplanLiveUpdates_ChangedDocument;
  '\n  fragment WorkplanPage_Action on WorkplanAction {\n    id\n    workplanId\n    priorityId\n    title\n    responsibleOrganisation {\n      id\n      name\n    }\n    startDate\n    dueDate\n    status\n    indicator\n    target\n    jointCommitment\n    overdue\n    position\n    version\n    viewerCanUpdate\n  }\n': typeof types.WorkplanPage_ActionFragmentDoc;
  '\n  query WorkplanPage_Workplan($id: ID!) {\n    workplan(id: $id) {\n      id\n      title\n      periodStart\n      periodEnd\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      viewerCanEdit\n      version\n      viewerCan {\n        readComments\n        comment\n      }\n      workingGroup {\n        id\n        name\n        members {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      priorities {\n        nodes {\n          id\n          title\n          description\n          position\n          version\n          actions {\n            nodes {\n              ...WorkplanPage_Action\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n': typeof types.WorkplanPage_WorkplanDocument;
  '\n  query WorkplansPage_Workplans($workingGroupId: ID!) {\n    workingGroup(id: $workingGroupId) {\n      id\n      name\n      viewerCan {\n        createWorkplan\n      }\n    }\n    workplans(workingGroupId: $workingGroupId) {\n      id\n      title\n      periodStart\n      periodEnd\n      classification\n      updatedAt\n      viewerCanEdit\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WorkplansPage_WorkplansDocument;
  '\n  mutation UseUpdateAction_Update($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      conflicts {\n        field\n        base\n        yours\n        theirs\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n': typeof types.UseUpdateAction_UpdateDocument;
};
const documents: Documents = {
  '\n  mutation AuthorisePublicationButton_Authorise($input: AuthorisePublicationInput!) {\n    authorisePublication(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AuthorisePublicationButton_AuthoriseDocument,
  '\n  fragment CommentsPanel_Record on ShareableRecord {\n    id\n    viewerCan {\n      readComments\n      comment\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n      authorOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.CommentsPanel_RecordFragmentDoc,
  '\n  mutation CommentsPanel_AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorOrganisation {\n          id\n          name\n          kind\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CommentsPanel_AddCommentDocument,
  '\n  query MentionSelect_Members {\n    me {\n      user {\n        id\n      }\n      actingOrganisation {\n        id\n        members {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n':
    types.MentionSelect_MembersDocument,
  '\n  mutation ReclassifyControl_Reclassify($input: ReclassifyRecordInput!) {\n    reclassifyRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ReclassifyControl_ReclassifyDocument,
  '\n  mutation ShareControl_Share($input: ShareRecordInput!) {\n    shareRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ShareControl_ShareDocument,
  "\n  fragment WhoCanSeePanel_Record on ShareableRecord {\n    id\n    classification\n    countryCode\n    ownerOrganisation {\n      id\n      name\n      kind\n      countryCode\n    }\n    workingGroup {\n      id\n      name\n    }\n    readableBy {\n      id\n      name\n      kind\n      countryCode\n    }\n    sharedWith {\n      id\n      name\n      kind\n      countryCode\n    }\n    viewerCan {\n      read\n      update\n      share\n      reclassify\n      reclassifyTo\n      comment\n      export\n      authorisePublication\n    }\n    publication {\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n    updatedAt\n    # Sharing and reclassifying bump the record's version: refresh it so a later edit is not a false conflict.\n    ... on Finding {\n      version\n    }\n    ... on Visit {\n      version\n    }\n    ... on Recommendation {\n      version\n    }\n    ... on Workplan {\n      version\n    }\n  }\n":
    types.WhoCanSeePanel_RecordFragmentDoc,
  '\n  query KnownOrganisations_WorkingGroups {\n    workingGroups {\n      id\n      name\n      kind\n      members {\n        id\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n':
    types.KnownOrganisations_WorkingGroupsDocument,
  '\n  mutation AnnualReportDownloads_Request($input: RequestAnnualReportInput!) {\n    requestAnnualReport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        recordsRead\n        totalRecords\n        recordCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AnnualReportDownloads_RequestDocument,
  '\n  query AnnualReportDownloads_Job($id: ID!) {\n    annualReportJob(id: $id) {\n      id\n      status\n      recordsRead\n      totalRecords\n      recordCount\n      downloadUrl\n    }\n  }\n':
    types.AnnualReportDownloads_JobDocument,
  '\n  query AnnualReportPage_Preview($filter: AnnualReportFilter) {\n    annualReportPreview(filter: $filter) {\n      total\n      overdue\n      discrepancies\n      dialogueEntries\n      runsAsJob\n      acceptance {\n        acceptance\n        count\n      }\n      implementation {\n        status\n        state\n        monitor\n      }\n      byAuthority {\n        authority\n        total\n        accepted\n        stateImplemented\n        monitorImplemented\n        overdue\n      }\n    }\n  }\n':
    types.AnnualReportPage_PreviewDocument,
  '\n  query AuditChainBanner_Status($organisationId: ID!) {\n    auditChainStatus(organisationId: $organisationId) {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n':
    types.AuditChainBanner_StatusDocument,
  '\n  query AuditLogPage_Log($organisationId: ID!, $action: String, $limit: Int, $after: String) {\n    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        seq\n        at\n        action\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.AuditLogPage_LogDocument,
  '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n    twoFactorStatus {\n      stage\n    }\n  }\n':
    types.SignInPage_MeDocument,
  '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      nextStep\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.SignInPage_SignInDocument,
  '\n  fragment ActionSection_Dashboard on Dashboard {\n    actions {\n      total\n      overdue\n      byStatus {\n        status\n        count\n      }\n      jointCommitments {\n        organisationId\n        organisationName\n        total\n        done\n        inProgress\n        overdue\n      }\n    }\n    overdueActions {\n      id\n      workplanId\n      title\n      dueDate\n      status\n      responsibleOrganisationName\n    }\n  }\n':
    types.ActionSection_DashboardFragmentDoc,
  '\n  query DashboardPage_Choices {\n    workingGroups {\n      id\n      name\n      countryCode\n    }\n  }\n':
    types.DashboardPage_ChoicesDocument,
  '\n  query DashboardPage_Dashboard($scope: DashboardScopeInput!) {\n    dashboard(scope: $scope) {\n      kind\n      id\n      name\n      ...SummaryStrip_Dashboard\n      ...RecommendationSection_Dashboard\n      ...FindingSection_Dashboard\n      ...ActionSection_Dashboard\n    }\n  }\n':
    types.DashboardPage_DashboardDocument,
  '\n  fragment FindingSection_Dashboard on Dashboard {\n    findings {\n      total\n      byAreaAndYear {\n        row\n        column\n        count\n      }\n      byVulnerabilityAndYear {\n        row\n        column\n        count\n      }\n      riskFactorsByPlaceType {\n        row\n        column\n        count\n      }\n    }\n  }\n':
    types.FindingSection_DashboardFragmentDoc,
  '\n  fragment RecommendationSection_Counts on RecommendationCounts {\n    total\n    pending\n    stateReported\n    stateImplemented\n    monitorAssessed\n    monitorImplemented\n    discrepancies\n    overdueResponses\n    acceptanceRate\n    stateImplementationRate\n    monitorImplementationRate\n  }\n':
    types.RecommendationSection_CountsFragmentDoc,
  '\n  fragment RecommendationSection_Dashboard on Dashboard {\n    recommendations {\n      byAuthority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byTheme {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPlaceType {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPriority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byYear {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n    }\n    discrepancies {\n      id\n      reference\n      title\n      stateStatus\n      monitorStatus\n    }\n    repeatedRecommendations {\n      id\n      reference\n      title\n      issuedOn\n    }\n  }\n':
    types.RecommendationSection_DashboardFragmentDoc,
  '\n  fragment SummaryStrip_Dashboard on Dashboard {\n    recommendations {\n      overall {\n        total\n        pending\n        overdueResponses\n        discrepancies\n        repeated\n        acceptanceRate\n        stateImplementationRate\n        monitorImplementationRate\n      }\n    }\n    findings {\n      total\n    }\n    actions {\n      total\n      overdue\n    }\n  }\n':
    types.SummaryStrip_DashboardFragmentDoc,
  '\n  query FindingsLibraryPage_Findings($filter: FindingFilter, $limit: Int, $after: String) {\n    findings(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...FindingsList_Finding\n      }\n    }\n  }\n':
    types.FindingsLibraryPage_FindingsDocument,
  '\n  query FindingsLibraryPage_Facets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      total\n      sampled\n      sampleSize\n      monitoringArea {\n        value\n        count\n      }\n      riskFactor {\n        value\n        count\n      }\n      vulnerability {\n        value\n        count\n      }\n      placeType {\n        value\n        count\n      }\n      country {\n        value\n        count\n      }\n      goodPractice {\n        value\n        count\n      }\n      classification {\n        value\n        count\n      }\n      visitYear {\n        value\n        count\n      }\n    }\n  }\n':
    types.FindingsLibraryPage_FacetsDocument,
  '\n  query FollowUpVisit_Visits {\n    visits(limit: 100) {\n      nodes {\n        id\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.FollowUpVisit_VisitsDocument,
  '\n  query IssueFromFinding_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      title\n      monitoringArea\n      place {\n        id\n        name\n        region\n      }\n    }\n  }\n':
    types.IssueFromFinding_FindingDocument,
  '\n  fragment IssuedRecommendations_Visit on Visit {\n    id\n    recommendations(limit: 50, after: $recommendationsAfter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        title\n        issuedOn\n      }\n    }\n  }\n':
    types.IssuedRecommendations_VisitFragmentDoc,
  '\n  query SearchPage_Search($query: String!, $types: [SearchKind!], $limit: Int, $after: String) {\n    search(query: $query, types: $types, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        headline {\n          text\n          match\n        }\n        record {\n          __typename\n          ... on Finding {\n            id\n            riskFactors\n            vulnerabilities\n          }\n        }\n      }\n    }\n  }\n':
    types.SearchPage_SearchDocument,
  '\n  mutation ExportMenu_Request($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        rowsWritten\n        totalRows\n        rowCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ExportMenu_RequestDocument,
  '\n  query ExportMenu_Job($id: ID!) {\n    exportJob(id: $id) {\n      id\n      status\n      rowsWritten\n      totalRows\n      rowCount\n      downloadUrl\n    }\n  }\n':
    types.ExportMenu_JobDocument,
  '\n  mutation ImportPage_Preview($input: ImportSpreadsheetInput!) {\n    previewImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ImportPage_PreviewDocument,
  '\n  mutation ImportPage_Commit($input: ImportSpreadsheetInput!) {\n    commitImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ImportPage_CommitDocument,
  '\n  mutation EvidencePersonalDataToggle_Set($input: SetEvidencePersonalDataInput!) {\n    setEvidencePersonalData(input: $input) {\n      evidence {\n        id\n        containsPersonalData\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.EvidencePersonalDataToggle_SetDocument,
  '\n  fragment EvidenceSection_Finding on Finding {\n    id\n    viewerCan {\n      update\n    }\n    withheldEvidenceCount\n    evidence {\n      id\n      fileName\n      mimeType\n      sizeBytes\n      sha256\n      uploadedAt\n      containsPersonalData\n      viewerCan {\n        download\n        setPersonalData\n      }\n      downloadUrl\n    }\n  }\n':
    types.EvidenceSection_FindingFragmentDoc,
  '\n  mutation FindingEditor_Update($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        id\n        ...FindingPage_Details\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.FindingEditor_UpdateDocument,
  '\n  fragment FindingPage_Details on Finding {\n    id\n    title\n    monitoringArea\n    riskFactors\n    vulnerabilities\n    description\n    sources\n    severity\n    goodPractice\n    version\n    classification\n    updatedAt\n    viewerCanReadPersonalData\n    place {\n      id\n      name\n    }\n    interviewees {\n      id\n      pseudonym\n      identity\n      contact\n      medicalNotes\n      atRisk\n      welfareCheckDueOn\n    }\n  }\n':
    types.FindingPage_DetailsFragmentDoc,
  '\n  query FindingPage_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      ...FindingPage_Details\n      visit {\n        id\n        startDate\n        endDate\n        places {\n          id\n          name\n        }\n      }\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      ...EvidenceSection_Finding\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n      ...PublishPracticeButton_Finding\n    }\n  }\n':
    types.FindingPage_FindingDocument,
  '\n  fragment FindingsList_Finding on Finding {\n    id\n    title\n    severity\n    monitoringArea\n    goodPractice\n    classification\n    place {\n      id\n      name\n    }\n  }\n':
    types.FindingsList_FindingFragmentDoc,
  '\n  query NewFindingPage_Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      startDate\n      workingGroup {\n        id\n      }\n      places {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n':
    types.NewFindingPage_VisitDocument,
  '\n  mutation NewFindingPage_RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) {\n      finding {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.NewFindingPage_RecordFindingDocument,
  '\n  query HomePage_Overview($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      viewerCan {\n        manageMembers\n        readMembers\n      }\n      members {\n        id\n      }\n    }\n    workingGroups {\n      ...WorkingGroupCard_WorkingGroup\n    }\n  }\n':
    types.HomePage_OverviewDocument,
  '\n  query WhatNeedsMe_Query($organisationId: ID!) {\n    responsesDue: recommendations(\n      filter: { addresseeId: $organisationId, acceptance: [PENDING] }\n      sort: DUE_ASC\n      limit: 5\n    ) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        reference\n        title\n        responseDueOn\n        responseOverdue\n      }\n    }\n    overdueActions: workplanActions(filter: { responsibleOrganisationId: $organisationId, overdue: true }, limit: 5) {\n      nodes {\n        id\n        workplanId\n        title\n        dueDate\n      }\n    }\n    whatNeedsMe {\n      lastVisitAt\n      awaitingAssessment {\n        id\n        reference\n        title\n      }\n      sharedSinceLastVisit {\n        recordType\n        id\n        title\n        ownerOrganisationName\n        updatedAt\n      }\n    }\n  }\n':
    types.WhatNeedsMe_QueryDocument,
  '\n  mutation WhatNeedsMe_MarkVisited {\n    markHomeVisited\n  }\n': types.WhatNeedsMe_MarkVisitedDocument,
  '\n  fragment WorkingGroupCard_WorkingGroup on WorkingGroup {\n    id\n    name\n    kind\n    countryCode\n    region\n    members {\n      id\n      role\n      organisation {\n        id\n      }\n    }\n  }\n':
    types.WorkingGroupCard_WorkingGroupFragmentDoc,
  '\n  subscription LiveRecords_Changed($recordTypes: [RecordType!]) {\n    readableRecordsChanged(recordTypes: $recordTypes) {\n      recordType\n      recordId\n      readable\n    }\n  }\n':
    types.LiveRecords_ChangedDocument,
  '\n  mutation InvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      nextStep\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.InvitationPage_AcceptDocument,
  '\n  query OutboxPage_Outbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    outbox(organisationId: $organisationId, limit: 50) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n':
    types.OutboxPage_OutboxDocument,
  '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AddMemberForm_AddMemberDocument,
  '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n        readOutbox\n      }\n      viewerCanConfigureSso\n      members {\n        ...MembersTable_Membership\n      }\n      ...TwoFactorAdminPanel_Organisation\n    }\n  }\n':
    types.MembersPage_OrganisationDocument,
  '\n  fragment MembersTable_Membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n      email\n    }\n  }\n':
    types.MembersTable_MembershipFragmentDoc,
  '\n  mutation MembersTable_ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.MembersTable_ChangeMemberRoleDocument,
  '\n  mutation MembersTable_RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      removedMembershipId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.MembersTable_RemoveMemberDocument,
  '\n  query NotificationBell_Count {\n    unreadNotificationCount\n  }\n': types.NotificationBell_CountDocument,
  '\n  subscription NotificationBell_Received {\n    notificationReceived {\n      notificationId\n      event\n    }\n  }\n':
    types.NotificationBell_ReceivedDocument,
  '\n  query NotificationPreferencesPage_Get {\n    notificationPreferences {\n      emailDigest\n      timeZone\n      defaultTimeZone\n      channels {\n        event\n        inApp\n        email\n      }\n    }\n  }\n':
    types.NotificationPreferencesPage_GetDocument,
  '\n  mutation NotificationPreferencesPage_Update($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        emailDigest\n        timeZone\n        defaultTimeZone\n        channels {\n          event\n          inApp\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.NotificationPreferencesPage_UpdateDocument,
  '\n  fragment NotificationsPage_Item on Notification {\n    id\n    event\n    createdAt\n    readAt\n    available\n    subjectType\n    subjectId\n    workplanId\n    subjectTitle\n    organisationName\n  }\n':
    types.NotificationsPage_ItemFragmentDoc,
  '\n  query NotificationsPage_List($filter: NotificationFilter, $limit: Int, $after: String) {\n    notifications(filter: $filter, limit: $limit, after: $after) {\n      nodes {\n        ...NotificationsPage_Item\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    unreadNotificationCount\n  }\n':
    types.NotificationsPage_ListDocument,
  '\n  mutation NotificationsPage_MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n':
    types.NotificationsPage_MarkReadDocument,
  '\n  mutation NotificationsPage_MarkAllRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n':
    types.NotificationsPage_MarkAllReadDocument,
  '\n  mutation DisableTwoFactorCard_Disable($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      status {\n        enabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.DisableTwoFactorCard_DisableDocument,
  '\n  query GroupInvitationsPanel_Invitations {\n    me {\n      workingGroupInvitations {\n        id\n        workingGroupName\n        workingGroupKind\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.GroupInvitationsPanel_InvitationsDocument,
  '\n  mutation GroupInvitationsPanel_Respond($input: RespondToWorkingGroupInvitationInput!) {\n    respondToWorkingGroupInvitation(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.GroupInvitationsPanel_RespondDocument,
  '\n  mutation JoinRequestPage_Request($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.JoinRequestPage_RequestDocument,
  '\n  query JoinRequestsPage_Queue {\n    joinRequests(status: PENDING, limit: 100) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      contactName\n      contactEmail\n      message\n      createdAt\n    }\n  }\n':
    types.JoinRequestsPage_QueueDocument,
  '\n  mutation JoinRequestsPage_Decide($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      joinRequest {\n        id\n        status\n        organisation {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.JoinRequestsPage_DecideDocument,
  '\n  mutation NewWorkingGroupPage_Create($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.NewWorkingGroupPage_CreateDocument,
  '\n  query OrganisationPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n':
    types.OrganisationPage_OrganisationDocument,
  '\n  query PlatformOutbox_Mail {\n    platformOutbox(limit: 20) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n':
    types.PlatformOutbox_MailDocument,
  '\n  query PlatformPage_Organisations {\n    platformOrganisations(limit: 200) {\n      id\n      name\n      kind\n      countryCode\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n':
    types.PlatformPage_OrganisationsDocument,
  '\n  mutation PlatformPage_Create($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PlatformPage_CreateDocument,
  '\n  mutation PlatformPage_SetHost($input: SetHostInstitutionInput!) {\n    setHostInstitution(input: $input) {\n      organisation {\n        id\n        hostInstitution {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PlatformPage_SetHostDocument,
  '\n  query WorkingGroupMembersPage_Group($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        viewerCanRemove\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      invitations {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.WorkingGroupMembersPage_GroupDocument,
  '\n  query WorkingGroupMembersPage_Directory($search: String!) {\n    organisationDirectory(search: $search, limit: 20) {\n      id\n      name\n      kind\n    }\n  }\n':
    types.WorkingGroupMembersPage_DirectoryDocument,
  '\n  mutation WorkingGroupMembersPage_Invite($input: InviteToWorkingGroupInput!) {\n    inviteToWorkingGroup(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.WorkingGroupMembersPage_InviteDocument,
  '\n  mutation WorkingGroupMembersPage_Standing($input: SetWorkingGroupStandingInput!) {\n    setWorkingGroupStanding(input: $input) {\n      member {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.WorkingGroupMembersPage_StandingDocument,
  '\n  mutation WorkingGroupMembersPage_Remove($input: RemoveFromWorkingGroupInput!) {\n    removeFromWorkingGroup(input: $input) {\n      removedOrganisationId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.WorkingGroupMembersPage_RemoveDocument,
  '\n  query PlacePage_Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      type\n      status\n      countryCode\n      region\n      address\n      capacity\n      occupancyRate\n      classification\n      responsibleAuthority {\n        id\n        name\n        kind\n      }\n      currentPopulation {\n        id\n        countedOn\n        population\n      }\n      ...PopulationSection_Place\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n    visits(filter: { placeId: $id }, limit: 100) {\n      totalCount\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n':
    types.PlacePage_PlaceDocument,
  '\n  query PlacesPage_Places($filter: PlaceFilter, $limit: Int, $after: String) {\n    places(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...PlacesTable_Place\n      }\n    }\n  }\n':
    types.PlacesPage_PlacesDocument,
  '\n  fragment PlacesTable_Place on Place {\n    id\n    name\n    type\n    status\n    region\n    countryCode\n    capacity\n    classification\n    occupancyRate\n    responsibleAuthority {\n      id\n      name\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    lastVisit {\n      id\n      startDate\n    }\n  }\n':
    types.PlacesTable_PlaceFragmentDoc,
  '\n  fragment PopulationSection_Place on Place {\n    id\n    capacity\n    occupancyRate\n    viewerCan {\n      update\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    populationHistory {\n      id\n      countedOn\n      population\n    }\n  }\n':
    types.PopulationSection_PlaceFragmentDoc,
  '\n  mutation PopulationSection_Record($input: RecordPlacePopulationInput!) {\n    recordPlacePopulation(input: $input) {\n      place {\n        id\n        ...PopulationSection_Place\n        ...PlacesTable_Place\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PopulationSection_RecordDocument,
  '\n  mutation RegisterPlaceModal_CreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.RegisterPlaceModal_CreatePlaceDocument,
  '\n  query NetworkPracticesPage_Options {\n    networkPractices {\n      id\n      countryCode\n      network {\n        id\n        name\n      }\n    }\n  }\n':
    types.NetworkPracticesPage_OptionsDocument,
  '\n  query NetworkPracticesPage_Practices($filter: NetworkPracticeFilter) {\n    networkPractices(filter: $filter) {\n      id\n      title\n      summary\n      theme\n      countryCode\n      publishedAt\n      publishedBy {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n':
    types.NetworkPracticesPage_PracticesDocument,
  '\n  query PracticeNoteForm_Networks {\n    me {\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.PracticeNoteForm_NetworksDocument,
  '\n  mutation PracticeNoteForm_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PracticeNoteForm_PublishDocument,
  '\n  fragment PublishPracticeButton_Finding on Finding {\n    id\n    practiceNetworks {\n      id\n      name\n    }\n  }\n':
    types.PublishPracticeButton_FindingFragmentDoc,
  '\n  mutation PublishPracticeButton_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PublishPracticeButton_PublishDocument,
  '\n  query AddresseeSelect_PlaceAuthorities {\n    places(limit: 200) {\n      nodes {\n        id\n        responsibleAuthority {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n':
    types.AddresseeSelect_PlaceAuthoritiesDocument,
  '\n  mutation AdoptDraftButton_Adopt($input: AdoptRecommendationDraftInput!) {\n    adoptRecommendationDraft(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AdoptDraftButton_AdoptDocument,
  '\n  mutation IssueRecommendationPage_Issue($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) {\n      recommendation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.IssueRecommendationPage_IssueDocument,
  '\n  query LinkPickers_Findings($search: String) {\n    findings(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        title\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.LinkPickers_FindingsDocument,
  '\n  query LinkPickers_Places($search: String) {\n    places(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n':
    types.LinkPickers_PlacesDocument,
  '\n  query LinkPickers_Recommendations($search: String) {\n    recommendations(filter: { search: $search }, sort: REFERENCE, limit: 20) {\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n':
    types.LinkPickers_RecommendationsDocument,
  '\n  fragment LinkedRecords_Recommendation on Recommendation {\n    id\n    findings {\n      id\n      title\n      place {\n        id\n        name\n      }\n    }\n    places {\n      id\n      name\n      type\n    }\n    repeats {\n      id\n      reference\n      title\n    }\n  }\n':
    types.LinkedRecords_RecommendationFragmentDoc,
  '\n  fragment RecommendationHeader_Recommendation on Recommendation {\n    id\n    reference\n    title\n    theme\n    source\n    level\n    priority\n    classification\n    issuedOn\n    targetDate\n    responseDueOn\n    responseOverdue\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n':
    types.RecommendationHeader_RecommendationFragmentDoc,
  '\n  fragment RecommendationPage_Detail on Recommendation {\n    id\n    version\n    text\n    draftText {\n      documentName\n      viewerCanEdit\n    }\n    viewerCanRespond\n    viewerCanAssess\n    ...RecommendationHeader_Recommendation\n    ...LinkedRecords_Recommendation\n    ...StatusPanel_Recommendation\n    ...RecommendationTimeline_Recommendation\n    ...WhoCanSeePanel_Record\n    ...CommentsPanel_Record\n  }\n':
    types.RecommendationPage_DetailFragmentDoc,
  '\n  query RecommendationPage_Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationPage_Detail\n    }\n  }\n':
    types.RecommendationPage_RecommendationDocument,
  '\n  fragment RecommendationTimeline_Recommendation on Recommendation {\n    id\n    issuedOn\n    ownerOrganisation {\n      id\n      name\n    }\n    responses {\n      id\n      respondedOn\n      text\n      acceptance\n      proposedTimeline\n      authorOrganisation {\n        id\n        name\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    followUps {\n      id\n      kind\n      happenedOn\n      outcome\n      visit {\n        id\n        startDate\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.RecommendationTimeline_RecommendationFragmentDoc,
  '\n  query RecommendationsPage_List(\n    $filter: RecommendationFilter\n    $sort: RecommendationSort\n    $limit: Int\n    $after: String\n  ) {\n    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RecommendationsTable_Row\n      }\n    }\n  }\n':
    types.RecommendationsPage_ListDocument,
  '\n  fragment RecommendationsTable_Row on Recommendation {\n    id\n    reference\n    title\n    theme\n    priority\n    acceptance\n    stateStatus\n    monitorStatus\n    responseDueOn\n    responseOverdue\n    classification\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n  }\n':
    types.RecommendationsTable_RowFragmentDoc,
  '\n  mutation RecordFollowUpForm_Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.RecordFollowUpForm_RecordDocument,
  '\n  mutation RecordResponseForm_Record($input: RecordAuthorityResponseInput!) {\n    recordAuthorityResponse(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.RecordResponseForm_RecordDocument,
  '\n  mutation RecordStatusForm_Record($input: RecordImplementationStatusInput!) {\n    recordImplementationStatus(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.RecordStatusForm_RecordDocument,
  '\n  fragment StatusPanel_Recommendation on Recommendation {\n    id\n    acceptance\n    stateStatus\n    monitorStatus\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.StatusPanel_RecommendationFragmentDoc,
  '\n  query TrackerSummary_Counts(\n    $overdue: RecommendationFilter!\n    $pending: RecommendationFilter!\n    $implementedState: RecommendationFilter!\n    $implementedMonitor: RecommendationFilter!\n  ) {\n    overdue: recommendations(filter: $overdue, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    pending: recommendations(filter: $pending, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedState: recommendations(filter: $implementedState, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedMonitor: recommendations(filter: $implementedMonitor, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n  }\n':
    types.TrackerSummary_CountsDocument,
  '\n  query ReportPage_Versions($visitId: ID!) {\n    visit(id: $visitId) {\n      id\n      places {\n        id\n        name\n      }\n    }\n    availableReportVersions(visitId: $visitId) {\n      version\n      refusedReason\n      authorities {\n        id\n        name\n      }\n    }\n  }\n':
    types.ReportPage_VersionsDocument,
  '\n  query ReportPreview_Report($visitId: ID!, $version: ReportVersion!, $authorityId: ID, $language: ReportLanguage) {\n    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId, language: $language) {\n      id\n      version\n      audience {\n        id\n        name\n      }\n      includesVisitDetails\n      sections\n      placeNames\n      findings {\n        id\n        title\n        monitoringArea\n        intervieweeCount\n        includesPersonalData\n      }\n      recommendations {\n        id\n        reference\n        title\n        addressee\n      }\n      leftOut {\n        recordType\n        reason\n        count\n      }\n      downloadableBy {\n        id\n        name\n      }\n      downloadableBySignedOut\n      pdfUrl\n      docxUrl\n    }\n  }\n':
    types.ReportPreview_ReportDocument,
  '\n  query ReportTexts_Texts($visitId: ID!) {\n    visitReportTexts(visitId: $visitId) {\n      id\n      viewerCanEdit\n      introductionText {\n        documentName\n        viewerCanEdit\n      }\n      conclusionsText {\n        documentName\n        viewerCanEdit\n      }\n    }\n  }\n':
    types.ReportTexts_TextsDocument,
  '\n  query ReportReprisalPage_Options($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n    visits(limit: 200) {\n      nodes {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.ReportReprisalPage_OptionsDocument,
  '\n  mutation ReportReprisalPage_Report($input: ReportReprisalInput!) {\n    reportReprisal(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ReportReprisalPage_ReportDocument,
  '\n  fragment ReprisalPage_Incident on ReprisalIncident {\n    id\n    personPseudonym\n    occurredOn\n    form\n    status\n    description\n    actionTaken\n    createdAt\n    updatedAt\n    ownerOrganisation {\n      id\n      name\n    }\n    relatedVisit {\n      id\n      type\n      startDate\n      places {\n        id\n        name\n      }\n    }\n    viewerCanUpdate\n    namedUsers {\n      id\n      displayName\n    }\n  }\n':
    types.ReprisalPage_IncidentFragmentDoc,
  '\n  query ReprisalPage_Incident($id: ID!) {\n    reprisalIncident(id: $id) {\n      ...ReprisalPage_Incident\n    }\n  }\n':
    types.ReprisalPage_IncidentDocument,
  '\n  query ReprisalsPage_Incidents {\n    reprisalIncidents {\n      id\n      personPseudonym\n      occurredOn\n      form\n      status\n      relatedVisit {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n      namedUsers {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.ReprisalsPage_IncidentsDocument,
  '\n  mutation UpdateReprisalForm_Update($input: UpdateReprisalInput!) {\n    updateReprisal(input: $input) {\n      incident {\n        ...ReprisalPage_Incident\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.UpdateReprisalForm_UpdateDocument,
  '\n  query EnrolPage_Status {\n    twoFactorStatus {\n      stage\n    }\n  }\n': types.EnrolPage_StatusDocument,
  '\n  mutation EnrolPage_SignOut {\n    signOut\n  }\n': types.EnrolPage_SignOutDocument,
  '\n  mutation PasskeySecondStep_Start {\n    startPasskeySecondFactor {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n':
    types.PasskeySecondStep_StartDocument,
  '\n  mutation PasskeySecondStep_Verify($input: VerifyPasskeySecondFactorInput!) {\n    verifyPasskeySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n':
    types.PasskeySecondStep_VerifyDocument,
  '\n  query PasskeysCard_List {\n    twoFactorStatus {\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n':
    types.PasskeysCard_ListDocument,
  '\n  mutation PasskeysCard_Start {\n    startPasskeyRegistration {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n':
    types.PasskeysCard_StartDocument,
  '\n  mutation PasskeysCard_Add($input: AddPasskeyInput!) {\n    addPasskey(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n':
    types.PasskeysCard_AddDocument,
  '\n  mutation PasskeysCard_Remove($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n    }\n  }\n':
    types.PasskeysCard_RemoveDocument,
  '\n  query SecondStepPage_Status {\n    twoFactorStatus {\n      stage\n      passkeyAvailable\n    }\n  }\n':
    types.SecondStepPage_StatusDocument,
  '\n  mutation SecondStepPage_Verify($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      recoveryCodesLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.SecondStepPage_VerifyDocument,
  '\n  mutation SecondStepPage_SignOut {\n    signOut\n  }\n': types.SecondStepPage_SignOutDocument,
  '\n  query SecurityPage_Status {\n    twoFactorStatus {\n      stage\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n':
    types.SecurityPage_StatusDocument,
  '\n  mutation SecurityPage_Regenerate($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.SecurityPage_RegenerateDocument,
  '\n  fragment TwoFactorAdminPanel_Organisation on Organisation {\n    id\n    twoFactorRequired\n    viewerCanManageTwoFactor\n    members {\n      id\n      twoFactorEnabled\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.TwoFactorAdminPanel_OrganisationFragmentDoc,
  '\n  mutation TwoFactorAdminPanel_SetRequired($input: SetTwoFactorRequiredInput!) {\n    setTwoFactorRequired(input: $input) {\n      organisation {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.TwoFactorAdminPanel_SetRequiredDocument,
  '\n  mutation TwoFactorAdminPanel_Reset($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      membership {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.TwoFactorAdminPanel_ResetDocument,
  '\n  mutation TwoFactorEnrolment_Start {\n    startTwoFactorEnrolment {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.TwoFactorEnrolment_StartDocument,
  '\n  mutation TwoFactorEnrolment_Confirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.TwoFactorEnrolment_ConfirmDocument,
  '\n  mutation LanguageSwitcher_SetPreferredLocale($input: SetPreferredLocaleInput!) {\n    setPreferredLocale(input: $input) {\n      user {\n        id\n        preferredLocale\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.LanguageSwitcher_SetPreferredLocaleDocument,
  '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n':
    types.AppShellLayout_UserFragmentDoc,
  '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n        createPlace\n        planVisit\n        recordFinding\n        issueRecommendation\n        reportReprisal\n        readAuditLog\n        readOutbox\n      }\n    }\n  }\n':
    types.AppShellLayout_MembershipFragmentDoc,
  '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n      actingOrganisation {\n        id\n      }\n      platformAdmin\n    }\n  }\n':
    types.AppShellLayout_MeDocument,
  '\n  mutation AppShellLayout_SetActingOrganisation($input: SetActingOrganisationInput!) {\n    setActingOrganisation(input: $input) {\n      me {\n        actingOrganisation {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AppShellLayout_SetActingOrganisationDocument,
  '\n  subscription MembershipLiveUpdates_MembershipChanged($organisationId: ID!) {\n    membershipChanged(organisationId: $organisationId) {\n      kind\n      membershipId\n      organisationId\n    }\n  }\n':
    types.MembershipLiveUpdates_MembershipChangedDocument,
  '\n  mutation SignOutButton_SignOut {\n    signOut\n  }\n': types.SignOutButton_SignOutDocument,
  '\n  fragment SsoSettingsPage_Connection on SsoConnection {\n    id\n    slug\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    jitRole\n    enabled\n    updatedAt\n  }\n':
    types.SsoSettingsPage_ConnectionFragmentDoc,
  '\n  query SsoSettingsPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCanConfigureSso\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n    }\n  }\n':
    types.SsoSettingsPage_OrganisationDocument,
  '\n  mutation SsoSettingsPage_Configure($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.SsoSettingsPage_ConfigureDocument,
  '\n  query SsoSignIn_Providers {\n    ssoProviders {\n      name\n      slug\n    }\n  }\n':
    types.SsoSignIn_ProvidersDocument,
  '\n  query PlanVisitPage_Places {\n    places(limit: 200) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n':
    types.PlanVisitPage_PlacesDocument,
  '\n  mutation PlanVisitPage_PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.PlanVisitPage_PlanVisitDocument,
  '\n  query TeamBuilder_Members($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.TeamBuilder_MembersDocument,
  '\n  fragment VisitLifecycle_Visit on Visit {\n    id\n    status\n    version\n    viewerCan {\n      update\n    }\n  }\n':
    types.VisitLifecycle_VisitFragmentDoc,
  '\n  mutation VisitLifecycle_Move($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        id\n        status\n        version\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.VisitLifecycle_MoveDocument,
  '\n  query VisitPage_Visit($id: ID!, $findingsAfter: String, $recommendationsAfter: String) {\n    visit(id: $id) {\n      id\n      type\n      announced\n      startDate\n      endDate\n      objectives\n      status\n      classification\n      ownerOrganisation {\n        id\n        name\n      }\n      places {\n        id\n        name\n        type\n        region\n      }\n      team {\n        id\n        expertise\n        gender\n        leader\n        user {\n          id\n          displayName\n        }\n      }\n      findings(limit: 50, after: $findingsAfter) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          ...FindingsList_Finding\n        }\n      }\n      ...VisitLifecycle_Visit\n      ...IssuedRecommendations_Visit\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n  }\n':
    types.VisitPage_VisitDocument,
  '\n  query VisitsPage_Visits($filter: VisitFilter, $limit: Int, $after: String) {\n    visits(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n':
    types.VisitsPage_VisitsDocument,
  '\n  fragment VisitsTable_Visit on Visit {\n    id\n    type\n    announced\n    startDate\n    endDate\n    status\n    classification\n    ownerOrganisation {\n      id\n      name\n    }\n    places {\n      id\n      name\n    }\n  }\n':
    types.VisitsTable_VisitFragmentDoc,
  '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n':
    types.WorkingGroupPage_WorkingGroupDocument,
  '\n  mutation ActionComments_Comment($input: CommentOnWorkplanInput!) {\n    commentOnWorkplan(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.ActionComments_CommentDocument,
  '\n  mutation AddActionForm_Add($input: AddActionInput!) {\n    addAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AddActionForm_AddDocument,
  '\n  mutation AddPriorityForm_Add($input: AddPriorityInput!) {\n    addPriority(input: $input) {\n      priority {\n        id\n        title\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.AddPriorityForm_AddDocument,
  '\n  mutation CreateWorkplanForm_Create($input: CreateWorkplanInput!) {\n    createWorkplan(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.CreateWorkplanForm_CreateDocument,
  '\n  query DiscussionThread_Comments($id: ID!, $actionId: ID, $after: String) {\n    workplan(id: $id) {\n      id\n      discussion(first: 20, after: $after, actionId: $actionId) {\n        nodes {\n          id\n          actionId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.DiscussionThread_CommentsDocument,
  '\n  query MyActionsPage_Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {\n    workplanActions(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WorkplanPage_Action\n      }\n    }\n  }\n':
    types.MyActionsPage_ActionsDocument,
  '\n  query VersionHistory_Versions($id: ID!, $after: String) {\n    workplan(id: $id) {\n      id\n      versions(first: 20, after: $after) {\n        nodes {\n          id\n          name\n          createdAt\n          createdBy {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.VersionHistory_VersionsDocument,
  '\n  mutation VersionHistory_Save($input: SaveNarrativeVersionInput!) {\n    saveNarrativeVersion(input: $input) {\n      version {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.VersionHistory_SaveDocument,
  '\n  query VersionViewModal_Html($id: ID!, $versionId: ID!) {\n    workplan(id: $id) {\n      id\n      narrativeVersion(id: $versionId) {\n        id\n        html\n      }\n    }\n  }\n':
    types.VersionViewModal_HtmlDocument,
  '\n  mutation RestoreVersionModal_Restore($input: RestoreNarrativeVersionInput!) {\n    restoreNarrativeVersion(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.RestoreVersionModal_RestoreDocument,
  '\n  subscription WorkplanLiveUpdates_Changed($workplanId: ID!) {\n    workplanChanged(workplanId: $workplanId) {\n      workplanId\n      kind\n      subjectId\n    }\n  }\n':
    types.WorkplanLiveUpdates_ChangedDocument,
  '\n  fragment WorkplanPage_Action on WorkplanAction {\n    id\n    workplanId\n    priorityId\n    title\n    responsibleOrganisation {\n      id\n      name\n    }\n    startDate\n    dueDate\n    status\n    indicator\n    target\n    jointCommitment\n    overdue\n    position\n    version\n    viewerCanUpdate\n  }\n':
    types.WorkplanPage_ActionFragmentDoc,
  '\n  query WorkplanPage_Workplan($id: ID!) {\n    workplan(id: $id) {\n      id\n      title\n      periodStart\n      periodEnd\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      viewerCanEdit\n      version\n      viewerCan {\n        readComments\n        comment\n      }\n      workingGroup {\n        id\n        name\n        members {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      priorities {\n        nodes {\n          id\n          title\n          description\n          position\n          version\n          actions {\n            nodes {\n              ...WorkplanPage_Action\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n':
    types.WorkplanPage_WorkplanDocument,
  '\n  query WorkplansPage_Workplans($workingGroupId: ID!) {\n    workingGroup(id: $workingGroupId) {\n      id\n      name\n      viewerCan {\n        createWorkplan\n      }\n    }\n    workplans(workingGroupId: $workingGroupId) {\n      id\n      title\n      periodStart\n      periodEnd\n      classification\n      updatedAt\n      viewerCanEdit\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.WorkplansPage_WorkplansDocument,
  '\n  mutation UseUpdateAction_Update($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      conflicts {\n        field\n        base\n        yours\n        theirs\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n':
    types.UseUpdateAction_UpdateDocument,
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
  source: '\n  mutation AuthorisePublicationButton_Authorise($input: AuthorisePublicationInput!) {\n    authorisePublication(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AuthorisePublicationButton_Authorise($input: AuthorisePublicationInput!) {\n    authorisePublication(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CommentsPanel_Record on ShareableRecord {\n    id\n    viewerCan {\n      readComments\n      comment\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n      authorOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CommentsPanel_Record on ShareableRecord {\n    id\n    viewerCan {\n      readComments\n      comment\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        displayName\n      }\n      authorOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CommentsPanel_AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorOrganisation {\n          id\n          name\n          kind\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CommentsPanel_AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        createdAt\n        author {\n          id\n          displayName\n        }\n        authorOrganisation {\n          id\n          name\n          kind\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MentionSelect_Members {\n    me {\n      user {\n        id\n      }\n      actingOrganisation {\n        id\n        members {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MentionSelect_Members {\n    me {\n      user {\n        id\n      }\n      actingOrganisation {\n        id\n        members {\n          id\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReclassifyControl_Reclassify($input: ReclassifyRecordInput!) {\n    reclassifyRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReclassifyControl_Reclassify($input: ReclassifyRecordInput!) {\n    reclassifyRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ShareControl_Share($input: ShareRecordInput!) {\n    shareRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ShareControl_Share($input: ShareRecordInput!) {\n    shareRecord(input: $input) {\n      record {\n        id\n        ...WhoCanSeePanel_Record\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  fragment WhoCanSeePanel_Record on ShareableRecord {\n    id\n    classification\n    countryCode\n    ownerOrganisation {\n      id\n      name\n      kind\n      countryCode\n    }\n    workingGroup {\n      id\n      name\n    }\n    readableBy {\n      id\n      name\n      kind\n      countryCode\n    }\n    sharedWith {\n      id\n      name\n      kind\n      countryCode\n    }\n    viewerCan {\n      read\n      update\n      share\n      reclassify\n      reclassifyTo\n      comment\n      export\n      authorisePublication\n    }\n    publication {\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n    updatedAt\n    # Sharing and reclassifying bump the record's version: refresh it so a later edit is not a false conflict.\n    ... on Finding {\n      version\n    }\n    ... on Visit {\n      version\n    }\n    ... on Recommendation {\n      version\n    }\n    ... on Workplan {\n      version\n    }\n  }\n",
): (typeof documents)["\n  fragment WhoCanSeePanel_Record on ShareableRecord {\n    id\n    classification\n    countryCode\n    ownerOrganisation {\n      id\n      name\n      kind\n      countryCode\n    }\n    workingGroup {\n      id\n      name\n    }\n    readableBy {\n      id\n      name\n      kind\n      countryCode\n    }\n    sharedWith {\n      id\n      name\n      kind\n      countryCode\n    }\n    viewerCan {\n      read\n      update\n      share\n      reclassify\n      reclassifyTo\n      comment\n      export\n      authorisePublication\n    }\n    publication {\n      publishedAt\n      publishedBy {\n        id\n        displayName\n      }\n    }\n    updatedAt\n    # Sharing and reclassifying bump the record's version: refresh it so a later edit is not a false conflict.\n    ... on Finding {\n      version\n    }\n    ... on Visit {\n      version\n    }\n    ... on Recommendation {\n      version\n    }\n    ... on Workplan {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KnownOrganisations_WorkingGroups {\n    workingGroups {\n      id\n      name\n      kind\n      members {\n        id\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KnownOrganisations_WorkingGroups {\n    workingGroups {\n      id\n      name\n      kind\n      members {\n        id\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnnualReportDownloads_Request($input: RequestAnnualReportInput!) {\n    requestAnnualReport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        recordsRead\n        totalRecords\n        recordCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AnnualReportDownloads_Request($input: RequestAnnualReportInput!) {\n    requestAnnualReport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        recordsRead\n        totalRecords\n        recordCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualReportDownloads_Job($id: ID!) {\n    annualReportJob(id: $id) {\n      id\n      status\n      recordsRead\n      totalRecords\n      recordCount\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  query AnnualReportDownloads_Job($id: ID!) {\n    annualReportJob(id: $id) {\n      id\n      status\n      recordsRead\n      totalRecords\n      recordCount\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AnnualReportPage_Preview($filter: AnnualReportFilter) {\n    annualReportPreview(filter: $filter) {\n      total\n      overdue\n      discrepancies\n      dialogueEntries\n      runsAsJob\n      acceptance {\n        acceptance\n        count\n      }\n      implementation {\n        status\n        state\n        monitor\n      }\n      byAuthority {\n        authority\n        total\n        accepted\n        stateImplemented\n        monitorImplemented\n        overdue\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AnnualReportPage_Preview($filter: AnnualReportFilter) {\n    annualReportPreview(filter: $filter) {\n      total\n      overdue\n      discrepancies\n      dialogueEntries\n      runsAsJob\n      acceptance {\n        acceptance\n        count\n      }\n      implementation {\n        status\n        state\n        monitor\n      }\n      byAuthority {\n        authority\n        total\n        accepted\n        stateImplemented\n        monitorImplemented\n        overdue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChainBanner_Status($organisationId: ID!) {\n    auditChainStatus(organisationId: $organisationId) {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n',
): (typeof documents)['\n  query AuditChainBanner_Status($organisationId: ID!) {\n    auditChainStatus(organisationId: $organisationId) {\n      ok\n      entries\n      firstBrokenSeq\n      reason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogPage_Log($organisationId: ID!, $action: String, $limit: Int, $after: String) {\n    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        seq\n        at\n        action\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditLogPage_Log($organisationId: ID!, $action: String, $limit: Int, $after: String) {\n    auditLog(organisationId: $organisationId, action: $action, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        seq\n        at\n        action\n        subjectType\n        subjectId\n        details\n        actor {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n    twoFactorStatus {\n      stage\n    }\n  }\n',
): (typeof documents)['\n  query SignInPage_Me {\n    me {\n      user {\n        id\n      }\n    }\n    twoFactorStatus {\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      nextStep\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignInPage_SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      nextStep\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionSection_Dashboard on Dashboard {\n    actions {\n      total\n      overdue\n      byStatus {\n        status\n        count\n      }\n      jointCommitments {\n        organisationId\n        organisationName\n        total\n        done\n        inProgress\n        overdue\n      }\n    }\n    overdueActions {\n      id\n      workplanId\n      title\n      dueDate\n      status\n      responsibleOrganisationName\n    }\n  }\n',
): (typeof documents)['\n  fragment ActionSection_Dashboard on Dashboard {\n    actions {\n      total\n      overdue\n      byStatus {\n        status\n        count\n      }\n      jointCommitments {\n        organisationId\n        organisationName\n        total\n        done\n        inProgress\n        overdue\n      }\n    }\n    overdueActions {\n      id\n      workplanId\n      title\n      dueDate\n      status\n      responsibleOrganisationName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardPage_Choices {\n    workingGroups {\n      id\n      name\n      countryCode\n    }\n  }\n',
): (typeof documents)['\n  query DashboardPage_Choices {\n    workingGroups {\n      id\n      name\n      countryCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardPage_Dashboard($scope: DashboardScopeInput!) {\n    dashboard(scope: $scope) {\n      kind\n      id\n      name\n      ...SummaryStrip_Dashboard\n      ...RecommendationSection_Dashboard\n      ...FindingSection_Dashboard\n      ...ActionSection_Dashboard\n    }\n  }\n',
): (typeof documents)['\n  query DashboardPage_Dashboard($scope: DashboardScopeInput!) {\n    dashboard(scope: $scope) {\n      kind\n      id\n      name\n      ...SummaryStrip_Dashboard\n      ...RecommendationSection_Dashboard\n      ...FindingSection_Dashboard\n      ...ActionSection_Dashboard\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FindingSection_Dashboard on Dashboard {\n    findings {\n      total\n      byAreaAndYear {\n        row\n        column\n        count\n      }\n      byVulnerabilityAndYear {\n        row\n        column\n        count\n      }\n      riskFactorsByPlaceType {\n        row\n        column\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment FindingSection_Dashboard on Dashboard {\n    findings {\n      total\n      byAreaAndYear {\n        row\n        column\n        count\n      }\n      byVulnerabilityAndYear {\n        row\n        column\n        count\n      }\n      riskFactorsByPlaceType {\n        row\n        column\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationSection_Counts on RecommendationCounts {\n    total\n    pending\n    stateReported\n    stateImplemented\n    monitorAssessed\n    monitorImplemented\n    discrepancies\n    overdueResponses\n    acceptanceRate\n    stateImplementationRate\n    monitorImplementationRate\n  }\n',
): (typeof documents)['\n  fragment RecommendationSection_Counts on RecommendationCounts {\n    total\n    pending\n    stateReported\n    stateImplemented\n    monitorAssessed\n    monitorImplemented\n    discrepancies\n    overdueResponses\n    acceptanceRate\n    stateImplementationRate\n    monitorImplementationRate\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationSection_Dashboard on Dashboard {\n    recommendations {\n      byAuthority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byTheme {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPlaceType {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPriority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byYear {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n    }\n    discrepancies {\n      id\n      reference\n      title\n      stateStatus\n      monitorStatus\n    }\n    repeatedRecommendations {\n      id\n      reference\n      title\n      issuedOn\n    }\n  }\n',
): (typeof documents)['\n  fragment RecommendationSection_Dashboard on Dashboard {\n    recommendations {\n      byAuthority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byTheme {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPlaceType {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byPriority {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n      byYear {\n        key\n        label\n        counts {\n          ...RecommendationSection_Counts\n        }\n      }\n    }\n    discrepancies {\n      id\n      reference\n      title\n      stateStatus\n      monitorStatus\n    }\n    repeatedRecommendations {\n      id\n      reference\n      title\n      issuedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SummaryStrip_Dashboard on Dashboard {\n    recommendations {\n      overall {\n        total\n        pending\n        overdueResponses\n        discrepancies\n        repeated\n        acceptanceRate\n        stateImplementationRate\n        monitorImplementationRate\n      }\n    }\n    findings {\n      total\n    }\n    actions {\n      total\n      overdue\n    }\n  }\n',
): (typeof documents)['\n  fragment SummaryStrip_Dashboard on Dashboard {\n    recommendations {\n      overall {\n        total\n        pending\n        overdueResponses\n        discrepancies\n        repeated\n        acceptanceRate\n        stateImplementationRate\n        monitorImplementationRate\n      }\n    }\n    findings {\n      total\n    }\n    actions {\n      total\n      overdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindingsLibraryPage_Findings($filter: FindingFilter, $limit: Int, $after: String) {\n    findings(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...FindingsList_Finding\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindingsLibraryPage_Findings($filter: FindingFilter, $limit: Int, $after: String) {\n    findings(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...FindingsList_Finding\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindingsLibraryPage_Facets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      total\n      sampled\n      sampleSize\n      monitoringArea {\n        value\n        count\n      }\n      riskFactor {\n        value\n        count\n      }\n      vulnerability {\n        value\n        count\n      }\n      placeType {\n        value\n        count\n      }\n      country {\n        value\n        count\n      }\n      goodPractice {\n        value\n        count\n      }\n      classification {\n        value\n        count\n      }\n      visitYear {\n        value\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FindingsLibraryPage_Facets($filter: FindingFilter) {\n    findingFacets(filter: $filter) {\n      total\n      sampled\n      sampleSize\n      monitoringArea {\n        value\n        count\n      }\n      riskFactor {\n        value\n        count\n      }\n      vulnerability {\n        value\n        count\n      }\n      placeType {\n        value\n        count\n      }\n      country {\n        value\n        count\n      }\n      goodPractice {\n        value\n        count\n      }\n      classification {\n        value\n        count\n      }\n      visitYear {\n        value\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FollowUpVisit_Visits {\n    visits(limit: 100) {\n      nodes {\n        id\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FollowUpVisit_Visits {\n    visits(limit: 100) {\n      nodes {\n        id\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IssueFromFinding_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      title\n      monitoringArea\n      place {\n        id\n        name\n        region\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IssueFromFinding_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      title\n      monitoringArea\n      place {\n        id\n        name\n        region\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IssuedRecommendations_Visit on Visit {\n    id\n    recommendations(limit: 50, after: $recommendationsAfter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        title\n        issuedOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IssuedRecommendations_Visit on Visit {\n    id\n    recommendations(limit: 50, after: $recommendationsAfter) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        reference\n        title\n        issuedOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchPage_Search($query: String!, $types: [SearchKind!], $limit: Int, $after: String) {\n    search(query: $query, types: $types, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        headline {\n          text\n          match\n        }\n        record {\n          __typename\n          ... on Finding {\n            id\n            riskFactors\n            vulnerabilities\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchPage_Search($query: String!, $types: [SearchKind!], $limit: Int, $after: String) {\n    search(query: $query, types: $types, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        kind\n        title\n        headline {\n          text\n          match\n        }\n        record {\n          __typename\n          ... on Finding {\n            id\n            riskFactors\n            vulnerabilities\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportMenu_Request($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        rowsWritten\n        totalRows\n        rowCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportMenu_Request($input: RequestExportInput!) {\n    requestExport(input: $input) {\n      downloadUrl\n      job {\n        id\n        status\n        rowsWritten\n        totalRows\n        rowCount\n        downloadUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportMenu_Job($id: ID!) {\n    exportJob(id: $id) {\n      id\n      status\n      rowsWritten\n      totalRows\n      rowCount\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  query ExportMenu_Job($id: ID!) {\n    exportJob(id: $id) {\n      id\n      status\n      rowsWritten\n      totalRows\n      rowCount\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPage_Preview($input: ImportSpreadsheetInput!) {\n    previewImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportPage_Preview($input: ImportSpreadsheetInput!) {\n    previewImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportPage_Commit($input: ImportSpreadsheetInput!) {\n    commitImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportPage_Commit($input: ImportSpreadsheetInput!) {\n    commitImport(input: $input) {\n      columns\n      fields\n      mapping {\n        field\n        column\n      }\n      rowCount\n      preview {\n        row\n        values\n      }\n      rowErrors {\n        row\n        field\n        column\n        code\n        message\n      }\n      createdCount\n      committed\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EvidencePersonalDataToggle_Set($input: SetEvidencePersonalDataInput!) {\n    setEvidencePersonalData(input: $input) {\n      evidence {\n        id\n        containsPersonalData\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EvidencePersonalDataToggle_Set($input: SetEvidencePersonalDataInput!) {\n    setEvidencePersonalData(input: $input) {\n      evidence {\n        id\n        containsPersonalData\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvidenceSection_Finding on Finding {\n    id\n    viewerCan {\n      update\n    }\n    withheldEvidenceCount\n    evidence {\n      id\n      fileName\n      mimeType\n      sizeBytes\n      sha256\n      uploadedAt\n      containsPersonalData\n      viewerCan {\n        download\n        setPersonalData\n      }\n      downloadUrl\n    }\n  }\n',
): (typeof documents)['\n  fragment EvidenceSection_Finding on Finding {\n    id\n    viewerCan {\n      update\n    }\n    withheldEvidenceCount\n    evidence {\n      id\n      fileName\n      mimeType\n      sizeBytes\n      sha256\n      uploadedAt\n      containsPersonalData\n      viewerCan {\n        download\n        setPersonalData\n      }\n      downloadUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FindingEditor_Update($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        id\n        ...FindingPage_Details\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FindingEditor_Update($input: UpdateFindingInput!) {\n    updateFinding(input: $input) {\n      finding {\n        id\n        ...FindingPage_Details\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FindingPage_Details on Finding {\n    id\n    title\n    monitoringArea\n    riskFactors\n    vulnerabilities\n    description\n    sources\n    severity\n    goodPractice\n    version\n    classification\n    updatedAt\n    viewerCanReadPersonalData\n    place {\n      id\n      name\n    }\n    interviewees {\n      id\n      pseudonym\n      identity\n      contact\n      medicalNotes\n      atRisk\n      welfareCheckDueOn\n    }\n  }\n',
): (typeof documents)['\n  fragment FindingPage_Details on Finding {\n    id\n    title\n    monitoringArea\n    riskFactors\n    vulnerabilities\n    description\n    sources\n    severity\n    goodPractice\n    version\n    classification\n    updatedAt\n    viewerCanReadPersonalData\n    place {\n      id\n      name\n    }\n    interviewees {\n      id\n      pseudonym\n      identity\n      contact\n      medicalNotes\n      atRisk\n      welfareCheckDueOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindingPage_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      ...FindingPage_Details\n      visit {\n        id\n        startDate\n        endDate\n        places {\n          id\n          name\n        }\n      }\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      ...EvidenceSection_Finding\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n      ...PublishPracticeButton_Finding\n    }\n  }\n',
): (typeof documents)['\n  query FindingPage_Finding($id: ID!) {\n    finding(id: $id) {\n      id\n      ...FindingPage_Details\n      visit {\n        id\n        startDate\n        endDate\n        places {\n          id\n          name\n        }\n      }\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      ...EvidenceSection_Finding\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n      ...PublishPracticeButton_Finding\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FindingsList_Finding on Finding {\n    id\n    title\n    severity\n    monitoringArea\n    goodPractice\n    classification\n    place {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment FindingsList_Finding on Finding {\n    id\n    title\n    severity\n    monitoringArea\n    goodPractice\n    classification\n    place {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewFindingPage_Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      startDate\n      workingGroup {\n        id\n      }\n      places {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewFindingPage_Visit($id: ID!) {\n    visit(id: $id) {\n      id\n      startDate\n      workingGroup {\n        id\n      }\n      places {\n        id\n        name\n      }\n      team {\n        id\n        user {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewFindingPage_RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) {\n      finding {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NewFindingPage_RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) {\n      finding {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
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
  source: '\n  query WhatNeedsMe_Query($organisationId: ID!) {\n    responsesDue: recommendations(\n      filter: { addresseeId: $organisationId, acceptance: [PENDING] }\n      sort: DUE_ASC\n      limit: 5\n    ) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        reference\n        title\n        responseDueOn\n        responseOverdue\n      }\n    }\n    overdueActions: workplanActions(filter: { responsibleOrganisationId: $organisationId, overdue: true }, limit: 5) {\n      nodes {\n        id\n        workplanId\n        title\n        dueDate\n      }\n    }\n    whatNeedsMe {\n      lastVisitAt\n      awaitingAssessment {\n        id\n        reference\n        title\n      }\n      sharedSinceLastVisit {\n        recordType\n        id\n        title\n        ownerOrganisationName\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WhatNeedsMe_Query($organisationId: ID!) {\n    responsesDue: recommendations(\n      filter: { addresseeId: $organisationId, acceptance: [PENDING] }\n      sort: DUE_ASC\n      limit: 5\n    ) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        reference\n        title\n        responseDueOn\n        responseOverdue\n      }\n    }\n    overdueActions: workplanActions(filter: { responsibleOrganisationId: $organisationId, overdue: true }, limit: 5) {\n      nodes {\n        id\n        workplanId\n        title\n        dueDate\n      }\n    }\n    whatNeedsMe {\n      lastVisitAt\n      awaitingAssessment {\n        id\n        reference\n        title\n      }\n      sharedSinceLastVisit {\n        recordType\n        id\n        title\n        ownerOrganisationName\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WhatNeedsMe_MarkVisited {\n    markHomeVisited\n  }\n',
): (typeof documents)['\n  mutation WhatNeedsMe_MarkVisited {\n    markHomeVisited\n  }\n'];
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
  source: '\n  subscription LiveRecords_Changed($recordTypes: [RecordType!]) {\n    readableRecordsChanged(recordTypes: $recordTypes) {\n      recordType\n      recordId\n      readable\n    }\n  }\n',
): (typeof documents)['\n  subscription LiveRecords_Changed($recordTypes: [RecordType!]) {\n    readableRecordsChanged(recordTypes: $recordTypes) {\n      recordType\n      recordId\n      readable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      nextStep\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      me {\n        user {\n          id\n          displayName\n          preferredLocale\n        }\n      }\n      nextStep\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OutboxPage_Outbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    outbox(organisationId: $organisationId, limit: 50) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query OutboxPage_Outbox($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n    }\n    outbox(organisationId: $organisationId, limit: 50) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddMemberForm_AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      membership {\n        ...MembersTable_Membership\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n        readOutbox\n      }\n      viewerCanConfigureSso\n      members {\n        ...MembersTable_Membership\n      }\n      ...TwoFactorAdminPanel_Organisation\n    }\n  }\n',
): (typeof documents)['\n  query MembersPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      viewerCan {\n        manageMembers\n        readMembers\n        readOutbox\n      }\n      viewerCanConfigureSso\n      members {\n        ...MembersTable_Membership\n      }\n      ...TwoFactorAdminPanel_Organisation\n    }\n  }\n'];
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
  source: '\n  query NotificationBell_Count {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query NotificationBell_Count {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationBell_Received {\n    notificationReceived {\n      notificationId\n      event\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationBell_Received {\n    notificationReceived {\n      notificationId\n      event\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationPreferencesPage_Get {\n    notificationPreferences {\n      emailDigest\n      timeZone\n      defaultTimeZone\n      channels {\n        event\n        inApp\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NotificationPreferencesPage_Get {\n    notificationPreferences {\n      emailDigest\n      timeZone\n      defaultTimeZone\n      channels {\n        event\n        inApp\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationPreferencesPage_Update($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        emailDigest\n        timeZone\n        defaultTimeZone\n        channels {\n          event\n          inApp\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NotificationPreferencesPage_Update($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      preferences {\n        emailDigest\n        timeZone\n        defaultTimeZone\n        channels {\n          event\n          inApp\n          email\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationsPage_Item on Notification {\n    id\n    event\n    createdAt\n    readAt\n    available\n    subjectType\n    subjectId\n    workplanId\n    subjectTitle\n    organisationName\n  }\n',
): (typeof documents)['\n  fragment NotificationsPage_Item on Notification {\n    id\n    event\n    createdAt\n    readAt\n    available\n    subjectType\n    subjectId\n    workplanId\n    subjectTitle\n    organisationName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NotificationsPage_List($filter: NotificationFilter, $limit: Int, $after: String) {\n    notifications(filter: $filter, limit: $limit, after: $after) {\n      nodes {\n        ...NotificationsPage_Item\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query NotificationsPage_List($filter: NotificationFilter, $limit: Int, $after: String) {\n    notifications(filter: $filter, limit: $limit, after: $after) {\n      nodes {\n        ...NotificationsPage_Item\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsPage_MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  mutation NotificationsPage_MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      marked\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NotificationsPage_MarkAllRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n',
): (typeof documents)['\n  mutation NotificationsPage_MarkAllRead {\n    markAllNotificationsRead {\n      marked\n      unreadCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableTwoFactorCard_Disable($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      status {\n        enabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableTwoFactorCard_Disable($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input) {\n      status {\n        enabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GroupInvitationsPanel_Invitations {\n    me {\n      workingGroupInvitations {\n        id\n        workingGroupName\n        workingGroupKind\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query GroupInvitationsPanel_Invitations {\n    me {\n      workingGroupInvitations {\n        id\n        workingGroupName\n        workingGroupKind\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GroupInvitationsPanel_Respond($input: RespondToWorkingGroupInvitationInput!) {\n    respondToWorkingGroupInvitation(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation GroupInvitationsPanel_Respond($input: RespondToWorkingGroupInvitationInput!) {\n    respondToWorkingGroupInvitation(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinRequestPage_Request($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinRequestPage_Request($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      received\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JoinRequestsPage_Queue {\n    joinRequests(status: PENDING, limit: 100) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      contactName\n      contactEmail\n      message\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query JoinRequestsPage_Queue {\n    joinRequests(status: PENDING, limit: 100) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      contactName\n      contactEmail\n      message\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation JoinRequestsPage_Decide($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      joinRequest {\n        id\n        status\n        organisation {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation JoinRequestsPage_Decide($input: DecideJoinRequestInput!) {\n    decideJoinRequest(input: $input) {\n      joinRequest {\n        id\n        status\n        organisation {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewWorkingGroupPage_Create($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NewWorkingGroupPage_Create($input: CreateWorkingGroupInput!) {\n    createWorkingGroup(input: $input) {\n      workingGroup {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      npmModel\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformOutbox_Mail {\n    platformOutbox(limit: 20) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  query PlatformOutbox_Mail {\n    platformOutbox(limit: 20) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformPage_Organisations {\n    platformOrganisations(limit: 200) {\n      id\n      name\n      kind\n      countryCode\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlatformPage_Organisations {\n    platformOrganisations(limit: 200) {\n      id\n      name\n      kind\n      countryCode\n      hostInstitution {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlatformPage_Create($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlatformPage_Create($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation {\n        id\n        name\n      }\n      invitationSent\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlatformPage_SetHost($input: SetHostInstitutionInput!) {\n    setHostInstitution(input: $input) {\n      organisation {\n        id\n        hostInstitution {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlatformPage_SetHost($input: SetHostInstitutionInput!) {\n    setHostInstitution(input: $input) {\n      organisation {\n        id\n        hostInstitution {\n          id\n          name\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingGroupMembersPage_Group($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        viewerCanRemove\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      invitations {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkingGroupMembersPage_Group($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        viewerCanRemove\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      invitations {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingGroupMembersPage_Directory($search: String!) {\n    organisationDirectory(search: $search, limit: 20) {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query WorkingGroupMembersPage_Directory($search: String!) {\n    organisationDirectory(search: $search, limit: 20) {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WorkingGroupMembersPage_Invite($input: InviteToWorkingGroupInput!) {\n    inviteToWorkingGroup(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WorkingGroupMembersPage_Invite($input: InviteToWorkingGroupInput!) {\n    inviteToWorkingGroup(input: $input) {\n      invitation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WorkingGroupMembersPage_Standing($input: SetWorkingGroupStandingInput!) {\n    setWorkingGroupStanding(input: $input) {\n      member {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WorkingGroupMembersPage_Standing($input: SetWorkingGroupStandingInput!) {\n    setWorkingGroupStanding(input: $input) {\n      member {\n        id\n        role\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WorkingGroupMembersPage_Remove($input: RemoveFromWorkingGroupInput!) {\n    removeFromWorkingGroup(input: $input) {\n      removedOrganisationId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WorkingGroupMembersPage_Remove($input: RemoveFromWorkingGroupInput!) {\n    removeFromWorkingGroup(input: $input) {\n      removedOrganisationId\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacePage_Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      type\n      status\n      countryCode\n      region\n      address\n      capacity\n      occupancyRate\n      classification\n      responsibleAuthority {\n        id\n        name\n        kind\n      }\n      currentPopulation {\n        id\n        countedOn\n        population\n      }\n      ...PopulationSection_Place\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n    visits(filter: { placeId: $id }, limit: 100) {\n      totalCount\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlacePage_Place($id: ID!) {\n    place(id: $id) {\n      id\n      name\n      type\n      status\n      countryCode\n      region\n      address\n      capacity\n      occupancyRate\n      classification\n      responsibleAuthority {\n        id\n        name\n        kind\n      }\n      currentPopulation {\n        id\n        countedOn\n        population\n      }\n      ...PopulationSection_Place\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n    visits(filter: { placeId: $id }, limit: 100) {\n      totalCount\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacesPage_Places($filter: PlaceFilter, $limit: Int, $after: String) {\n    places(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...PlacesTable_Place\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlacesPage_Places($filter: PlaceFilter, $limit: Int, $after: String) {\n    places(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...PlacesTable_Place\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlacesTable_Place on Place {\n    id\n    name\n    type\n    status\n    region\n    countryCode\n    capacity\n    classification\n    occupancyRate\n    responsibleAuthority {\n      id\n      name\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    lastVisit {\n      id\n      startDate\n    }\n  }\n',
): (typeof documents)['\n  fragment PlacesTable_Place on Place {\n    id\n    name\n    type\n    status\n    region\n    countryCode\n    capacity\n    classification\n    occupancyRate\n    responsibleAuthority {\n      id\n      name\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    lastVisit {\n      id\n      startDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PopulationSection_Place on Place {\n    id\n    capacity\n    occupancyRate\n    viewerCan {\n      update\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    populationHistory {\n      id\n      countedOn\n      population\n    }\n  }\n',
): (typeof documents)['\n  fragment PopulationSection_Place on Place {\n    id\n    capacity\n    occupancyRate\n    viewerCan {\n      update\n    }\n    currentPopulation {\n      id\n      countedOn\n      population\n    }\n    populationHistory {\n      id\n      countedOn\n      population\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PopulationSection_Record($input: RecordPlacePopulationInput!) {\n    recordPlacePopulation(input: $input) {\n      place {\n        id\n        ...PopulationSection_Place\n        ...PlacesTable_Place\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PopulationSection_Record($input: RecordPlacePopulationInput!) {\n    recordPlacePopulation(input: $input) {\n      place {\n        id\n        ...PopulationSection_Place\n        ...PlacesTable_Place\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegisterPlaceModal_CreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RegisterPlaceModal_CreatePlace($input: CreatePlaceInput!) {\n    createPlace(input: $input) {\n      place {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkPracticesPage_Options {\n    networkPractices {\n      id\n      countryCode\n      network {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkPracticesPage_Options {\n    networkPractices {\n      id\n      countryCode\n      network {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NetworkPracticesPage_Practices($filter: NetworkPracticeFilter) {\n    networkPractices(filter: $filter) {\n      id\n      title\n      summary\n      theme\n      countryCode\n      publishedAt\n      publishedBy {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NetworkPracticesPage_Practices($filter: NetworkPracticeFilter) {\n    networkPractices(filter: $filter) {\n      id\n      title\n      summary\n      theme\n      countryCode\n      publishedAt\n      publishedBy {\n        id\n        name\n      }\n      network {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticeNoteForm_Networks {\n    me {\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PracticeNoteForm_Networks {\n    me {\n      workingGroups {\n        id\n        name\n        kind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PracticeNoteForm_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PracticeNoteForm_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PublishPracticeButton_Finding on Finding {\n    id\n    practiceNetworks {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PublishPracticeButton_Finding on Finding {\n    id\n    practiceNetworks {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishPracticeButton_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishPracticeButton_Publish($input: PublishPracticeToNetworkInput!) {\n    publishPracticeToNetwork(input: $input) {\n      practice {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AddresseeSelect_PlaceAuthorities {\n    places(limit: 200) {\n      nodes {\n        id\n        responsibleAuthority {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AddresseeSelect_PlaceAuthorities {\n    places(limit: 200) {\n      nodes {\n        id\n        responsibleAuthority {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdoptDraftButton_Adopt($input: AdoptRecommendationDraftInput!) {\n    adoptRecommendationDraft(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdoptDraftButton_Adopt($input: AdoptRecommendationDraftInput!) {\n    adoptRecommendationDraft(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueRecommendationPage_Issue($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) {\n      recommendation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueRecommendationPage_Issue($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) {\n      recommendation {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkPickers_Findings($search: String) {\n    findings(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        title\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LinkPickers_Findings($search: String) {\n    findings(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        title\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkPickers_Places($search: String) {\n    places(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LinkPickers_Places($search: String) {\n    places(filter: { search: $search }, limit: 20) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkPickers_Recommendations($search: String) {\n    recommendations(filter: { search: $search }, sort: REFERENCE, limit: 20) {\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LinkPickers_Recommendations($search: String) {\n    recommendations(filter: { search: $search }, sort: REFERENCE, limit: 20) {\n      nodes {\n        id\n        reference\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LinkedRecords_Recommendation on Recommendation {\n    id\n    findings {\n      id\n      title\n      place {\n        id\n        name\n      }\n    }\n    places {\n      id\n      name\n      type\n    }\n    repeats {\n      id\n      reference\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment LinkedRecords_Recommendation on Recommendation {\n    id\n    findings {\n      id\n      title\n      place {\n        id\n        name\n      }\n    }\n    places {\n      id\n      name\n      type\n    }\n    repeats {\n      id\n      reference\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationHeader_Recommendation on Recommendation {\n    id\n    reference\n    title\n    theme\n    source\n    level\n    priority\n    classification\n    issuedOn\n    targetDate\n    responseDueOn\n    responseOverdue\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment RecommendationHeader_Recommendation on Recommendation {\n    id\n    reference\n    title\n    theme\n    source\n    level\n    priority\n    classification\n    issuedOn\n    targetDate\n    responseDueOn\n    responseOverdue\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationPage_Detail on Recommendation {\n    id\n    version\n    text\n    draftText {\n      documentName\n      viewerCanEdit\n    }\n    viewerCanRespond\n    viewerCanAssess\n    ...RecommendationHeader_Recommendation\n    ...LinkedRecords_Recommendation\n    ...StatusPanel_Recommendation\n    ...RecommendationTimeline_Recommendation\n    ...WhoCanSeePanel_Record\n    ...CommentsPanel_Record\n  }\n',
): (typeof documents)['\n  fragment RecommendationPage_Detail on Recommendation {\n    id\n    version\n    text\n    draftText {\n      documentName\n      viewerCanEdit\n    }\n    viewerCanRespond\n    viewerCanAssess\n    ...RecommendationHeader_Recommendation\n    ...LinkedRecords_Recommendation\n    ...StatusPanel_Recommendation\n    ...RecommendationTimeline_Recommendation\n    ...WhoCanSeePanel_Record\n    ...CommentsPanel_Record\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendationPage_Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationPage_Detail\n    }\n  }\n',
): (typeof documents)['\n  query RecommendationPage_Recommendation($id: ID!) {\n    recommendation(id: $id) {\n      ...RecommendationPage_Detail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationTimeline_Recommendation on Recommendation {\n    id\n    issuedOn\n    ownerOrganisation {\n      id\n      name\n    }\n    responses {\n      id\n      respondedOn\n      text\n      acceptance\n      proposedTimeline\n      authorOrganisation {\n        id\n        name\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    followUps {\n      id\n      kind\n      happenedOn\n      outcome\n      visit {\n        id\n        startDate\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RecommendationTimeline_Recommendation on Recommendation {\n    id\n    issuedOn\n    ownerOrganisation {\n      id\n      name\n    }\n    responses {\n      id\n      respondedOn\n      text\n      acceptance\n      proposedTimeline\n      authorOrganisation {\n        id\n        name\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    followUps {\n      id\n      kind\n      happenedOn\n      outcome\n      visit {\n        id\n        startDate\n      }\n      recordedBy {\n        id\n        displayName\n      }\n    }\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecommendationsPage_List(\n    $filter: RecommendationFilter\n    $sort: RecommendationSort\n    $limit: Int\n    $after: String\n  ) {\n    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RecommendationsTable_Row\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RecommendationsPage_List(\n    $filter: RecommendationFilter\n    $sort: RecommendationSort\n    $limit: Int\n    $after: String\n  ) {\n    recommendations(filter: $filter, sort: $sort, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...RecommendationsTable_Row\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RecommendationsTable_Row on Recommendation {\n    id\n    reference\n    title\n    theme\n    priority\n    acceptance\n    stateStatus\n    monitorStatus\n    responseDueOn\n    responseOverdue\n    classification\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n  }\n',
): (typeof documents)['\n  fragment RecommendationsTable_Row on Recommendation {\n    id\n    reference\n    title\n    theme\n    priority\n    acceptance\n    stateStatus\n    monitorStatus\n    responseDueOn\n    responseOverdue\n    classification\n    addressee {\n      id\n      name\n      kind\n      countryCode\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordFollowUpForm_Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordFollowUpForm_Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordResponseForm_Record($input: RecordAuthorityResponseInput!) {\n    recordAuthorityResponse(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordResponseForm_Record($input: RecordAuthorityResponseInput!) {\n    recordAuthorityResponse(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordStatusForm_Record($input: RecordImplementationStatusInput!) {\n    recordImplementationStatus(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordStatusForm_Record($input: RecordImplementationStatusInput!) {\n    recordImplementationStatus(input: $input) {\n      recommendation {\n        ...RecommendationPage_Detail\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatusPanel_Recommendation on Recommendation {\n    id\n    acceptance\n    stateStatus\n    monitorStatus\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment StatusPanel_Recommendation on Recommendation {\n    id\n    acceptance\n    stateStatus\n    monitorStatus\n    history {\n      id\n      kind\n      value\n      effectiveOn\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrackerSummary_Counts(\n    $overdue: RecommendationFilter!\n    $pending: RecommendationFilter!\n    $implementedState: RecommendationFilter!\n    $implementedMonitor: RecommendationFilter!\n  ) {\n    overdue: recommendations(filter: $overdue, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    pending: recommendations(filter: $pending, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedState: recommendations(filter: $implementedState, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedMonitor: recommendations(filter: $implementedMonitor, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n  }\n',
): (typeof documents)['\n  query TrackerSummary_Counts(\n    $overdue: RecommendationFilter!\n    $pending: RecommendationFilter!\n    $implementedState: RecommendationFilter!\n    $implementedMonitor: RecommendationFilter!\n  ) {\n    overdue: recommendations(filter: $overdue, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    pending: recommendations(filter: $pending, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedState: recommendations(filter: $implementedState, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n    implementedMonitor: recommendations(filter: $implementedMonitor, limit: 1) {\n      totalCount\n      totalCountCapped\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportPage_Versions($visitId: ID!) {\n    visit(id: $visitId) {\n      id\n      places {\n        id\n        name\n      }\n    }\n    availableReportVersions(visitId: $visitId) {\n      version\n      refusedReason\n      authorities {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportPage_Versions($visitId: ID!) {\n    visit(id: $visitId) {\n      id\n      places {\n        id\n        name\n      }\n    }\n    availableReportVersions(visitId: $visitId) {\n      version\n      refusedReason\n      authorities {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportPreview_Report($visitId: ID!, $version: ReportVersion!, $authorityId: ID, $language: ReportLanguage) {\n    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId, language: $language) {\n      id\n      version\n      audience {\n        id\n        name\n      }\n      includesVisitDetails\n      sections\n      placeNames\n      findings {\n        id\n        title\n        monitoringArea\n        intervieweeCount\n        includesPersonalData\n      }\n      recommendations {\n        id\n        reference\n        title\n        addressee\n      }\n      leftOut {\n        recordType\n        reason\n        count\n      }\n      downloadableBy {\n        id\n        name\n      }\n      downloadableBySignedOut\n      pdfUrl\n      docxUrl\n    }\n  }\n',
): (typeof documents)['\n  query ReportPreview_Report($visitId: ID!, $version: ReportVersion!, $authorityId: ID, $language: ReportLanguage) {\n    visitReport(visitId: $visitId, version: $version, authorityId: $authorityId, language: $language) {\n      id\n      version\n      audience {\n        id\n        name\n      }\n      includesVisitDetails\n      sections\n      placeNames\n      findings {\n        id\n        title\n        monitoringArea\n        intervieweeCount\n        includesPersonalData\n      }\n      recommendations {\n        id\n        reference\n        title\n        addressee\n      }\n      leftOut {\n        recordType\n        reason\n        count\n      }\n      downloadableBy {\n        id\n        name\n      }\n      downloadableBySignedOut\n      pdfUrl\n      docxUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportTexts_Texts($visitId: ID!) {\n    visitReportTexts(visitId: $visitId) {\n      id\n      viewerCanEdit\n      introductionText {\n        documentName\n        viewerCanEdit\n      }\n      conclusionsText {\n        documentName\n        viewerCanEdit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportTexts_Texts($visitId: ID!) {\n    visitReportTexts(visitId: $visitId) {\n      id\n      viewerCanEdit\n      introductionText {\n        documentName\n        viewerCanEdit\n      }\n      conclusionsText {\n        documentName\n        viewerCanEdit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportReprisalPage_Options($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n    visits(limit: 200) {\n      nodes {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportReprisalPage_Options($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n    visits(limit: 200) {\n      nodes {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportReprisalPage_Report($input: ReportReprisalInput!) {\n    reportReprisal(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReportReprisalPage_Report($input: ReportReprisalInput!) {\n    reportReprisal(input: $input) {\n      incident {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReprisalPage_Incident on ReprisalIncident {\n    id\n    personPseudonym\n    occurredOn\n    form\n    status\n    description\n    actionTaken\n    createdAt\n    updatedAt\n    ownerOrganisation {\n      id\n      name\n    }\n    relatedVisit {\n      id\n      type\n      startDate\n      places {\n        id\n        name\n      }\n    }\n    viewerCanUpdate\n    namedUsers {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment ReprisalPage_Incident on ReprisalIncident {\n    id\n    personPseudonym\n    occurredOn\n    form\n    status\n    description\n    actionTaken\n    createdAt\n    updatedAt\n    ownerOrganisation {\n      id\n      name\n    }\n    relatedVisit {\n      id\n      type\n      startDate\n      places {\n        id\n        name\n      }\n    }\n    viewerCanUpdate\n    namedUsers {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReprisalPage_Incident($id: ID!) {\n    reprisalIncident(id: $id) {\n      ...ReprisalPage_Incident\n    }\n  }\n',
): (typeof documents)['\n  query ReprisalPage_Incident($id: ID!) {\n    reprisalIncident(id: $id) {\n      ...ReprisalPage_Incident\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReprisalsPage_Incidents {\n    reprisalIncidents {\n      id\n      personPseudonym\n      occurredOn\n      form\n      status\n      relatedVisit {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n      namedUsers {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReprisalsPage_Incidents {\n    reprisalIncidents {\n      id\n      personPseudonym\n      occurredOn\n      form\n      status\n      relatedVisit {\n        id\n        type\n        startDate\n        places {\n          id\n          name\n        }\n      }\n      namedUsers {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReprisalForm_Update($input: UpdateReprisalInput!) {\n    updateReprisal(input: $input) {\n      incident {\n        ...ReprisalPage_Incident\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReprisalForm_Update($input: UpdateReprisalInput!) {\n    updateReprisal(input: $input) {\n      incident {\n        ...ReprisalPage_Incident\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnrolPage_Status {\n    twoFactorStatus {\n      stage\n    }\n  }\n',
): (typeof documents)['\n  query EnrolPage_Status {\n    twoFactorStatus {\n      stage\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrolPage_SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation EnrolPage_SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PasskeySecondStep_Start {\n    startPasskeySecondFactor {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PasskeySecondStep_Start {\n    startPasskeySecondFactor {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PasskeySecondStep_Verify($input: VerifyPasskeySecondFactorInput!) {\n    verifyPasskeySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PasskeySecondStep_Verify($input: VerifyPasskeySecondFactorInput!) {\n    verifyPasskeySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PasskeysCard_List {\n    twoFactorStatus {\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PasskeysCard_List {\n    twoFactorStatus {\n      passkeys {\n        id\n        name\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PasskeysCard_Start {\n    startPasskeyRegistration {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PasskeysCard_Start {\n    startPasskeyRegistration {\n      optionsJson\n      userErrors {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PasskeysCard_Add($input: AddPasskeyInput!) {\n    addPasskey(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PasskeysCard_Add($input: AddPasskeyInput!) {\n    addPasskey(input: $input) {\n      passkey {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PasskeysCard_Remove($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n    }\n  }\n',
): (typeof documents)['\n  mutation PasskeysCard_Remove($input: RemovePasskeyInput!) {\n    removePasskey(input: $input) {\n      removedId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SecondStepPage_Status {\n    twoFactorStatus {\n      stage\n      passkeyAvailable\n    }\n  }\n',
): (typeof documents)['\n  query SecondStepPage_Status {\n    twoFactorStatus {\n      stage\n      passkeyAvailable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SecondStepPage_Verify($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      recoveryCodesLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SecondStepPage_Verify($input: VerifySecondFactorInput!) {\n    verifySecondFactor(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n      recoveryCodesLeft\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SecondStepPage_SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SecondStepPage_SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SecurityPage_Status {\n    twoFactorStatus {\n      stage\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n',
): (typeof documents)['\n  query SecurityPage_Status {\n    twoFactorStatus {\n      stage\n      enabled\n      required\n      recoveryCodesLeft\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SecurityPage_Regenerate($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SecurityPage_Regenerate($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input) {\n      recoveryCodes\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TwoFactorAdminPanel_Organisation on Organisation {\n    id\n    twoFactorRequired\n    viewerCanManageTwoFactor\n    members {\n      id\n      twoFactorEnabled\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment TwoFactorAdminPanel_Organisation on Organisation {\n    id\n    twoFactorRequired\n    viewerCanManageTwoFactor\n    members {\n      id\n      twoFactorEnabled\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TwoFactorAdminPanel_SetRequired($input: SetTwoFactorRequiredInput!) {\n    setTwoFactorRequired(input: $input) {\n      organisation {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TwoFactorAdminPanel_SetRequired($input: SetTwoFactorRequiredInput!) {\n    setTwoFactorRequired(input: $input) {\n      organisation {\n        id\n        twoFactorRequired\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TwoFactorAdminPanel_Reset($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      membership {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TwoFactorAdminPanel_Reset($input: ResetMemberTwoFactorInput!) {\n    resetMemberTwoFactor(input: $input) {\n      membership {\n        id\n        twoFactorEnabled\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TwoFactorEnrolment_Start {\n    startTwoFactorEnrolment {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TwoFactorEnrolment_Start {\n    startTwoFactorEnrolment {\n      enrolment {\n        secret\n        otpauthUri\n        qrCodeDataUrl\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TwoFactorEnrolment_Confirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TwoFactorEnrolment_Confirm($input: ConfirmTwoFactorEnrolmentInput!) {\n    confirmTwoFactorEnrolment(input: $input) {\n      recoveryCodes\n      me {\n        user {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
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
  source: '\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n',
): (typeof documents)['\n  fragment AppShellLayout_User on User {\n    id\n    displayName\n    email\n    preferredLocale\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n        createPlace\n        planVisit\n        recordFinding\n        issueRecommendation\n        reportReprisal\n        readAuditLog\n        readOutbox\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AppShellLayout_Membership on Membership {\n    id\n    role\n    organisation {\n      id\n      name\n      kind\n      countryCode\n      viewerCan {\n        manageMembers\n        readMembers\n        createPlace\n        planVisit\n        recordFinding\n        issueRecommendation\n        reportReprisal\n        readAuditLog\n        readOutbox\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n      actingOrganisation {\n        id\n      }\n      platformAdmin\n    }\n  }\n',
): (typeof documents)['\n  query AppShellLayout_Me {\n    me {\n      user {\n        ...AppShellLayout_User\n      }\n      memberships {\n        ...AppShellLayout_Membership\n      }\n      workingGroups {\n        id\n        name\n        kind\n      }\n      actingOrganisation {\n        id\n      }\n      platformAdmin\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AppShellLayout_SetActingOrganisation($input: SetActingOrganisationInput!) {\n    setActingOrganisation(input: $input) {\n      me {\n        actingOrganisation {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AppShellLayout_SetActingOrganisation($input: SetActingOrganisationInput!) {\n    setActingOrganisation(input: $input) {\n      me {\n        actingOrganisation {\n          id\n        }\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
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
  source: '\n  fragment SsoSettingsPage_Connection on SsoConnection {\n    id\n    slug\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    jitRole\n    enabled\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment SsoSettingsPage_Connection on SsoConnection {\n    id\n    slug\n    issuer\n    clientId\n    clientSecretSet\n    allowedDomains\n    jitRole\n    enabled\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SsoSettingsPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCanConfigureSso\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SsoSettingsPage_Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      viewerCanConfigureSso\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SsoSettingsPage_Configure($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SsoSettingsPage_Configure($input: ConfigureSsoInput!) {\n    configureSso(input: $input) {\n      ssoConnection {\n        ...SsoSettingsPage_Connection\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SsoSignIn_Providers {\n    ssoProviders {\n      name\n      slug\n    }\n  }\n',
): (typeof documents)['\n  query SsoSignIn_Providers {\n    ssoProviders {\n      name\n      slug\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanVisitPage_Places {\n    places(limit: 200) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanVisitPage_Places {\n    places(limit: 200) {\n      nodes {\n        id\n        name\n        region\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanVisitPage_PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanVisitPage_PlanVisit($input: PlanVisitInput!) {\n    planVisit(input: $input) {\n      visit {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamBuilder_Members($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TeamBuilder_Members($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VisitLifecycle_Visit on Visit {\n    id\n    status\n    version\n    viewerCan {\n      update\n    }\n  }\n',
): (typeof documents)['\n  fragment VisitLifecycle_Visit on Visit {\n    id\n    status\n    version\n    viewerCan {\n      update\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VisitLifecycle_Move($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        id\n        status\n        version\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VisitLifecycle_Move($input: MoveVisitInput!) {\n    moveVisit(input: $input) {\n      visit {\n        id\n        status\n        version\n        updatedAt\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisitPage_Visit($id: ID!, $findingsAfter: String, $recommendationsAfter: String) {\n    visit(id: $id) {\n      id\n      type\n      announced\n      startDate\n      endDate\n      objectives\n      status\n      classification\n      ownerOrganisation {\n        id\n        name\n      }\n      places {\n        id\n        name\n        type\n        region\n      }\n      team {\n        id\n        expertise\n        gender\n        leader\n        user {\n          id\n          displayName\n        }\n      }\n      findings(limit: 50, after: $findingsAfter) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          ...FindingsList_Finding\n        }\n      }\n      ...VisitLifecycle_Visit\n      ...IssuedRecommendations_Visit\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n  }\n',
): (typeof documents)['\n  query VisitPage_Visit($id: ID!, $findingsAfter: String, $recommendationsAfter: String) {\n    visit(id: $id) {\n      id\n      type\n      announced\n      startDate\n      endDate\n      objectives\n      status\n      classification\n      ownerOrganisation {\n        id\n        name\n      }\n      places {\n        id\n        name\n        type\n        region\n      }\n      team {\n        id\n        expertise\n        gender\n        leader\n        user {\n          id\n          displayName\n        }\n      }\n      findings(limit: 50, after: $findingsAfter) {\n        totalCount\n        totalCountCapped\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        nodes {\n          id\n          ...FindingsList_Finding\n        }\n      }\n      ...VisitLifecycle_Visit\n      ...IssuedRecommendations_Visit\n      ...WhoCanSeePanel_Record\n      ...CommentsPanel_Record\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VisitsPage_Visits($filter: VisitFilter, $limit: Int, $after: String) {\n    visits(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VisitsPage_Visits($filter: VisitFilter, $limit: Int, $after: String) {\n    visits(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        ...VisitsTable_Visit\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VisitsTable_Visit on Visit {\n    id\n    type\n    announced\n    startDate\n    endDate\n    status\n    classification\n    ownerOrganisation {\n      id\n      name\n    }\n    places {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment VisitsTable_Visit on Visit {\n    id\n    type\n    announced\n    startDate\n    endDate\n    status\n    classification\n    ownerOrganisation {\n      id\n      name\n    }\n    places {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkingGroupPage_WorkingGroup($id: ID!) {\n    workingGroup(id: $id) {\n      id\n      name\n      kind\n      countryCode\n      region\n      viewerCan {\n        manageMembers\n      }\n      members {\n        id\n        role\n        organisation {\n          id\n          name\n          kind\n          countryCode\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ActionComments_Comment($input: CommentOnWorkplanInput!) {\n    commentOnWorkplan(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ActionComments_Comment($input: CommentOnWorkplanInput!) {\n    commentOnWorkplan(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddActionForm_Add($input: AddActionInput!) {\n    addAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddActionForm_Add($input: AddActionInput!) {\n    addAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPriorityForm_Add($input: AddPriorityInput!) {\n    addPriority(input: $input) {\n      priority {\n        id\n        title\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPriorityForm_Add($input: AddPriorityInput!) {\n    addPriority(input: $input) {\n      priority {\n        id\n        title\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkplanForm_Create($input: CreateWorkplanInput!) {\n    createWorkplan(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkplanForm_Create($input: CreateWorkplanInput!) {\n    createWorkplan(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionThread_Comments($id: ID!, $actionId: ID, $after: String) {\n    workplan(id: $id) {\n      id\n      discussion(first: 20, after: $after, actionId: $actionId) {\n        nodes {\n          id\n          actionId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DiscussionThread_Comments($id: ID!, $actionId: ID, $after: String) {\n    workplan(id: $id) {\n      id\n      discussion(first: 20, after: $after, actionId: $actionId) {\n        nodes {\n          id\n          actionId\n          body\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyActionsPage_Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {\n    workplanActions(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WorkplanPage_Action\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyActionsPage_Actions($filter: WorkplanActionFilter, $limit: Int, $after: String) {\n    workplanActions(filter: $filter, limit: $limit, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...WorkplanPage_Action\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionHistory_Versions($id: ID!, $after: String) {\n    workplan(id: $id) {\n      id\n      versions(first: 20, after: $after) {\n        nodes {\n          id\n          name\n          createdAt\n          createdBy {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionHistory_Versions($id: ID!, $after: String) {\n    workplan(id: $id) {\n      id\n      versions(first: 20, after: $after) {\n        nodes {\n          id\n          name\n          createdAt\n          createdBy {\n            id\n            displayName\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VersionHistory_Save($input: SaveNarrativeVersionInput!) {\n    saveNarrativeVersion(input: $input) {\n      version {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VersionHistory_Save($input: SaveNarrativeVersionInput!) {\n    saveNarrativeVersion(input: $input) {\n      version {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionViewModal_Html($id: ID!, $versionId: ID!) {\n    workplan(id: $id) {\n      id\n      narrativeVersion(id: $versionId) {\n        id\n        html\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionViewModal_Html($id: ID!, $versionId: ID!) {\n    workplan(id: $id) {\n      id\n      narrativeVersion(id: $versionId) {\n        id\n        html\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreVersionModal_Restore($input: RestoreNarrativeVersionInput!) {\n    restoreNarrativeVersion(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreVersionModal_Restore($input: RestoreNarrativeVersionInput!) {\n    restoreNarrativeVersion(input: $input) {\n      workplan {\n        id\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription WorkplanLiveUpdates_Changed($workplanId: ID!) {\n    workplanChanged(workplanId: $workplanId) {\n      workplanId\n      kind\n      subjectId\n    }\n  }\n',
): (typeof documents)['\n  subscription WorkplanLiveUpdates_Changed($workplanId: ID!) {\n    workplanChanged(workplanId: $workplanId) {\n      workplanId\n      kind\n      subjectId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkplanPage_Action on WorkplanAction {\n    id\n    workplanId\n    priorityId\n    title\n    responsibleOrganisation {\n      id\n      name\n    }\n    startDate\n    dueDate\n    status\n    indicator\n    target\n    jointCommitment\n    overdue\n    position\n    version\n    viewerCanUpdate\n  }\n',
): (typeof documents)['\n  fragment WorkplanPage_Action on WorkplanAction {\n    id\n    workplanId\n    priorityId\n    title\n    responsibleOrganisation {\n      id\n      name\n    }\n    startDate\n    dueDate\n    status\n    indicator\n    target\n    jointCommitment\n    overdue\n    position\n    version\n    viewerCanUpdate\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkplanPage_Workplan($id: ID!) {\n    workplan(id: $id) {\n      id\n      title\n      periodStart\n      periodEnd\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      viewerCanEdit\n      version\n      viewerCan {\n        readComments\n        comment\n      }\n      workingGroup {\n        id\n        name\n        members {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      priorities {\n        nodes {\n          id\n          title\n          description\n          position\n          version\n          actions {\n            nodes {\n              ...WorkplanPage_Action\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkplanPage_Workplan($id: ID!) {\n    workplan(id: $id) {\n      id\n      title\n      periodStart\n      periodEnd\n      narrative {\n        documentName\n        viewerCanEdit\n      }\n      viewerCanEdit\n      version\n      viewerCan {\n        readComments\n        comment\n      }\n      workingGroup {\n        id\n        name\n        members {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      priorities {\n        nodes {\n          id\n          title\n          description\n          position\n          version\n          actions {\n            nodes {\n              ...WorkplanPage_Action\n            }\n            pageInfo {\n              endCursor\n              hasNextPage\n            }\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkplansPage_Workplans($workingGroupId: ID!) {\n    workingGroup(id: $workingGroupId) {\n      id\n      name\n      viewerCan {\n        createWorkplan\n      }\n    }\n    workplans(workingGroupId: $workingGroupId) {\n      id\n      title\n      periodStart\n      periodEnd\n      classification\n      updatedAt\n      viewerCanEdit\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkplansPage_Workplans($workingGroupId: ID!) {\n    workingGroup(id: $workingGroupId) {\n      id\n      name\n      viewerCan {\n        createWorkplan\n      }\n    }\n    workplans(workingGroupId: $workingGroupId) {\n      id\n      title\n      periodStart\n      periodEnd\n      classification\n      updatedAt\n      viewerCanEdit\n      ownerOrganisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UseUpdateAction_Update($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      conflicts {\n        field\n        base\n        yours\n        theirs\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UseUpdateAction_Update($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      action {\n        ...WorkplanPage_Action\n      }\n      conflicts {\n        field\n        base\n        yours\n        theirs\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
