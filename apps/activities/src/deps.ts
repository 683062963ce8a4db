import type { CheckinCodes } from './modules/checkin/checkin-code.js';
import type { CasesClient } from './modules/heard/cases-client.js';

/** What the resolvers need besides the request: the cases subgraph and the check-in code signer. */
export interface ActivitiesDeps {
  cases: CasesClient;
  checkin: CheckinCodes;
  /** Public check-in page; the code is appended (e.g. `https://admin.example/checkin/`). */
  checkinPageUrl: string;
}
