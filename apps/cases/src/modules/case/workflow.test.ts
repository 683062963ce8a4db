import { describe, expect, it } from 'vitest';
import { CaseKind, CasePriority, CaseStatus } from './case.entity.js';
import { CaseAction, canRun, resolveRequirement, slaFor, transitionsFor } from './workflow.js';

const { RECEIVED, ACCEPTED, IN_PROGRESS, RESOLVED, CALLBACK_DONE, CLOSED, REJECTED, REOPENED } = CaseStatus;
const STATUS_ACTIONS = [
  CaseAction.ACCEPT,
  CaseAction.REJECT,
  CaseAction.START,
  CaseAction.RESOLVE,
  CaseAction.RECORD_CALLBACK,
  CaseAction.CLOSE,
  CaseAction.REOPEN,
];

/** Every kind's full path, and which steps each status allows. */
const QUICK = new Set([CaseKind.CONSULTATION, CaseKind.SUGGESTION]);

describe.each(Object.values(CaseKind))('workflow of %s', (kind) => {
  it('goes received → accepted → in progress → resolved → called back → closed', () => {
    let status = RECEIVED;
    for (const action of [
      CaseAction.ACCEPT,
      CaseAction.START,
      CaseAction.RESOLVE,
      CaseAction.RECORD_CALLBACK,
      CaseAction.CLOSE,
    ]) {
      expect(canRun(kind, status, action)).toBe(true);
      status = transitionsFor(kind)[action]?.to as CaseStatus;
    }
    expect(status).toBe(CLOSED);
  });

  it('allows exactly the expected steps from each status', () => {
    const allowed = (status: CaseStatus) => STATUS_ACTIONS.filter((a) => canRun(kind, status, a));
    expect(allowed(RECEIVED)).toEqual([CaseAction.ACCEPT, CaseAction.REJECT]);
    expect(allowed(ACCEPTED)).toEqual(
      QUICK.has(kind)
        ? [CaseAction.REJECT, CaseAction.START, CaseAction.RESOLVE]
        : [CaseAction.REJECT, CaseAction.START],
    );
    expect(allowed(IN_PROGRESS)).toEqual([CaseAction.RESOLVE]);
    expect(allowed(RESOLVED)).toEqual([CaseAction.RECORD_CALLBACK, CaseAction.REOPEN]);
    expect(allowed(CALLBACK_DONE)).toEqual([CaseAction.CLOSE, CaseAction.REOPEN]);
    expect(allowed(CLOSED)).toEqual([CaseAction.REOPEN]);
    expect(allowed(REJECTED)).toEqual([CaseAction.REOPEN]);
    expect(allowed(REOPENED)).toEqual(
      QUICK.has(kind) ? [CaseAction.START, CaseAction.RESOLVE] : [CaseAction.START],
    );
  });

  it('cannot close without a callback, nor skip acceptance', () => {
    expect(canRun(kind, RESOLVED, CaseAction.CLOSE)).toBe(false);
    expect(canRun(kind, RECEIVED, CaseAction.RESOLVE)).toBe(false);
    expect(canRun(kind, CLOSED, CaseAction.ACCEPT)).toBe(false);
  });

  it('has deadlines for every priority, shorter when more urgent', () => {
    const days = Object.values(CasePriority).map((p) => slaFor(kind, p).resolutionDays);
    expect(days[0]).toBeGreaterThanOrEqual(days[1]); // LOW >= NORMAL
    expect(days[1]).toBeGreaterThanOrEqual(days[2]); // NORMAL >= HIGH
    expect(days[2]).toBeGreaterThanOrEqual(days[3]); // HIGH >= URGENT
    expect(Math.min(...days)).toBeGreaterThanOrEqual(1);
  });
});

describe('kind-specific rules', () => {
  it('a hardship case needs assistance recorded before it resolves', () => {
    expect(resolveRequirement(CaseKind.HARDSHIP, 0)).toBe('case.hardshipNeedsAssistance');
    expect(resolveRequirement(CaseKind.HARDSHIP, 1)).toBeNull();
    expect(resolveRequirement(CaseKind.GRIEVANCE, 0)).toBeNull();
  });

  it('a tenant override replaces the default deadlines for that kind and priority only', () => {
    const overrides = [{ kind: 'GRIEVANCE', priority: 'HIGH', responseDays: 1, resolutionDays: 3 }];
    expect(slaFor(CaseKind.GRIEVANCE, CasePriority.HIGH, overrides)).toEqual({
      responseDays: 1,
      resolutionDays: 3,
    });
    expect(slaFor(CaseKind.GRIEVANCE, CasePriority.NORMAL, overrides)).toEqual(
      slaFor(CaseKind.GRIEVANCE, CasePriority.NORMAL),
    );
  });
});
