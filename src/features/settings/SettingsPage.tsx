import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StationCard } from './StationCard';
import { CompanyCard } from './CompanyCard';
import { DepartmentsCard } from './DepartmentsCard';
import { PeopleCard } from './PeopleCard';
import { DeadlineSettingsCard } from './DeadlineSettingsCard';
import { CalendarOverridesCard } from './CalendarOverridesCard';
import { ApprovalSettingsCard } from './ApprovalSettingsCard';
import { BackupsCard } from '../backups/BackupsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page" style={{ maxWidth: 1000 }}>
      <Typography.Title level={4}>{t('settings.title')}</Typography.Title>
      <StationCard />
      <CompanyCard />
      <DepartmentsCard />
      <PeopleCard />
      <DeadlineSettingsCard />
      <CalendarOverridesCard />
      <ApprovalSettingsCard />
      <BackupsCard />
    </div>
  );
}
