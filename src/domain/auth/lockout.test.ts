import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, isLocked, LOCKOUT_MS, NO_FAILURES, remainingLockMs } from './lockout';

describe('login lockout', () => {
  it('locks after the fifth wrong password for five minutes', () => {
    let s = NO_FAILURES;
    for (let i = 0; i < 4; i++) s = afterFailure(s, 1000 + i);
    expect(isLocked(s, 1005)).toBe(false);
    s = afterFailure(s, 2000);
    expect(isLocked(s, 2000)).toBe(true);
    expect(remainingLockMs(s, 2000)).toBe(LOCKOUT_MS);
    expect(isLocked(s, 2000 + LOCKOUT_MS - 1)).toBe(true);
    expect(isLocked(s, 2000 + LOCKOUT_MS)).toBe(false);
  });

  it('counts afresh after a lock has run out and after a success', () => {
    let s = NO_FAILURES;
    for (let i = 0; i < 5; i++) s = afterFailure(s, 0);
    s = afterFailure(s, LOCKOUT_MS + 1);
    expect(s.failures).toBe(1);
    expect(isLocked(s, LOCKOUT_MS + 1)).toBe(false);
    expect(afterSuccess()).toEqual(NO_FAILURES);
  });
});
