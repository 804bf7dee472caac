/**
 * Login lockout: five wrong passwords in a row lock that login for five minutes.
 * Pure: the state is kept per station by the caller.
 */
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60_000;

export interface LockoutState {
  failures: number;
  lockedUntil: number;
}

export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: 0 };

export function isLocked(s: LockoutState, now: number): boolean {
  return s.lockedUntil > now;
}

/** Milliseconds until the login may try again (0 when it may now). */
export function remainingLockMs(s: LockoutState, now: number): number {
  return Math.max(0, s.lockedUntil - now);
}

export function afterFailure(s: LockoutState, now: number): LockoutState {
  const failures = s.lockedUntil > 0 && s.lockedUntil <= now ? 1 : s.failures + 1;
  return failures >= MAX_FAILURES ? { failures: 0, lockedUntil: now + LOCKOUT_MS } : { failures, lockedUntil: 0 };
}

export function afterSuccess(): LockoutState {
  return NO_FAILURES;
}
