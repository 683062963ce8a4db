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
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SwitchTenantDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          tenantName\n          number\n          kind\n          status\n          priority\n          summary\n          memberNames\n          orgUnitName\n          handlingTenantId\n          handlingTenantName\n          leadOfficerName\n          receivedAt\n          nextDueAt\n          deadlineState\n          escalatedAt\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  fragment CaseFields on Case {\n    id\n    tenantId\n    tenantName\n    number\n    kind\n    status\n    priority\n    source\n    summary\n    confidential\n    details\n    detailsSealed\n    orgUnitId\n    orgUnitName\n    memberNames\n    handlingTenantId\n    handlingTenantName\n    leadOfficerId\n    leadOfficerName\n    receivedAt\n    responseDueAt\n    resolutionDueAt\n    firstRespondedAt\n    resolvedAt\n    result\n    rejectionReason\n    satisfaction\n    callbackComment\n    callbackAt\n    closedAt\n    escalatedAt\n    dispatchedAt\n    reopenCount\n    createdByName\n    createdAt\n    updatedAt\n    version\n    deadlineState\n    nextDueAt\n    relation\n    allowedActions\n    memberEntries {\n      memberId\n      memberName\n    }\n    assistants {\n      id\n      kind\n      refId\n      name\n      addedAt\n    }\n    timeline {\n      id\n      type\n      at\n      actorName\n      actorTenantName\n      fromStatus\n      toStatus\n      note\n    }\n    assistance {\n      id\n      form\n      amountFen\n      items\n      deliveredOn\n      fund\n      approvedByName\n      deliveredByTenantName\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation AcceptCase($input: CaseStepInput!) {\n    acceptCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: CaseStepInput!) {\n    rejectCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RejectCaseDocument,
    "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.StartCaseDocument,
    "\n  mutation ResolveCase($input: CaseStepInput!) {\n    resolveCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.ResolveCaseDocument,
    "\n  mutation CloseCase($input: CaseStepInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.ReopenCaseDocument,
    "\n  mutation RecordCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.RecordCallbackDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation CommentCase($input: CommentCaseInput!) {\n    commentCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.CommentCaseDocument,
    "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.EscalateCaseDocument,
    "\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.DispatchCaseDocument,
    "\n  mutation AddAssistance($input: AddAssistanceInput!) {\n    addAssistance(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.AddAssistanceDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation RevealCaseDetails($id: ID!, $purpose: String!) {\n    revealCaseDetails(id: $id, purpose: $purpose)\n  }\n": typeof types.RevealCaseDetailsDocument,
    "\n  query CaseMemberSearch($search: String) {\n    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseMemberSearchDocument,
    "\n  query CaseMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      employeeNo\n      orgUnitId\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CaseMemberDocument,
    "\n  query CaseOfficers {\n    officers(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n          active\n        }\n      }\n    }\n  }\n": typeof types.CaseOfficersDocument,
    "\n  query CaseStats($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      kind\n      caseStats(from: $from, to: $to) {\n        from\n        to\n        received\n        open\n        overdue\n        overdueNow\n        medianFirstResponseHours\n        medianResolutionHours\n        rated\n        satisfied\n        dissatisfied\n        satisfactionRate\n        fromVisits\n        fromVisitsClosedSatisfied\n        byKind {\n          value\n          count\n        }\n        byStatus {\n          value\n          count\n        }\n        byMonth {\n          month\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          satisfactionRate\n        }\n        byChild {\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          dissatisfied\n          satisfactionRate\n          tenant {\n            id\n            name\n          }\n        }\n        assistance {\n          count\n          totalFen\n          moneyFen\n          byFund {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseStatsDocument,
    "\n  query CasePolicy {\n    casePolicy {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n": typeof types.CasePolicyDocument,
    "\n  mutation SetCasePolicy($input: SetCasePolicyInput!) {\n    setCasePolicy(input: $input) {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n": typeof types.SetCasePolicyDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      official\n      workingDays\n      specialDays {\n        date\n        working\n        name\n        override\n      }\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input)\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  query MemberImportUpload($uploadId: ID!) {\n    memberImportUpload(uploadId: $uploadId) {\n      uploadId\n      fileName\n      size\n      headerRow\n      headers\n      suggestedMapping {\n        column\n        field\n      }\n      missing\n    }\n  }\n": typeof types.MemberImportUploadDocument,
    "\n  query MemberImportJob($id: ID!, $errorsFirst: Int!, $errorsAfter: String) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      dryRun\n      status\n      total\n      processed\n      progress\n      created\n      updated\n      unchanged\n      failed\n      errorCount\n      failureMessage\n      startedAt\n      finishedAt\n      errors(first: $errorsFirst, after: $errorsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rowNumber\n            column\n            field\n            value\n            message\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberImportJobDocument,
    "\n  query MemberImportReport($id: ID!) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      errorReportCsv\n    }\n  }\n": typeof types.MemberImportReportDocument,
    "\n  mutation StartMemberImport($input: StartMemberImportInput!) {\n    startMemberImport(input: $input) {\n      id\n      dryRun\n      status\n    }\n  }\n": typeof types.StartMemberImportDocument,
    "\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilter\n    $orderBy: MemberOrder!\n    $direction: SortDirection!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          gender\n          nationalId\n          phone\n          employeeNo\n          jobType\n          shiftPattern\n          joinedOn\n          status\n          ageBand\n          womanWorker\n          migrantWorker\n          modelWorker\n          hardshipStatus\n          tags\n          orgUnit {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id\n      tenantId\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      orgUnitId\n      joinedOn\n      status\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n      orgUnit {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      history {\n        id\n        unionId\n        unionName\n        orgUnitId\n        orgUnitName\n        status\n        startedOn\n        endedOn\n        reason\n        note\n      }\n    }\n  }\n": typeof types.MemberDetailDocument,
    "\n  query MemberSegments($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      memberStats(from: $from, to: $to) {\n        byJobType {\n          value\n          count\n        }\n        byShiftPattern {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.MemberSegmentsDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      joinedOn\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {\n    changeMemberStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeMemberStatusDocument,
    "\n  mutation MoveMember($input: MoveMemberInput!) {\n    moveMember(input: $input) {\n      id\n      orgUnitId\n      version\n    }\n  }\n": typeof types.MoveMemberDocument,
    "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input)\n  }\n": typeof types.RevealPersonalDataDocument,
    "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.CreateOfficerDocument,
    "\n  query OrgUnits($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      tenantId\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query OrgUnitCounts($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      activeMemberCount\n    }\n  }\n": typeof types.OrgUnitCountsDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      createdAt\n      version\n      parent {\n        id\n        name\n      }\n      history {\n        id\n        change\n        before\n        after\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.OrgUnitDetailDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      version\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  query UnionNames($ids: [ID!]) {\n    tenantDirectory(ids: $ids) {\n      id\n      name\n    }\n  }\n": typeof types.UnionNamesDocument,
    "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": typeof types.TenantTreeDocument,
    "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n": typeof types.TenantDetailDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  query Transfers($first: Int!, $after: String, $direction: TransferDirection, $status: [TransferStatus!]) {\n    transfers(first: $first, after: $after, direction: $direction, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromTenantName\n          toTenantName\n          memberId\n          memberName\n          memberNationalId\n          status\n          reason\n          requestedAt\n          requestedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          nudgedAt\n          nudgeCount\n          version\n          direction\n        }\n      }\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query TenantDirectory($search: String) {\n    tenantDirectory(first: 20, search: $search) {\n      id\n      name\n      kind\n      parentName\n    }\n  }\n": typeof types.TenantDirectoryDocument,
    "\n  mutation StartTransfer($input: StartTransferInput!) {\n    startTransfer(input: $input) {\n      id\n      toTenantName\n      status\n    }\n  }\n": typeof types.StartTransferDocument,
    "\n  mutation AcceptTransfer($input: DecideTransferInput!) {\n    acceptTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": typeof types.AcceptTransferDocument,
    "\n  mutation RejectTransfer($input: DecideTransferInput!) {\n    rejectTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": typeof types.RejectTransferDocument,
    "\n  mutation CancelTransfer($input: DecideTransferInput!) {\n    cancelTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": typeof types.CancelTransferDocument,
    "\n  mutation NudgeTransfer($id: ID!) {\n    nudgeTransfer(id: $id) {\n      id\n      nudgedAt\n      nudgeCount\n      version\n    }\n  }\n": typeof types.NudgeTransferDocument,
    "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n": types.SwitchTenantDocument,
    "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          tenantName\n          number\n          kind\n          status\n          priority\n          summary\n          memberNames\n          orgUnitName\n          handlingTenantId\n          handlingTenantName\n          leadOfficerName\n          receivedAt\n          nextDueAt\n          deadlineState\n          escalatedAt\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  fragment CaseFields on Case {\n    id\n    tenantId\n    tenantName\n    number\n    kind\n    status\n    priority\n    source\n    summary\n    confidential\n    details\n    detailsSealed\n    orgUnitId\n    orgUnitName\n    memberNames\n    handlingTenantId\n    handlingTenantName\n    leadOfficerId\n    leadOfficerName\n    receivedAt\n    responseDueAt\n    resolutionDueAt\n    firstRespondedAt\n    resolvedAt\n    result\n    rejectionReason\n    satisfaction\n    callbackComment\n    callbackAt\n    closedAt\n    escalatedAt\n    dispatchedAt\n    reopenCount\n    createdByName\n    createdAt\n    updatedAt\n    version\n    deadlineState\n    nextDueAt\n    relation\n    allowedActions\n    memberEntries {\n      memberId\n      memberName\n    }\n    assistants {\n      id\n      kind\n      refId\n      name\n      addedAt\n    }\n    timeline {\n      id\n      type\n      at\n      actorName\n      actorTenantName\n      fromStatus\n      toStatus\n      note\n    }\n    assistance {\n      id\n      form\n      amountFen\n      items\n      deliveredOn\n      fund\n      approvedByName\n      deliveredByTenantName\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": types.CaseDetailDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      number\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation AcceptCase($input: CaseStepInput!) {\n    acceptCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation RejectCase($input: CaseStepInput!) {\n    rejectCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RejectCaseDocument,
    "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.StartCaseDocument,
    "\n  mutation ResolveCase($input: CaseStepInput!) {\n    resolveCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.ResolveCaseDocument,
    "\n  mutation CloseCase($input: CaseStepInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.ReopenCaseDocument,
    "\n  mutation RecordCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.RecordCallbackDocument,
    "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation CommentCase($input: CommentCaseInput!) {\n    commentCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.CommentCaseDocument,
    "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.EscalateCaseDocument,
    "\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.DispatchCaseDocument,
    "\n  mutation AddAssistance($input: AddAssistanceInput!) {\n    addAssistance(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.AddAssistanceDocument,
    "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation RevealCaseDetails($id: ID!, $purpose: String!) {\n    revealCaseDetails(id: $id, purpose: $purpose)\n  }\n": types.RevealCaseDetailsDocument,
    "\n  query CaseMemberSearch($search: String) {\n    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CaseMemberSearchDocument,
    "\n  query CaseMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      employeeNo\n      orgUnitId\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.CaseMemberDocument,
    "\n  query CaseOfficers {\n    officers(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n          active\n        }\n      }\n    }\n  }\n": types.CaseOfficersDocument,
    "\n  query CaseStats($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      kind\n      caseStats(from: $from, to: $to) {\n        from\n        to\n        received\n        open\n        overdue\n        overdueNow\n        medianFirstResponseHours\n        medianResolutionHours\n        rated\n        satisfied\n        dissatisfied\n        satisfactionRate\n        fromVisits\n        fromVisitsClosedSatisfied\n        byKind {\n          value\n          count\n        }\n        byStatus {\n          value\n          count\n        }\n        byMonth {\n          month\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          satisfactionRate\n        }\n        byChild {\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          dissatisfied\n          satisfactionRate\n          tenant {\n            id\n            name\n          }\n        }\n        assistance {\n          count\n          totalFen\n          moneyFen\n          byFund {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n": types.CaseStatsDocument,
    "\n  query CasePolicy {\n    casePolicy {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n": types.CasePolicyDocument,
    "\n  mutation SetCasePolicy($input: SetCasePolicyInput!) {\n    setCasePolicy(input: $input) {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n": types.SetCasePolicyDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      official\n      workingDays\n      specialDays {\n        date\n        working\n        name\n        override\n      }\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input)\n  }\n": types.SetCalendarDayDocument,
    "\n  query MemberImportUpload($uploadId: ID!) {\n    memberImportUpload(uploadId: $uploadId) {\n      uploadId\n      fileName\n      size\n      headerRow\n      headers\n      suggestedMapping {\n        column\n        field\n      }\n      missing\n    }\n  }\n": types.MemberImportUploadDocument,
    "\n  query MemberImportJob($id: ID!, $errorsFirst: Int!, $errorsAfter: String) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      dryRun\n      status\n      total\n      processed\n      progress\n      created\n      updated\n      unchanged\n      failed\n      errorCount\n      failureMessage\n      startedAt\n      finishedAt\n      errors(first: $errorsFirst, after: $errorsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rowNumber\n            column\n            field\n            value\n            message\n          }\n        }\n      }\n    }\n  }\n": types.MemberImportJobDocument,
    "\n  query MemberImportReport($id: ID!) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      errorReportCsv\n    }\n  }\n": types.MemberImportReportDocument,
    "\n  mutation StartMemberImport($input: StartMemberImportInput!) {\n    startMemberImport(input: $input) {\n      id\n      dryRun\n      status\n    }\n  }\n": types.StartMemberImportDocument,
    "\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilter\n    $orderBy: MemberOrder!\n    $direction: SortDirection!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          gender\n          nationalId\n          phone\n          employeeNo\n          jobType\n          shiftPattern\n          joinedOn\n          status\n          ageBand\n          womanWorker\n          migrantWorker\n          modelWorker\n          hardshipStatus\n          tags\n          orgUnit {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id\n      tenantId\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      orgUnitId\n      joinedOn\n      status\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n      orgUnit {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      history {\n        id\n        unionId\n        unionName\n        orgUnitId\n        orgUnitName\n        status\n        startedOn\n        endedOn\n        reason\n        note\n      }\n    }\n  }\n": types.MemberDetailDocument,
    "\n  query MemberSegments($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      memberStats(from: $from, to: $to) {\n        byJobType {\n          value\n          count\n        }\n        byShiftPattern {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.MemberSegmentsDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      joinedOn\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {\n    changeMemberStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeMemberStatusDocument,
    "\n  mutation MoveMember($input: MoveMemberInput!) {\n    moveMember(input: $input) {\n      id\n      orgUnitId\n      version\n    }\n  }\n": types.MoveMemberDocument,
    "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input)\n  }\n": types.RevealPersonalDataDocument,
    "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n": types.CreateOfficerDocument,
    "\n  query OrgUnits($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      tenantId\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query OrgUnitCounts($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      activeMemberCount\n    }\n  }\n": types.OrgUnitCountsDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      createdAt\n      version\n      parent {\n        id\n        name\n      }\n      history {\n        id\n        change\n        before\n        after\n        actorName\n        at\n      }\n    }\n  }\n": types.OrgUnitDetailDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      version\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  query UnionNames($ids: [ID!]) {\n    tenantDirectory(ids: $ids) {\n      id\n      name\n    }\n  }\n": types.UnionNamesDocument,
    "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": types.TenantTreeDocument,
    "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n": types.TenantDetailDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n": types.CreateTenantDocument,
    "\n  query Transfers($first: Int!, $after: String, $direction: TransferDirection, $status: [TransferStatus!]) {\n    transfers(first: $first, after: $after, direction: $direction, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromTenantName\n          toTenantName\n          memberId\n          memberName\n          memberNationalId\n          status\n          reason\n          requestedAt\n          requestedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          nudgedAt\n          nudgeCount\n          version\n          direction\n        }\n      }\n    }\n  }\n": types.TransfersDocument,
    "\n  query TenantDirectory($search: String) {\n    tenantDirectory(first: 20, search: $search) {\n      id\n      name\n      kind\n      parentName\n    }\n  }\n": types.TenantDirectoryDocument,
    "\n  mutation StartTransfer($input: StartTransferInput!) {\n    startTransfer(input: $input) {\n      id\n      toTenantName\n      status\n    }\n  }\n": types.StartTransferDocument,
    "\n  mutation AcceptTransfer($input: DecideTransferInput!) {\n    acceptTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": types.AcceptTransferDocument,
    "\n  mutation RejectTransfer($input: DecideTransferInput!) {\n    rejectTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": types.RejectTransferDocument,
    "\n  mutation CancelTransfer($input: DecideTransferInput!) {\n    cancelTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n": types.CancelTransferDocument,
    "\n  mutation NudgeTransfer($id: ID!) {\n    nudgeTransfer(id: $id) {\n      id\n      nudgedAt\n      nudgeCount\n      version\n    }\n  }\n": types.NudgeTransferDocument,
    "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n": types.MeDocument,
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
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchTenant($tenantId: ID) {\n    switchTenant(tenantId: $tenantId) {\n      token\n      expiresAt\n      scopeTenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          tenantName\n          number\n          kind\n          status\n          priority\n          summary\n          memberNames\n          orgUnitName\n          handlingTenantId\n          handlingTenantName\n          leadOfficerName\n          receivedAt\n          nextDueAt\n          deadlineState\n          escalatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {\n    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tenantId\n          tenantName\n          number\n          kind\n          status\n          priority\n          summary\n          memberNames\n          orgUnitName\n          handlingTenantId\n          handlingTenantName\n          leadOfficerName\n          receivedAt\n          nextDueAt\n          deadlineState\n          escalatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    id\n    tenantId\n    tenantName\n    number\n    kind\n    status\n    priority\n    source\n    summary\n    confidential\n    details\n    detailsSealed\n    orgUnitId\n    orgUnitName\n    memberNames\n    handlingTenantId\n    handlingTenantName\n    leadOfficerId\n    leadOfficerName\n    receivedAt\n    responseDueAt\n    resolutionDueAt\n    firstRespondedAt\n    resolvedAt\n    result\n    rejectionReason\n    satisfaction\n    callbackComment\n    callbackAt\n    closedAt\n    escalatedAt\n    dispatchedAt\n    reopenCount\n    createdByName\n    createdAt\n    updatedAt\n    version\n    deadlineState\n    nextDueAt\n    relation\n    allowedActions\n    memberEntries {\n      memberId\n      memberName\n    }\n    assistants {\n      id\n      kind\n      refId\n      name\n      addedAt\n    }\n    timeline {\n      id\n      type\n      at\n      actorName\n      actorTenantName\n      fromStatus\n      toStatus\n      note\n    }\n    assistance {\n      id\n      form\n      amountFen\n      items\n      deliveredOn\n      fund\n      approvedByName\n      deliveredByTenantName\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CaseFields on Case {\n    id\n    tenantId\n    tenantName\n    number\n    kind\n    status\n    priority\n    source\n    summary\n    confidential\n    details\n    detailsSealed\n    orgUnitId\n    orgUnitName\n    memberNames\n    handlingTenantId\n    handlingTenantName\n    leadOfficerId\n    leadOfficerName\n    receivedAt\n    responseDueAt\n    resolutionDueAt\n    firstRespondedAt\n    resolvedAt\n    result\n    rejectionReason\n    satisfaction\n    callbackComment\n    callbackAt\n    closedAt\n    escalatedAt\n    dispatchedAt\n    reopenCount\n    createdByName\n    createdAt\n    updatedAt\n    version\n    deadlineState\n    nextDueAt\n    relation\n    allowedActions\n    memberEntries {\n      memberId\n      memberName\n    }\n    assistants {\n      id\n      kind\n      refId\n      name\n      addedAt\n    }\n    timeline {\n      id\n      type\n      at\n      actorName\n      actorTenantName\n      fromStatus\n      toStatus\n      note\n    }\n    assistance {\n      id\n      form\n      amountFen\n      items\n      deliveredOn\n      fund\n      approvedByName\n      deliveredByTenantName\n      note\n      recordedByName\n      recordedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($input: CaseStepInput!) {\n    acceptCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCase($input: CaseStepInput!) {\n    acceptCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCase($input: CaseStepInput!) {\n    rejectCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCase($input: CaseStepInput!) {\n    rejectCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartCase($input: CaseStepInput!) {\n    startCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveCase($input: CaseStepInput!) {\n    resolveCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveCase($input: CaseStepInput!) {\n    resolveCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CaseStepInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CaseStepInput!) {\n    closeCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCase($input: CaseStepInput!) {\n    reopenCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCallback($input: RecordCallbackInput!) {\n    recordCallback(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCase($input: AssignCaseInput!) {\n    assignCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentCase($input: CommentCaseInput!) {\n    commentCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentCase($input: CommentCaseInput!) {\n    commentCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation EscalateCase($input: EscalateCaseInput!) {\n    escalateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAssistance($input: AddAssistanceInput!) {\n    addAssistance(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAssistance($input: AddAssistanceInput!) {\n    addAssistance(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCase($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealCaseDetails($id: ID!, $purpose: String!) {\n    revealCaseDetails(id: $id, purpose: $purpose)\n  }\n"): (typeof documents)["\n  mutation RevealCaseDetails($id: ID!, $purpose: String!) {\n    revealCaseDetails(id: $id, purpose: $purpose)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMemberSearch($search: String) {\n    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMemberSearch($search: String) {\n    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {\n      edges {\n        node {\n          id\n          name\n          employeeNo\n          orgUnit {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      employeeNo\n      orgUnitId\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseMember($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      employeeNo\n      orgUnitId\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOfficers {\n    officers(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOfficers {\n    officers(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStats($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      kind\n      caseStats(from: $from, to: $to) {\n        from\n        to\n        received\n        open\n        overdue\n        overdueNow\n        medianFirstResponseHours\n        medianResolutionHours\n        rated\n        satisfied\n        dissatisfied\n        satisfactionRate\n        fromVisits\n        fromVisitsClosedSatisfied\n        byKind {\n          value\n          count\n        }\n        byStatus {\n          value\n          count\n        }\n        byMonth {\n          month\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          satisfactionRate\n        }\n        byChild {\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          dissatisfied\n          satisfactionRate\n          tenant {\n            id\n            name\n          }\n        }\n        assistance {\n          count\n          totalFen\n          moneyFen\n          byFund {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStats($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      kind\n      caseStats(from: $from, to: $to) {\n        from\n        to\n        received\n        open\n        overdue\n        overdueNow\n        medianFirstResponseHours\n        medianResolutionHours\n        rated\n        satisfied\n        dissatisfied\n        satisfactionRate\n        fromVisits\n        fromVisitsClosedSatisfied\n        byKind {\n          value\n          count\n        }\n        byStatus {\n          value\n          count\n        }\n        byMonth {\n          month\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          satisfactionRate\n        }\n        byChild {\n          received\n          open\n          overdue\n          medianFirstResponseHours\n          medianResolutionHours\n          rated\n          satisfied\n          dissatisfied\n          satisfactionRate\n          tenant {\n            id\n            name\n          }\n        }\n        assistance {\n          count\n          totalFen\n          moneyFen\n          byFund {\n            value\n            count\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePolicy {\n    casePolicy {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePolicy {\n    casePolicy {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCasePolicy($input: SetCasePolicyInput!) {\n    setCasePolicy(input: $input) {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCasePolicy($input: SetCasePolicyInput!) {\n    setCasePolicy(input: $input) {\n      ownerTenantId\n      own\n      version\n      dissatisfiedAction\n      sla {\n        kind\n        priority\n        responseDays\n        resolutionDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      official\n      workingDays\n      specialDays {\n        date\n        working\n        name\n        override\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      official\n      workingDays\n      specialDays {\n        date\n        working\n        name\n        override\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImportUpload($uploadId: ID!) {\n    memberImportUpload(uploadId: $uploadId) {\n      uploadId\n      fileName\n      size\n      headerRow\n      headers\n      suggestedMapping {\n        column\n        field\n      }\n      missing\n    }\n  }\n"): (typeof documents)["\n  query MemberImportUpload($uploadId: ID!) {\n    memberImportUpload(uploadId: $uploadId) {\n      uploadId\n      fileName\n      size\n      headerRow\n      headers\n      suggestedMapping {\n        column\n        field\n      }\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImportJob($id: ID!, $errorsFirst: Int!, $errorsAfter: String) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      dryRun\n      status\n      total\n      processed\n      progress\n      created\n      updated\n      unchanged\n      failed\n      errorCount\n      failureMessage\n      startedAt\n      finishedAt\n      errors(first: $errorsFirst, after: $errorsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rowNumber\n            column\n            field\n            value\n            message\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberImportJob($id: ID!, $errorsFirst: Int!, $errorsAfter: String) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      dryRun\n      status\n      total\n      processed\n      progress\n      created\n      updated\n      unchanged\n      failed\n      errorCount\n      failureMessage\n      startedAt\n      finishedAt\n      errors(first: $errorsFirst, after: $errorsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            rowNumber\n            column\n            field\n            value\n            message\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberImportReport($id: ID!) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      errorReportCsv\n    }\n  }\n"): (typeof documents)["\n  query MemberImportReport($id: ID!) {\n    memberImportJob(id: $id) {\n      id\n      fileName\n      errorReportCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMemberImport($input: StartMemberImportInput!) {\n    startMemberImport(input: $input) {\n      id\n      dryRun\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartMemberImport($input: StartMemberImportInput!) {\n    startMemberImport(input: $input) {\n      id\n      dryRun\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilter\n    $orderBy: MemberOrder!\n    $direction: SortDirection!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          gender\n          nationalId\n          phone\n          employeeNo\n          jobType\n          shiftPattern\n          joinedOn\n          status\n          ageBand\n          womanWorker\n          migrantWorker\n          modelWorker\n          hardshipStatus\n          tags\n          orgUnit {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilter\n    $orderBy: MemberOrder!\n    $direction: SortDirection!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy, direction: $direction) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          gender\n          nationalId\n          phone\n          employeeNo\n          jobType\n          shiftPattern\n          joinedOn\n          status\n          ageBand\n          womanWorker\n          migrantWorker\n          modelWorker\n          hardshipStatus\n          tags\n          orgUnit {\n            id\n            name\n            parent {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id\n      tenantId\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      orgUnitId\n      joinedOn\n      status\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n      orgUnit {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      history {\n        id\n        unionId\n        unionName\n        orgUnitId\n        orgUnitName\n        status\n        startedOn\n        endedOn\n        reason\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDetail($id: ID!) {\n    member(id: $id) {\n      id\n      tenantId\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      orgUnitId\n      joinedOn\n      status\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n      orgUnit {\n        id\n        name\n        parent {\n          id\n          name\n        }\n      }\n      history {\n        id\n        unionId\n        unionName\n        orgUnitId\n        orgUnitName\n        status\n        startedOn\n        endedOn\n        reason\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSegments($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      memberStats(from: $from, to: $to) {\n        byJobType {\n          value\n          count\n        }\n        byShiftPattern {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberSegments($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      memberStats(from: $from, to: $to) {\n        byJobType {\n          value\n          count\n        }\n        byShiftPattern {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      joinedOn\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      name\n      gender\n      birthDate\n      nationalId\n      phone\n      employeeNo\n      jobTitle\n      jobType\n      shiftPattern\n      joinedOn\n      migrantWorker\n      modelWorker\n      hardshipStatus\n      tags\n      ageBand\n      womanWorker\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {\n    changeMemberStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberStatus($input: ChangeMemberStatusInput!) {\n    changeMemberStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMember($input: MoveMemberInput!) {\n    moveMember(input: $input) {\n      id\n      orgUnitId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMember($input: MoveMemberInput!) {\n    moveMember(input: $input) {\n      id\n      orgUnitId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevealPersonalData($input: RevealPersonalDataInput!) {\n    revealPersonalData(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Officers($first: Int!, $after: String) {\n    officers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          displayName\n          role\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      id\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      tenantId\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      tenantId\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitCounts($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      activeMemberCount\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitCounts($includeClosed: Boolean!) {\n    orgUnits(includeClosed: $includeClosed) {\n      id\n      activeMemberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      createdAt\n      version\n      parent {\n        id\n        name\n      }\n      history {\n        id\n        change\n        before\n        after\n        actorName\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      createdAt\n      version\n      parent {\n        id\n        name\n      }\n      history {\n        id\n        change\n        before\n        after\n        actorName\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) {\n      id\n      parentId\n      kind\n      name\n      leaderName\n      status\n      closedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnionNames($ids: [ID!]) {\n    tenantDirectory(ids: $ids) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query UnionNames($ids: [ID!]) {\n    tenantDirectory(ids: $ids) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"): (typeof documents)["\n  query TenantTree {\n    tenantTree {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantDetail($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      kind\n      depth\n      createdAt\n      parent {\n        id\n        name\n      }\n      children {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      name\n      kind\n      parentId\n      path\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers($first: Int!, $after: String, $direction: TransferDirection, $status: [TransferStatus!]) {\n    transfers(first: $first, after: $after, direction: $direction, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromTenantName\n          toTenantName\n          memberId\n          memberName\n          memberNationalId\n          status\n          reason\n          requestedAt\n          requestedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          nudgedAt\n          nudgeCount\n          version\n          direction\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Transfers($first: Int!, $after: String, $direction: TransferDirection, $status: [TransferStatus!]) {\n    transfers(first: $first, after: $after, direction: $direction, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromTenantName\n          toTenantName\n          memberId\n          memberName\n          memberNationalId\n          status\n          reason\n          requestedAt\n          requestedByName\n          decidedAt\n          decidedByName\n          decisionNote\n          nudgedAt\n          nudgeCount\n          version\n          direction\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantDirectory($search: String) {\n    tenantDirectory(first: 20, search: $search) {\n      id\n      name\n      kind\n      parentName\n    }\n  }\n"): (typeof documents)["\n  query TenantDirectory($search: String) {\n    tenantDirectory(first: 20, search: $search) {\n      id\n      name\n      kind\n      parentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTransfer($input: StartTransferInput!) {\n    startTransfer(input: $input) {\n      id\n      toTenantName\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartTransfer($input: StartTransferInput!) {\n    startTransfer(input: $input) {\n      id\n      toTenantName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($input: DecideTransferInput!) {\n    acceptTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTransfer($input: DecideTransferInput!) {\n    acceptTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTransfer($input: DecideTransferInput!) {\n    rejectTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RejectTransfer($input: DecideTransferInput!) {\n    rejectTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTransfer($input: DecideTransferInput!) {\n    cancelTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTransfer($input: DecideTransferInput!) {\n    cancelTransfer(input: $input) {\n      id\n      status\n      decidedAt\n      decidedByName\n      decisionNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NudgeTransfer($id: ID!) {\n    nudgeTransfer(id: $id) {\n      id\n      nudgedAt\n      nudgeCount\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation NudgeTransfer($id: ID!) {\n    nudgeTransfer(id: $id) {\n      id\n      nudgedAt\n      nudgeCount\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      officer {\n        id\n        displayName\n        email\n        role\n      }\n      homeTenant {\n        id\n        name\n        kind\n      }\n      scopeTenant {\n        id\n        name\n        kind\n      }\n      roles\n      canSwitchTenant\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;