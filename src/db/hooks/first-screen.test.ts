import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstScreenShown, isFirstScreenDone, resetFirstScreenForTests, whenFirstScreenDone } from './first-screen';

/** An idle scheduler the test runs by hand: the browser's idle moment is when the test says. */
function manualIdle() {
  const queued: (() => void)[] = [];
  return { schedule: (run: () => void) => void queued.push(run), runIdle: () => queued.splice(0).forEach((r) => r()), queued };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

afterEach(() => {
  vi.useRealTimers();
  resetFirstScreenForTests();
});

describe('first-screen gate', () => {
  it('holds deferred work until the first rows are shown and the browser is idle', async () => {
    const idle = manualIdle();
    resetFirstScreenForTests(idle.schedule);
    const wait = whenFirstScreenDone();
    expect(await settled(wait)).toBe(false);
    firstScreenShown();
    // Shown, but the browser has not been idle yet: still closed.
    expect(isFirstScreenDone()).toBe(false);
    expect(await settled(wait)).toBe(false);
    idle.runIdle();
    expect(isFirstScreenDone()).toBe(true);
    expect(await settled(wait)).toBe(true);
    // Open for good: a later wait resolves at once.
    expect(await settled(whenFirstScreenDone())).toBe(true);
  });

  it('opens once: a second first screen schedules nothing more', () => {
    const idle = manualIdle();
    resetFirstScreenForTests(idle.schedule);
    firstScreenShown();
    firstScreenShown();
    expect(idle.queued).toHaveLength(1);
  });

  it('a wait with a time limit resolves after it without opening the gate for others', async () => {
    vi.useFakeTimers();
    const idle = manualIdle();
    resetFirstScreenForTests(idle.schedule);
    const limited = whenFirstScreenDone(60_000);
    const unlimited = whenFirstScreenDone();
    vi.advanceTimersByTime(59_999);
    expect(await settled(limited)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(limited)).toBe(true);
    expect(await settled(unlimited)).toBe(false);
    expect(isFirstScreenDone()).toBe(false);
  });

  it('marks the first rows and the gate opening on the performance timeline', () => {
    const idle = manualIdle();
    resetFirstScreenForTests(idle.schedule);
    performance.clearMarks();
    firstScreenShown();
    expect(performance.getEntriesByName('cd:first-rows')).toHaveLength(1);
    expect(performance.getEntriesByName('cd:first-screen-idle')).toHaveLength(0);
    idle.runIdle();
    expect(performance.getEntriesByName('cd:first-screen-idle')).toHaveLength(1);
  });
});
