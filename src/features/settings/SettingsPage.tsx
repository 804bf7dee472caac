import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StationCard } from './StationCard';
import { CompanyCard } from './CompanyCard';
import { DepartmentsCard } from './DepartmentsCard';
import { PeopleCard } from './PeopleCard';
import { DeadlineSettingsCard } from './DeadlineSettingsCard';
import { EscalationSettingsCard } from './EscalationSettingsCard';
import { SurveyItemsCard } from '../review/SurveyItemsCard';
import { CalendarOverridesCard } from './CalendarOverridesCard';
import { HolidayNoticeCard } from './HolidayNoticeCard';
import { ApprovalSettingsCard } from './ApprovalSettingsCard';
import { BackupsCard } from '../backups/BackupsCard';
import { AccountsCard } from '../auth/AccountsCard';
import { PermissionsCard } from '../auth/PermissionsCard';
import { AuditCard } from '../auth/AuditCard';
import { SecurityCard } from '../auth/SecurityCard';
import { StationKeysCard } from '../sync/StationKeysCard';
import { Allowed, useSession } from '../../ui/session';

export function SettingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const any = (['settings.manage', 'people.manage', 'backup.manage', 'audit.view'] as const).some(can);
  return (
    <div className="page" style={{ maxWidth: 1000 }}>
      <Typography.Title level={4}>{t('settings.title')}</Typography.Title>
      {!any && <Typography.Paragraph data-testid="settings-none">{t('settings.noneForRole')}</Typography.Paragraph>}
      <Allowed action="settings.manage">
        <StationCard />
        <CompanyCard />
        <DepartmentsCard />
      </Allowed>
      <Allowed action="people.manage">
        <PeopleCard />
        <AccountsCard />
        <PermissionsCard />
        <StationKeysCard />
      </Allowed>
      <Allowed action="settings.manage">
        <SecurityCard />
        <DeadlineSettingsCard />
        <EscalationSettingsCard />
        <CalendarOverridesCard />
        <HolidayNoticeCard />
        <ApprovalSettingsCard />
        <SurveyItemsCard />
      </Allowed>
      <Allowed action="backup.manage">
        <BackupsCard />
      </Allowed>
      <Allowed action="audit.view">
        <AuditCard />
      </Allowed>
    </div>
  );
}
