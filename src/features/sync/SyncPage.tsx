import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportCard } from './ExportCard';
import { Allowed } from '../../ui/session';
import { ImportCard } from './ImportCard';
import { ConflictsCard } from './ConflictsCard';
import { SyncFolderCard } from './SyncFolderCard';
import { DeletedCard } from './DeletedCard';

/** Export and import of sync bundles, and the conflicts they raised. */
export function SyncPage() {
  const { t } = useTranslation();
  return (
    <div className="page" style={{ maxWidth: 1000 }}>
      <Typography.Title level={4}>{t('sync.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      <ExportCard />
      <Allowed action="sync.import">
        <ImportCard />
        <SyncFolderCard />
      </Allowed>
      <ConflictsCard />
      <Allowed action="record.delete">
        <DeletedCard />
      </Allowed>
    </div>
  );
}
