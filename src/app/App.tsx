import { Suspense, useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { getDb } from '../db/db';
import { ensureStation, type Station } from '../db/repositories/station';
import { ensureStationKey } from '../db/repositories/station-keys';
import { seedDepartments } from '../db/repositories/org';
import { useStation } from '../db/hooks/use-db';
import { AuthGate } from './AuthGate';
import { markStart } from '../db/hooks/start-marks';
import { useFirstScreenDone, whenFirstScreenDone } from '../db/hooks/first-screen';
import { LazyShell, prefetchShell, useLoadedShell } from './shell-loader';
import { LoginStyleWarmUp } from './LoginStyleWarmUp';

/** Whether the system asks for less motion (an accessibility setting of the operating system). */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * One theme object for every render: antd derives its tokens per theme object. Menus, dialogs and messages appear
 * without animation where the system asks for reduced motion. Zero runtime: the widgets' styles are antd's static
 * stylesheet (imported in main.tsx), not generated in the page the first time each widget renders; the theme's
 * tokens are still set at run time, as CSS variables (#18).
 */
const THEME = { token: { borderRadius: 4, motion: !prefersReducedMotion() }, zeroRuntime: true };

/** How long background work waits for a first screen that does not come (nobody logs in). */
const BACKGROUND_AFTER_MS = 60_000;

/** Opens the database and makes sure this station has an identity and departments. */
function useBootstrap(): Error | null | { station: Station } {
  const [state, setState] = useState<Error | null | { station: Station }>(null);
  useEffect(() => {
    const db = getDb();
    ensureStation(db)
      .then((station) => {
        markStart('cd:db-open');
        return station;
      })
      // The departments and the station's signing key (made once, on the first start: its bundles are signed with
      // it) are written side by side: neither waits for the other.
      .then((station) =>
        Promise.all([seedDepartments(db, station, { id: `station:${station.id}`, name: `${station.name} (${station.code})` }), ensureStationKey(db)]).then(() =>
          setState({ station }),
        ),
      )
      // Backups, the attachment clean-up and folder sync run in the background: loaded and started once the first
      // rows are on screen (they read whole stores), or after a while on a station left at its login screen (#18).
      .then(() => whenFirstScreenDone(BACKGROUND_AFTER_MS))
      .then(() => import('../features/backups/backup-runner'))
      .then((m) => m.startBackupSchedule())
      .then(() => import('../features/sync/folder-sync-runner'))
      .then((m) => void m.startFolderAutoSync())
      .catch((e: unknown) => setState(e instanceof Error ? e : new Error(String(e))));
  }, []);
  return state;
}

function Gate({ booted }: { booted: Station }) {
  // The station as the start read it until the live read answers (a rename in Settings shows at once after).
  const station = useStation() ?? booted;
  const shell = useLoadedShell();
  const firstScreenDone = useFirstScreenDone();
  return (
    <>
      <AuthGate station={station} onLoginShown={prefetchShell}>
        <Suspense fallback={<Spin style={{ margin: 48 }} />}>
          <LazyShell />
        </Suspense>
      </AuthGate>
      {/* The first screen's widgets rendered once, unseen, while the login is shown (StyleWarmUp.tsx). */}
      {shell && !firstScreenDone && <shell.StyleWarmUp />}
    </>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const boot = useBootstrap();
  // After the bootstrap's effect has asked for the database (effects run in order): the login's widgets render
  // once, unseen, while it opens (LoginStyleWarmUp.tsx).
  const [warmLogin, setWarmLogin] = useState(false);
  useEffect(() => setWarmLogin(true), []);
  const firstScreenDone = useFirstScreenDone();
  const zh = i18n.language !== 'en';
  dayjs.locale(zh ? 'zh-cn' : 'en');
  const spinner = <Spin style={{ margin: 48 }} />;
  return (
    <ConfigProvider locale={zh ? zhCNLocale : enUSLocale} theme={THEME}>
      <AntApp style={{ height: '100%' }}>
        {boot instanceof Error ? (
          <pre role="alert" style={{ padding: 24 }}>{boot.message}</pre>
        ) : boot ? (
          <Gate booted={boot.station} />
        ) : (
          spinner
        )}
        {warmLogin && !firstScreenDone && <LoginStyleWarmUp />}
      </AntApp>
    </ConfigProvider>
  );
}
