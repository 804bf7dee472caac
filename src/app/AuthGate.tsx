/**
 * The login gate: the first start creates the administrator; afterwards nothing
 * of the app (no page, no route, no data) renders before a login. Holds the
 * session in memory only, so a restart always asks again; locks on demand and
 * after the configured idle time, keeping the app mounted under the lock.
 */
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { App as AntApp, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../db/db';
import { accountsExist, recordSessionEvent, type LoginResult } from '../db/repositories/accounts';
import type { Station } from '../db/repositories/station';
import { usePlantConfig } from '../db/hooks/use-db';
import { SessionProvider } from '../ui/session';
import { whenFirstScreenDone } from '../db/hooks/first-screen';
import { readFirstPageAhead } from '../db/hooks/first-page-ahead';
import { openingTableQuery } from '../features/complaints/tracking-params';
import { LoginScreen } from '../features/auth/LoginScreen';
import { LockOverlay } from '../features/auth/LockOverlay';
import { RestoredNotice } from '../features/backups/RestoredNotice';
import { DEMO_PASSWORD } from '../domain/demo/demo-password';

// Screens of a first start or a forced password change: loaded when shown, not parsed on every start (#18).
const SetupScreen = lazy(() => import('../features/auth/SetupScreen').then((m) => ({ default: m.SetupScreen })));
const ChangePasswordScreen = lazy(() => import('../features/auth/ChangePasswordScreen').then((m) => ({ default: m.ChangePasswordScreen })));
const RestoreOnSetup = lazy(() => import('../features/backups/RestoreOnSetup').then((m) => ({ default: m.RestoreOnSetup })));
/** How long the start's audit check waits for a first screen that does not come (nobody logs in). */
const AUDIT_CHECK_AFTER_MS = 60_000;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'mousemove'] as const;
const checkedAtStart = new Set<string>();

function useIdleLock(active: boolean, minutes: number, lock: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(lock, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, minutes * 60_000);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset);
    };
  }, [active, minutes, lock]);
}

export interface AuthGateProps {
  station: Station;
  /** Called once the login screen is drawn: the logged-in app's chunk loads meanwhile. */
  onLoginShown?: () => void;
  children: ReactNode;
}

export function AuthGate({ station, onLoginShown, children }: AuthGateProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const config = usePlantConfig();
  const [hasAccounts, setHasAccounts] = useState<boolean | null>(null);
  const [session, setSession] = useState<LoginResult | null>(null);
  const [locked, setLocked] = useState(false);

  useEffect(() => {
    void accountsExist(getDb()).then(setHasAccounts);
  }, []);
  // The audit chain is verified at every start (once per page), once the first rows are on screen (it reads the
  // whole trail); a break shows in the administrators' banner once logged in.
  useEffect(() => {
    if (checkedAtStart.has(station.id)) return;
    checkedAtStart.add(station.id);
    void whenFirstScreenDone(AUDIT_CHECK_AFTER_MS)
      .then(() => import('../db/audit-verify'))
      .then((m) => m.verifyAuditChainNow(getDb(), station, 'start'))
      .catch((e: unknown) => console.warn('audit chain check failed', e));
  }, [station]);

  const lock = useCallback(() => {
    setLocked((was) => {
      if (!was && session) void recordSessionEvent(getDb(), station, session.person, 'auth.lock');
      return true;
    });
  }, [session, station]);
  const logOut = useCallback(() => {
    if (session) void recordSessionEvent(getDb(), station, session.person, 'auth.logout');
    setSession(null);
    setLocked(false);
    setHasAccounts(true);
    window.location.hash = '#/';
  }, [session, station]);

  useIdleLock(!!session && !locked, config?.idleLockMinutes ?? 15, lock);
  // Opening on the tracking table, its first rows are read while the logged-in app renders (not after).
  const loggedIn = useCallback((r: LoginResult) => {
    const opening = r.mustChange ? null : openingTableQuery(window.location.hash);
    if (opening) readFirstPageAhead(opening);
    setSession(r);
  }, []);

  const spinner = <Spin style={{ margin: 48 }} />;
  if (hasAccounts === null || !config) return spinner;
  if (!hasAccounts && !session) {
    return (
      <Suspense fallback={spinner}>
        <SetupScreen
          station={station}
          restore={<RestoreOnSetup />}
          onDone={(r, demo) => {
            if (demo !== null) void message.success(t('demo.loaded', { count: demo, password: DEMO_PASSWORD }));
            setSession(r);
          }}
        />
      </Suspense>
    );
  }
  if (!session) return <LoginScreen station={station} onShown={onLoginShown} onLoggedIn={loggedIn} notice={<RestoredNotice timeZone={station.timeZone} />} />;
  if (session.mustChange) {
    return (
      <Suspense fallback={spinner}>
        <ChangePasswordScreen station={station} person={session.person} onDone={() => setSession({ ...session, mustChange: false })} onCancel={logOut} />
      </Suspense>
    );
  }
  return (
    <SessionProvider station={station} person={session.person} signer={session.signer} lock={lock} logOut={logOut}>
      <div aria-hidden={locked} style={{ height: '100%' }}>{children}</div>
      {locked && (
        <LockOverlay
          station={station}
          person={session.person}
          onUnlocked={() => {
            void recordSessionEvent(getDb(), station, session.person, 'auth.unlock');
            setLocked(false);
          }}
          onLogOut={logOut}
        />
      )}
    </SessionProvider>
  );
}
