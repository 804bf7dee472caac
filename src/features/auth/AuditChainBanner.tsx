/** A broken audit chain, found at start, after an import or on demand: a banner for those who may read the audit trail. */
import { useSyncExternalStore } from 'react';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lastAuditChainReport, onAuditChainReport } from '../../db/audit-verify';
import { useSession } from '../../ui/session';

export function AuditChainBanner() {
  const { t } = useTranslation();
  const { can } = useSession();
  const report = useSyncExternalStore(onAuditChainReport, lastAuditChainReport);
  if (!report || report.ok || !can('audit.view')) return null;
  return (
    <Alert type="error" showIcon banner data-testid="audit-chain-banner"
      title={t(report.reason === 'head' ? 'auth.audit.bannerHead' : report.reason === 'checkpoint' ? 'auth.audit.bannerCheckpoint' : 'auth.audit.bannerEntry', { entry: report.brokenAt })}
      action={<Link to="/settings">{t('auth.audit.bannerOpen')}</Link>} />
  );
}
