import { graphql } from '../gql';

export const CasesQuery = graphql(`
  query Cases($first: Int!, $after: String, $filter: CaseFilter, $orderBy: CaseOrder) {
    cases(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          tenantId
          tenantName
          number
          kind
          status
          priority
          summary
          memberNames
          orgUnitName
          handlingTenantId
          handlingTenantName
          leadOfficerName
          receivedAt
          nextDueAt
          deadlineState
          escalatedAt
        }
      }
    }
  }
`);

/** Everything the case page shows; every step returns it, so the page follows each step. */
export const CaseFieldsFragment = graphql(`
  fragment CaseFields on Case {
    id
    tenantId
    tenantName
    number
    kind
    status
    priority
    source
    summary
    confidential
    details
    detailsSealed
    orgUnitId
    orgUnitName
    memberNames
    handlingTenantId
    handlingTenantName
    leadOfficerId
    leadOfficerName
    receivedAt
    responseDueAt
    resolutionDueAt
    firstRespondedAt
    resolvedAt
    result
    rejectionReason
    satisfaction
    callbackComment
    callbackAt
    closedAt
    escalatedAt
    dispatchedAt
    reopenCount
    createdByName
    createdAt
    updatedAt
    version
    deadlineState
    nextDueAt
    relation
    allowedActions
    memberEntries {
      memberId
      memberName
    }
    assistants {
      id
      kind
      refId
      name
      addedAt
    }
    timeline {
      id
      type
      at
      actorName
      actorTenantName
      fromStatus
      toStatus
      note
      fromTenantName
      toTenantName
      satisfaction
      amountFen
      leadOfficerName
      assistantNames
      attachments {
        name
        url
      }
    }
    assistance {
      id
      form
      amountFen
      items
      deliveredOn
      fund
      approvedByName
      deliveredByTenantName
      note
      recordedByName
      recordedAt
    }
  }
`);

export const CaseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseFields
    }
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      number
    }
  }
`);

export const AcceptCaseMutation = graphql(`
  mutation AcceptCase($input: CaseStepInput!) {
    acceptCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const RejectCaseMutation = graphql(`
  mutation RejectCase($input: CaseStepInput!) {
    rejectCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const StartCaseMutation = graphql(`
  mutation StartCase($input: CaseStepInput!) {
    startCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const ResolveCaseMutation = graphql(`
  mutation ResolveCase($input: CaseStepInput!) {
    resolveCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($input: CaseStepInput!) {
    closeCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const ReopenCaseMutation = graphql(`
  mutation ReopenCase($input: CaseStepInput!) {
    reopenCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const RecordCallbackMutation = graphql(`
  mutation RecordCallback($input: RecordCallbackInput!) {
    recordCallback(input: $input) {
      ...CaseFields
    }
  }
`);

export const AssignCaseMutation = graphql(`
  mutation AssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const CommentCaseMutation = graphql(`
  mutation CommentCase($input: CommentCaseInput!) {
    commentCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const EscalateCaseMutation = graphql(`
  mutation EscalateCase($input: EscalateCaseInput!) {
    escalateCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const DispatchCaseMutation = graphql(`
  mutation DispatchCase($input: DispatchCaseInput!) {
    dispatchCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const AddAssistanceMutation = graphql(`
  mutation AddAssistance($input: AddAssistanceInput!) {
    addAssistance(input: $input) {
      ...CaseFields
    }
  }
`);

export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      ...CaseFields
    }
  }
`);

export const RevealCaseDetailsMutation = graphql(`
  mutation RevealCaseDetails($id: ID!, $purpose: String!) {
    revealCaseDetails(id: $id, purpose: $purpose)
  }
`);

/** Members to pick for a case: by name, pinyin or employee number. */
export const CaseMemberSearchQuery = graphql(`
  query CaseMemberSearch($search: String) {
    members(first: 20, filter: { search: $search, status: [ACTIVE] }) {
      edges {
        node {
          id
          name
          employeeNo
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

/** One member, to prefill a new case opened from the member's page. */
export const CaseMemberQuery = graphql(`
  query CaseMember($id: ID!) {
    member(id: $id) {
      id
      name
      employeeNo
      orgUnitId
      orgUnit {
        id
        name
      }
    }
  }
`);

/** Officers of the tenant the caller acts on (lead and assistants of a case). */
export const CaseOfficersQuery = graphql(`
  query CaseOfficers {
    officers(first: 100) {
      edges {
        node {
          id
          displayName
          role
          active
        }
      }
    }
  }
`);

export const CaseStatsQuery = graphql(`
  query CaseStats($tenantId: ID!, $from: String!, $to: String!) {
    tenant(id: $tenantId) {
      id
      name
      kind
      caseStats(from: $from, to: $to) {
        from
        to
        received
        open
        overdue
        overdueNow
        medianFirstResponseHours
        medianResolutionHours
        rated
        satisfied
        dissatisfied
        satisfactionRate
        fromVisits
        fromVisitsClosedSatisfied
        byKind {
          value
          count
        }
        byStatus {
          value
          count
        }
        byMonth {
          month
          received
          open
          overdue
          medianFirstResponseHours
          medianResolutionHours
          rated
          satisfied
          satisfactionRate
        }
        byChild {
          received
          open
          overdue
          medianFirstResponseHours
          medianResolutionHours
          rated
          satisfied
          dissatisfied
          satisfactionRate
          assistanceCount
          assistanceFen
          tenant {
            id
            name
          }
        }
        assistance {
          count
          totalFen
          moneyFen
          byFund {
            value
            count
          }
        }
      }
    }
  }
`);

export const CasePolicyQuery = graphql(`
  query CasePolicy {
    casePolicy {
      ownerTenantId
      own
      version
      dissatisfiedAction
      sla {
        kind
        priority
        responseDays
        resolutionDays
      }
    }
  }
`);

export const SetCasePolicyMutation = graphql(`
  mutation SetCasePolicy($input: SetCasePolicyInput!) {
    setCasePolicy(input: $input) {
      ownerTenantId
      own
      version
      dissatisfiedAction
      sla {
        kind
        priority
        responseDays
        resolutionDays
      }
    }
  }
`);

export const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      official
      workingDays
      specialDays {
        date
        working
        name
        override
      }
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input)
  }
`);
