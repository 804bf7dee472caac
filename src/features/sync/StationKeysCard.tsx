import { App, Button, Card, Descriptions, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { revokeStation, type EnrolledStation } from '../../db/repositories/station-keys';
import { useEnrolledStations, useOwnStationKey } from '../../db/hooks/use-station-keys';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

/** Settings › Stations and keys: this station's fingerprint (to read out by telephone) and the stations enrolled here. */
export function StationKeysCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const own = useOwnStationKey();
  const enrolled = useEnrolledStations();
  const revoke = async (s: EnrolledStation) => {
    await revokeStation(getDb(), station, actor, s.id);
    void message.success(t('sync.stations.revoked', { station: s.code }));
  };
  return (
    <Card size="small" title={t('sync.stations.title')} style={{ marginBottom: 12 }} data-testid="station-keys">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('sync.stations.own', { station: station.code })}>
          <Typography.Text code data-testid="own-fingerprint">{own?.fingerprint ?? '…'}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary">{t('sync.stations.hint')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        data-testid="enrolled-stations"
        locale={{ emptyText: t('sync.stations.none') }}
        dataSource={enrolled}
        columns={[
          { title: t('sync.enrol.code'), dataIndex: 'code' },
          { title: t('sync.enrol.name'), dataIndex: 'name' },
          { title: t('sync.enrol.fingerprint'), dataIndex: 'fingerprint', render: (f: string) => <Typography.Text code>{f}</Typography.Text> },
          { title: t('sync.stations.enrolledBy'), key: 'by', render: (_: unknown, s: EnrolledStation) => `${s.enrolledBy} · ${formatInstant(s.enrolledAt, station.timeZone)}` },
          {
            title: '',
            key: 'revoke',
            render: (_: unknown, s: EnrolledStation) => (
              <Popconfirm title={t('sync.stations.revokeConfirm', { station: s.code })} onConfirm={() => revoke(s)} okText={t('sync.stations.revoke')} cancelText={t('sync.import.cancel')}>
                <Button size="small" danger data-testid={`revoke-${s.code}`}>{t('sync.stations.revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
