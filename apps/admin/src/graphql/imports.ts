import { graphql } from '../gql';

export const MemberImportUploadQuery = graphql(`
  query MemberImportUpload($uploadId: ID!) {
    memberImportUpload(uploadId: $uploadId) {
      uploadId
      fileName
      size
      headerRow
      headers
      suggestedMapping {
        column
        field
      }
      missing
    }
  }
`);

export const MemberImportJobQuery = graphql(`
  query MemberImportJob($id: ID!, $errorsFirst: Int!, $errorsAfter: String) {
    memberImportJob(id: $id) {
      id
      fileName
      dryRun
      status
      total
      processed
      progress
      created
      updated
      unchanged
      failed
      errorCount
      failureMessage
      startedAt
      finishedAt
      errors(first: $errorsFirst, after: $errorsAfter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            rowNumber
            column
            field
            value
            message
          }
        }
      }
    }
  }
`);

/** Fetched only when the officer asks for the report. */
export const MemberImportReportQuery = graphql(`
  query MemberImportReport($id: ID!) {
    memberImportJob(id: $id) {
      id
      fileName
      errorReportCsv
    }
  }
`);

export const StartMemberImportMutation = graphql(`
  mutation StartMemberImport($input: StartMemberImportInput!) {
    startMemberImport(input: $input) {
      id
      dryRun
      status
    }
  }
`);
