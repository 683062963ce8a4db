import { graphql } from '../gql';

/** One row of the activities list and a day of the calendar. */
export const ActivityRowFragment = graphql(`
  fragment ActivityRow on Activity {
    id
    kind
    customKind
    title
    startsAt
    endsAt
    place
    status
    headcount
    attendeeCount
    campaignId
    teamVisits {
      teamId
      teamName
    }
    officers {
      officerId
      name
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {
    activities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActivityRow
        }
      }
    }
  }
`);

export const HeardItemFieldsFragment = graphql(`
  fragment HeardItemFields on HeardItem {
    id
    activityId
    kind
    memberIds
    teamId
    note
    resolvedOnSpot
    resolutionNote
    caseId
    caseNumber
    createdByName
    createdAt
    version
    members {
      id
      name
    }
    case {
      id
      number
      status
    }
  }
`);

/** Everything the activity page shows (attendees are paged apart). */
export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on Activity {
    id
    tenantId
    kind
    customKindId
    customKind
    title
    startsAt
    endsAt
    place
    status
    notes
    headcount
    campaignId
    createdByName
    createdAt
    updatedAt
    version
    attendeeCount
    photos {
      url
      key
      caption
    }
    teamVisits {
      teamId
      teamName
    }
    officers {
      officerId
      name
    }
    campaign {
      id
      name
    }
    checkIn {
      open
      expiresAt
      rosterSize
    }
    heardItems {
      ...HeardItemFields
    }
  }
`);

export const ActivityDetailQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      ...ActivityFields
    }
  }
`);

export const ActivityAttendeesQuery = graphql(`
  query ActivityAttendees($id: ID!, $first: Int!, $after: String) {
    activity(id: $id) {
      id
      attendeeCount
      attendees(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            memberId
            memberName
            teamId
            source
            createdAt
          }
        }
      }
    }
  }
`);

export const ActivityKindDefFieldsFragment = graphql(`
  fragment ActivityKindDefFields on ActivityKindDef {
    id
    name
    archived
    createdAt
    version
  }
`);

/** The union's own kinds (archived ones too when asked: the settings card, an old activity's kind). */
export const ActivityKindsQuery = graphql(`
  query ActivityKinds($includeArchived: Boolean! = false) {
    activityKinds(includeArchived: $includeArchived) {
      ...ActivityKindDefFields
    }
  }
`);

export const CreateActivityKindMutation = graphql(`
  mutation CreateActivityKind($input: ActivityKindInput!) {
    createActivityKind(input: $input) {
      ...ActivityKindDefFields
    }
  }
`);

export const UpdateActivityKindMutation = graphql(`
  mutation UpdateActivityKind($input: UpdateActivityKindInput!) {
    updateActivityKind(input: $input) {
      ...ActivityKindDefFields
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const AddAttendeesMutation = graphql(`
  mutation AddAttendees($input: AddAttendeesInput!) {
    addAttendees(input: $input) {
      changed
      skipped
      activity {
        id
        attendeeCount
        version
      }
    }
  }
`);

export const RemoveAttendeesMutation = graphql(`
  mutation RemoveAttendees($input: RemoveAttendeesInput!) {
    removeAttendees(input: $input) {
      changed
      activity {
        id
        attendeeCount
      }
    }
  }
`);

export const AddHeardItemMutation = graphql(`
  mutation AddHeardItem($input: AddHeardItemInput!) {
    addHeardItem(input: $input) {
      ...HeardItemFields
    }
  }
`);

export const UpdateHeardItemMutation = graphql(`
  mutation UpdateHeardItem($input: UpdateHeardItemInput!) {
    updateHeardItem(input: $input) {
      ...HeardItemFields
    }
  }
`);

export const OpenCaseFromHeardItemMutation = graphql(`
  mutation OpenCaseFromHeardItem($input: OpenCaseFromHeardItemInput!) {
    openCaseFromHeardItem(input: $input) {
      ...HeardItemFields
    }
  }
`);

export const OpenCheckInMutation = graphql(`
  mutation OpenCheckIn($input: OpenCheckInInput!) {
    openCheckIn(input: $input) {
      code
      url
      apiPath
      qrSvg
      expiresAt
      activity {
        id
        version
        checkIn {
          open
          expiresAt
          rosterSize
        }
      }
    }
  }
`);

export const CloseCheckInMutation = graphql(`
  mutation CloseCheckIn($id: ID!, $version: Int!) {
    closeCheckIn(id: $id, version: $version) {
      id
      version
      checkIn {
        open
        expiresAt
        rosterSize
      }
    }
  }
`);

/** Members of a unit and below (a team's roster), a page at a time. */
export const UnitMembersQuery = graphql(`
  query UnitMembers($orgUnitId: ID!, $first: Int!, $after: String) {
    members(first: $first, after: $after, filter: { orgUnitId: $orgUnitId, status: [ACTIVE] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          employeeNo
          orgUnitId
        }
      }
    }
  }
`);

export const TeamsLastVisitQuery = graphql(`
  query TeamsLastVisit {
    orgUnits {
      id
      lastVisitedAt
    }
  }
`);

export const CoverageQuery = graphql(`
  query Coverage($from: String!, $to: String!, $teamIds: [ID!]) {
    coverage(from: $from, to: $to, teamIds: $teamIds) {
      from
      to
      teamsVisited
      teamsTotal
      rate
      visited {
        teamName
        visits
        lastVisitedAt
        team {
          id
        }
        officers {
          officerId
          name
          visits
        }
      }
      notVisited {
        id
      }
    }
  }
`);

export const ActivityStatsFieldsFragment = graphql(`
  fragment ActivityStatsFields on ActivityStats {
    from
    to
    activitiesTotal
    activitiesDone
    membersReached
    headcount
    teamsCovered
    unionsActive
    heardItems
    heardTurnedIntoCases
    caseShare
    byKind {
      kind
      total
      done
    }
    heardByKind {
      kind
      count
      turnedIntoCases
      resolvedOnSpot
    }
  }
`);

export const TenantActivityStatsQuery = graphql(`
  query TenantActivityStats($id: ID!, $from: String!, $to: String!) {
    tenant(id: $id) {
      id
      name
      kind
      activityStats(from: $from, to: $to) {
        ...ActivityStatsFields
      }
      children {
        id
        name
        kind
        activityStats(from: $from, to: $to) {
          ...ActivityStatsFields
        }
      }
    }
  }
`);

export const VisitTaskFieldsFragment = graphql(`
  fragment VisitTaskFields on VisitTask {
    id
    memberId
    teamId
    reason
    note
    assigneeId
    assigneeName
    dueOn
    status
    overdue
    doneAt
    version
    createdByName
    member {
      id
      name
      orgUnitId
      orgUnit {
        id
        name
      }
    }
    team {
      id
      name
    }
    doneActivity {
      id
      title
    }
  }
`);

export const VisitTasksQuery = graphql(`
  query VisitTasks($first: Int!, $after: String, $filter: VisitTaskFilter) {
    visitTasks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...VisitTaskFields
        }
      }
    }
  }
`);

export const CompleteVisitTaskMutation = graphql(`
  mutation CompleteVisitTask($input: CompleteVisitTaskInput!) {
    completeVisitTask(input: $input) {
      ...VisitTaskFields
    }
  }
`);

export const UpdateVisitTaskMutation = graphql(`
  mutation UpdateVisitTask($input: UpdateVisitTaskInput!) {
    updateVisitTask(input: $input) {
      ...VisitTaskFields
    }
  }
`);

export const GenerateVisitTasksMutation = graphql(`
  mutation GenerateVisitTasks($input: GenerateVisitTasksInput!) {
    generateVisitTasks(input: $input) {
      skipped
      created {
        id
      }
    }
  }
`);

export const HardshipMembersQuery = graphql(`
  query HardshipMembers($after: String) {
    members(first: 100, after: $after, filter: { hardship: true, status: [ACTIVE] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          hardshipStatus
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

/** Done visits that included a member or team: the ones that can complete a task. */
export const VisitsForTaskQuery = graphql(`
  query VisitsForTask($filter: ActivityFilter) {
    activities(first: 20, filter: $filter) {
      edges {
        node {
          id
          title
          startsAt
          status
        }
      }
    }
  }
`);

export const CampaignFieldsFragment = graphql(`
  fragment CampaignFields on Campaign {
    id
    tenantId
    name
    description
    activityKind
    startsOn
    endsOn
    targetKind
    targetPerUnion
    createdByName
    version
    tenant {
      id
      name
    }
    progress {
      activitiesDone
      activitiesPlanned
      membersReached
      headcount
      target
      achieved
      rate
      tenant {
        id
        name
      }
    }
  }
`);

export const CampaignsQuery = graphql(`
  query Campaigns($first: Int!, $after: String, $activeOn: String) {
    campaigns(first: $first, after: $after, activeOn: $activeOn) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CampaignFields
        }
      }
    }
  }
`);

/** Campaign choices for an activity form. */
export const CampaignChoicesQuery = graphql(`
  query CampaignChoices {
    campaigns(first: 100) {
      edges {
        node {
          id
          name
          startsOn
          endsOn
          activityKind
        }
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      ...CampaignFields
    }
  }
`);

export const VisitPlanFieldsFragment = graphql(`
  fragment VisitPlanFields on VisitPlan {
    id
    name
    periodKind
    targetPerTeam
    teamIds
    startsOn
    endsOn
    active
    updatedAt
    version
  }
`);

export const VisitPlansQuery = graphql(`
  query VisitPlans($includeInactive: Boolean!) {
    visitPlans(includeInactive: $includeInactive) {
      ...VisitPlanFields
    }
  }
`);

export const VisitPlanProgressQuery = graphql(`
  query VisitPlanProgress($planId: ID!, $on: String) {
    visitPlanProgress(planId: $planId, on: $on) {
      from
      to
      teamsMet
      teamsTotal
      teams {
        visits
        target
        met
        team {
          id
          name
        }
      }
    }
  }
`);

export const CreateVisitPlanMutation = graphql(`
  mutation CreateVisitPlan($input: CreateVisitPlanInput!) {
    createVisitPlan(input: $input) {
      ...VisitPlanFields
    }
  }
`);

export const UpdateVisitPlanMutation = graphql(`
  mutation UpdateVisitPlan($input: UpdateVisitPlanInput!) {
    updateVisitPlan(input: $input) {
      ...VisitPlanFields
    }
  }
`);
