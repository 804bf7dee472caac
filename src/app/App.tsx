import { Suspense, useEffect, useState, type JSX } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { getDb } from '../db/db';
import { ensureStation } from '../db/repositories/station';
import { ensureStationKey } from '../db/repositories/station-keys';
import { seedDepartments } from '../db/repositories/org';
import { useStation } from '../db/hooks/use-db';
import { AuthGate } from './AuthGate';
import { markStart } from '../db/hooks/start-marks';
import { whenFirstScreenDone } from '../db/hooks/first-screen';
import { LazyShell, prefetchShell } from './shell-loader';

/** One theme object for every render: antd derives its tokens (and the styles hashed on them) per theme object. */
const THEME = { token: { borderRadius: 4 } };

/** How long background work waits for a first screen that does not come (nobody logs in). */
const BACKGROUND_AFTER_MS = 60_000;

/** Opens the database and makes sure this station has an identity and departments. */
function useBootstrap(): Error | null | 'ready' {
  const [state, setState] = useState<Error | null | 'ready'>(null);
  useEffect(() => {
    const db = getDb();
    ensureStation(db)
      .then((station) => {
        markStart('cd:db-open');
        return station;
      })
      .then((station) => seedDepartments(db, station, { id: `station:${station.id}`, name: `${station.name} (${station.code})` }))
      // The station's signing key (made once, on the first start): its bundles are signed with it.
      .then(() => ensureStationKey(db))
      .then(() => setState('ready'))
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

function Gate({ spinner }: { spinner: JSX.Element }) {
  const station = useStation();
  if (!station) return spinner;
  return (
    <AuthGate station={station} onLoginShown={prefetchShell}>
      <Suspense fallback={spinner}>
        <LazyShell />
      </Suspense>
    </AuthGate>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const boot = useBootstrap();
  const zh = i18n.language !== 'en';
  dayjs.locale(zh ? 'zh-cn' : 'en');
  const spinner = <Spin style={{ margin: 48 }} />;
  return (
    <ConfigProvider locale={zh ? zhCNLocale : enUSLocale} theme={THEME}>
      <AntApp style={{ height: '100%' }}>
        {boot instanceof Error ? (
          <pre role="alert" style={{ padding: 24 }}>{boot.message}</pre>
        ) : boot === 'ready' ? (
          <Gate spinner={spinner} />
        ) : (
          spinner
        )}
      </AntApp>
    </ConfigProvider>
  );
}
