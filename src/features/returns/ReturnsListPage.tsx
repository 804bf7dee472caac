/**
 * All returns, newest first, and the scanner field: a handheld scanner types the
 * slip number (from the QR code or barcode) followed by Enter, which opens that
 * return at its receipt step.
 */
import { useState } from 'react';
import { Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatYuan } from '../../domain/money';
import { findReturnIdByNumber, useReturns } from '../../db/hooks/use-returns';
import type { StoredReturn } from '../../db/repositories/returns-row';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

export function ReturnsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station } = useSession();
  const rows = useReturns();
  const [scan, setScan] = useState('');
  const [notFound, setNotFound] = useState<string>();
  const open = async (value: string) => {
    const id = await findReturnIdByNumber(value);
    if (!id) return setNotFound(value.trim());
    setNotFound(undefined);
    setScan('');
    navigate(`/returns/${id}#receipt`);
  };
  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('returns.list.title')}</Typography.Title>
        <Space>
          <Input
            autoFocus
            aria-label={t('returns.list.scan')}
            placeholder={t('returns.list.scanPlaceholder')}
            style={{ width: 280 }}
            value={scan}
            status={notFound ? 'error' : undefined}
            onChange={(e) => setScan(e.target.value)}
            onPressEnter={() => void open(scan)}
          />
          <Button type="primary" onClick={() => navigate('/returns/new')}>{t('returns.list.new')}</Button>
        </Space>
      </Space>
      {notFound && <Typography.Text type="danger" role="alert">{t('returns.list.scanNotFound', { number: notFound })}</Typography.Text>}
      <Table<StoredReturn>
        size="small"
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        onRow={(r) => ({ onClick: () => navigate(`/returns/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('returns.list.number'), dataIndex: 'number' },
          { title: t('returns.form.customerName'), key: 'c', render: (_: unknown, r) => r.request.customer.name },
          { title: t('returns.form.orderNo'), key: 'o', render: (_: unknown, r) => r.request.orderNo },
          { title: t('returns.form.total'), dataIndex: 'totalFen', align: 'right', render: (f: number) => formatYuan(f) },
          { title: t('returns.list.status'), dataIndex: 'status', render: (s: string) => <Tag>{t(`returns.statuses.${s}`)}</Tag> },
          { title: t('returns.list.updatedAt'), dataIndex: 'updatedAt', render: (at: string) => formatInstant(at, station.timeZone) },
        ]}
      />
    </div>
  );
}
