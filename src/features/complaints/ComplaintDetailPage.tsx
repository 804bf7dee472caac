import { Alert, Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useComplaint } from '../../db/hooks/use-db';
import type { AttachmentRef } from '../../domain/complaint/schema';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { maskContact } from '../../ui/mask';
import { isLockedComplaint } from '../../db/repositories/complaints';
import { AttachmentPreview } from '../../ui/AttachmentPreview';
import { HistoryList } from './HistoryList';
import { WorkflowPanel } from '../workflow/WorkflowPanel';
import { EightDSummary } from '../eightd/EightDSummary';
import { LinkedReturns } from '../returns/LinkedReturns';
import { ContactLogCard } from '../masterdata/ContactLogCard';
import { RecordConflicts } from '../sync/ConflictsCard';

export function ComplaintDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station, can } = useSession();
  const show = (v: string) => (can('contacts.view') ? v : maskContact(v));
  const c = useComplaint(id);
  if (c === undefined) return <Spin style={{ margin: 48 }} />;
  if (c === null) return <Alert type="error" title={t('validation.notFound')} style={{ margin: 16 }} />;
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const num = (n: number | null) => (n === null ? '' : String(n));
  const attachments = Object.values(c.attachments).filter((a): a is AttachmentRef => a !== null);
  return (
    <div className="page" style={{ maxWidth: 1100 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="complaint-number">
          {c.number} <Tag>{t(`status.${c.status}`, { defaultValue: c.status })}</Tag>
        </Typography.Title>
        <Space className="no-print">
          <Button onClick={() => navigate('/')}>{t('common.back')}</Button>
          {can('complaint.edit') && !isLockedComplaint(c) && <Button type="primary" onClick={() => navigate(`/complaints/${c.id}/edit`)}>{t('common.edit')}</Button>}
        </Space>
      </Space>
      <RecordConflicts table="complaints" rowId={c.id} />
      <WorkflowPanel complaint={c} />
      <EightDSummary complaint={c} />
      <LinkedReturns complaint={c} />
      <ContactLogCard complaint={c} />
      <Card size="small" title={t('complaint.detailsTitle')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
          <Descriptions.Item label={t('complaint.channel')}>{t(`complaint.channels.${c.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.receivedAt')}>{formatInstant(c.receivedAt, station.timeZone)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.receivedBy')}>{c.receivedBy}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.name')}>
            {c.customerId ? <Link to={`/customers/${encodeURIComponent(c.customerId)}`} data-testid="customer-file-link">{c.customer.name}</Link> : c.customer.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.contactPerson')}>{show(c.customer.contactPerson)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.phone')}><span data-testid="customer-phone">{show(c.customer.phone)}</span></Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.email')}>{show(c.customer.email)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.type')}>{t(`complaint.customerTypes.${c.customer.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.customer.address')}>{c.customer.address}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.name')}>{c.product.name}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.model')}>{c.product.model}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.batchNo')}>{c.product.batchNo}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.serialNo')}>{c.product.serialNo}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.orderNo')}>{c.product.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.orderQty')}>{num(c.product.orderQty)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.shippedQty')}>{num(c.product.shippedQty)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.shipDate')}>{c.product.shipDate}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.purchaseDate')}>{c.product.purchaseDate}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.purchaseChannel')}>{c.product.purchaseChannel ? t(`complaint.purchaseChannels.${c.product.purchaseChannel}`) : ''}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.product.hasProofOfPurchase')}>{yesNo(c.product.hasProofOfPurchase)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.occurredOn')}>{c.details.occurredOn}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.location')}>{c.details.location}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.affectedQty')}>{num(c.details.affectedQty)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.recurring')}>{yesNo(c.details.recurring)}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.environment')} span={2}>{c.details.environment}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.symptom')} span={3}>{c.details.symptom}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.details.customerActions')} span={3}>{c.details.customerActions}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.demand.kinds')} span={3}>
            {c.demand.kinds.map((k) => t(`complaint.demandKinds.${k}`)).join('、')} {c.demand.note}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('complaint.sections.evidence')} style={{ marginBottom: 12 }}>
        <Space wrap>{attachments.length ? attachments.map((a) => <AttachmentPreview key={a.sha256} attachment={a} />) : t('common.none')}</Space>
      </Card>
      <Card size="small" title={t('complaint.history')}>
        <HistoryList entity="complaints" rowId={c.id} />
      </Card>
    </div>
  );
}
