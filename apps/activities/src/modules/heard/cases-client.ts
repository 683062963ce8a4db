import { AppError, callSubgraph, serviceUnavailable } from '@frontline/subgraph-kit';

export type CaseKind = 'NEED' | 'GRIEVANCE' | 'HARDSHIP' | 'SUGGESTION' | 'CONSULTATION' | 'LEGAL_AID';
export type CasePriority = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';

/** The cases subgraph's `CreateCaseInput` (its contract; it owns the type). */
export interface CreateCaseInput {
  kind: CaseKind;
  summary: string;
  details?: string | null;
  priority?: CasePriority | null;
  memberIds?: string[];
  orgUnitId?: string | null;
  source: 'VISIT';
  sourceActivityId: string;
  sourceItemId: string;
  confidential?: boolean;
}

export interface CreatedCase {
  id: string;
  number: string;
  status: string;
}

const CREATE_CASE = `mutation CreateCaseFromVisit($input: CreateCaseInput!) {
  createCase(input: $input) { id number status }
}`;

// SERVICE_UNAVAILABLE: "try again later"; BAD_USER_INPUT with the reason: "cases said no".
const unavailable = () => serviceUnavailable('service.cases');

/**
 * Calls the cases subgraph directly with the caller's own token (the kit's `callSubgraph`).
 * createCase is idempotent on `sourceItemId`, so a retry returns the same case.
 */
export class CasesClient {
  constructor(
    readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async createCase(
    input: CreateCaseInput,
    call: { token: string; locale: string; requestId: string },
  ): Promise<CreatedCase> {
    const body = await callSubgraph<{ createCase?: CreatedCase | null }>(
      this.url,
      CREATE_CASE,
      { input },
      { ...call, serviceKey: 'service.cases', timeoutMs: this.timeoutMs },
    );
    const created = body.data?.createCase;
    if (created?.id) return created;
    if (body.status >= 500 || !body.errors?.length) throw unavailable();
    // Cases refused it (bad input, no permission, ...): pass its message on, already localized.
    throw new AppError('BAD_USER_INPUT', 'case.rejected', {
      // Field-level problems too (already in the caller's language), e.g. which member was not found.
      reason: body.errors
        .map((e) =>
          [e.message, ...(e.extensions?.fields ?? []).map((f) => f.message)].filter(Boolean).join(': '),
        )
        .join('; '),
    });
  }
}
