/** Title, search, "show deactivated", and the new / import / export buttons of a master list. */
import { Button, Input, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  query: string;
  onQuery: (q: string) => void;
  showInactive: boolean;
  onShowInactive: (v: boolean) => void;
  onAdd: () => void;
  onImport: () => void;
  onExport: () => void;
  busy: boolean;
  /** masterdata.edit: without it the list is read-only (the repository would refuse anyway). */
  canEdit: boolean;
}

export function MasterToolbar(p: Props) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
      <Typography.Title level={4} style={{ margin: 0 }}>{p.title}</Typography.Title>
      <Space wrap>
        <Input.Search allowClear aria-label={t('masterdata.search')} placeholder={t('masterdata.search')} style={{ width: 260 }} value={p.query} onChange={(e) => p.onQuery(e.target.value)} />
        <Space size={4}>
          <Switch id="show-inactive" size="small" checked={p.showInactive} onChange={p.onShowInactive} />
          <label htmlFor="show-inactive">{t('masterdata.showInactive')}</label>
        </Space>
        {p.canEdit && <Button onClick={p.onImport} loading={p.busy}>{t('masterdata.import')}</Button>}
        <Button onClick={p.onExport}>{t('masterdata.export')}</Button>
        {p.canEdit && <Button type="primary" onClick={p.onAdd}>{t('masterdata.add')}</Button>}
      </Space>
    </Space>
  );
}
