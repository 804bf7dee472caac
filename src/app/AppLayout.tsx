import { useEffect } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSelect } from '../ui/LanguageSelect';
import { ScrollToTop } from '../ui/ScrollToTop';
import { useSession } from '../ui/session';
import { OverdueBadge } from '../features/workflow/OverdueBadge';
import { AuditChainBanner } from '../features/auth/AuditChainBanner';
import { featureNavItems } from './feature-routes';
import { firstScreenShown } from '../db/hooks/first-screen';

export function AppLayout() {
  const { t } = useTranslation();
  const { station, person, lock, logOut } = useSession();
  const location = useLocation();
  // A start on another page than the tracking table: that page is the first screen (the table opens the gate itself).
  const firstPath = location.pathname;
  useEffect(() => {
    if (firstPath !== '/') firstScreenShown();
  }, [firstPath]);
  const nav = [
    { to: '/', label: t('nav.tracking') },
    { to: '/complaints/new', label: t('nav.newComplaint') },
    ...featureNavItems.map((n) => ({ to: n.to, label: t(n.labelKey) })),
    { to: '/settings', label: t('nav.settings') },
  ];
  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="app-title">{t('app.title')}</span>
        <nav aria-label={t('app.subtitle')}>
          <Space size={4}>
            {nav.map((n) => (
              <Link key={n.to} to={n.to}>
                <Button type={location.pathname === n.to ? 'primary' : 'text'} style={{ color: '#fff' }} tabIndex={-1}>
                  {n.label}
                </Button>
              </Link>
            ))}
          </Space>
        </nav>
        {/* Who is logged in stays together: in a narrow window it moves to a second line as one group. */}
        <div className="app-user">
          <OverdueBadge />
          <span title={t('app.station')} data-testid="station-code">{station.code}</span>
          <span title={t('auth.header.loggedInAs')} data-testid="logged-in-person">{person.name} · {t(`settings.roles.${person.role}`)}</span>
          <Button size="small" onClick={lock}>{t('auth.header.lock')}</Button>
          <Button size="small" onClick={logOut}>{t('auth.header.logOut')}</Button>
          <LanguageSelect testId="language-switch" />
        </div>
      </header>
      <main className="app-main">
        <AuditChainBanner />
        <ScrollToTop />
        <Outlet />
      </main>
    </div>
  );
}
