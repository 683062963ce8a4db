import { rateLimited } from '@frontline/subgraph-kit';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimits {
  perAccount: { points: number; durationSeconds: number };
  perAddress: { points: number; durationSeconds: number };
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 30, durationSeconds: 15 * 60 },
};

/**
 * Failed logins are counted per account and per client address; once either is spent, further
 * attempts are refused until the window passes — even with the right password, so guessing
 * cannot be confirmed. A success clears the account's count.
 * In memory per process: one tenants instance per deployment today (see docs/adr/0003).
 */
export class LoginRateLimiter {
  readonly #account: RateLimiterMemory;
  readonly #address: RateLimiterMemory;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    this.#account = new RateLimiterMemory({
      points: limits.perAccount.points,
      duration: limits.perAccount.durationSeconds,
    });
    this.#address = new RateLimiterMemory({
      points: limits.perAddress.points,
      duration: limits.perAddress.durationSeconds,
    });
  }

  async assertAllowed(email: string, address: string): Promise<void> {
    const [acc, addr] = await Promise.all([this.#account.get(email), this.#address.get(address)]);
    const blocked = [acc, addr].filter(
      (r, i): r is RateLimiterRes =>
        !!r && r.consumedPoints >= (i === 0 ? this.#account.points : this.#address.points),
    );
    if (blocked.length) {
      const ms = Math.max(...blocked.map((r) => r.msBeforeNext));
      throw rateLimited(Math.ceil(ms / 1000));
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.#account.penalty(email, 1), this.#address.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.#account.delete(email);
  }
}
