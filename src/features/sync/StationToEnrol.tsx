import { useState } from 'react';
import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StationCandidate } from '../../db/repositories/station-keys';
import { ValidationError } from '../../domain/common/validation-error';

/**
 * The station a refused bundle comes from, as an administrator compares it by
 * telephone: name, code and key fingerprint; then "Enrol this station".
 */
export function StationToEnrol({ station, fingerprint, keyChanged, canEnrol, onEnrol }: {
  station: StationCandidate;
  fingerprint: string;
  keyChanged: boolean;
  canEnrol: boolean;
  onEnrol: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const enrol = async () => {
    setBusy(true);
    setFailed(null);
    try {
      await onEnrol();
    } catch (e) {
      setFailed(e instanceof ValidationError ? t(e.issues[0]?.code ?? 'sync.enrol.failed') : t('sync.enrol.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="station-to-enrol">
      <Descriptions size="small" column={1} bordered title={t(keyChanged ? 'sync.enrol.titleKeyChanged' : 'sync.enrol.title')}>
        <Descriptions.Item label={t('sync.enrol.name')}><span data-testid="enrol-name">{station.name}</span></Descriptions.Item>
        <Descriptions.Item label={t('sync.enrol.code')}><span data-testid="enrol-code">{station.code}</span></Descriptions.Item>
        <Descriptions.Item label={t('sync.enrol.fingerprint')}>
          <Typography.Text code data-testid="enrol-fingerprint">{fingerprint}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Flex gap={8} align="center" style={{ marginTop: 8 }} wrap>
        {canEnrol
          ? <Button type="primary" loading={busy} onClick={() => void enrol()} data-testid="enrol-station">{t('sync.export.enrolStation')}</Button>
          : <Typography.Text type="secondary" data-testid="enrol-admin-only">{t('sync.enrol.adminOnly')}</Typography.Text>}
        <Typography.Text type="secondary">{t('sync.enrol.compare')}</Typography.Text>
      </Flex>
      {failed && <Alert style={{ marginTop: 8 }} type="error" showIcon message={failed} />}
    </div>
  );
}
