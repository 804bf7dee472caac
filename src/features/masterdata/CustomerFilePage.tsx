/** 客户页: one customer's complaints, returns, open and overdue cases, totals by year, and the contact log across cases. */
import { Alert, Card, Col, Descriptions, Row, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCustomer, useCustomerFile } from '../../db/hooks/use-masterdata';
import type { Complaint } from '../../domain/complaint/record';
import { listOf } from '../../domain/eightd/keyed';
import { customerFigures, isOverdue, type YearTotals } from '../../domain/masterdata/customer-file';
import type { StoredContact } from '../../domain/masterdata/records';
import { formatYuan } from '../../domain/money';
import type { StoredReturn } from '../../db/repositories/returns-row';
import type { WorkflowFields } from '../../db/repositories/workflow-store';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

export function CustomerFilePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { station } = useSession();
  const customer = useCustomer(id);
  const file = useCustomerFile(customer);
  if (customer === undefined || (customer && !file)) return <Spin style={{ margin: 48 }} />;
  if (customer === null || !file) return <Alert type="error" title={t('masterdata.file.notFound')} style={{ margin: 16 }} />;
  const now = new Date();
  const figures = customerFigures(file.complaints.map((c) => ({ ...c, nextDueAt: c.nextDueAt ?? '', followUps: (c as WorkflowFields).followUps })), file.returns, now);
  const numberOf = new Map(file.complaints.map((c) => [c.id, c.number]));
  const F = (k: string) => t(`masterdata.file.${k}`);
  const C = (k: string) => t(`masterdata.contactLog.${k}`);
  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Typography.Title level={4} data-testid="customer-file-title">
        {t('masterdata.file.title', { name: customer.name })} {customer.keyAccount && <Tag color="gold">{t('masterdata.customer.keyAccount')}</Tag>}
      </Typography.Title>
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('masterdata.customer.code')}>{customer.code}</Descriptions.Item>
        <Descriptions.Item label={t('masterdata.customer.industry')}>{customer.industry}</Descriptions.Item>
        <Descriptions.Item label={t('masterdata.customer.salesOwner')}>{customer.salesOwner}</Descriptions.Item>
        <Descriptions.Item label={t('masterdata.customer.contacts')} span={3}>
          {listOf(customer.contacts).map((p) => [p.name, p.position, p.phone, p.email].filter(Boolean).join(' ')).join('；')}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={6}><Card size="small"><Statistic title={F('complaints')} value={file.complaints.length} /></Card></Col>
        <Col span={6}><Card size="small"><Statistic title={F('open')} value={figures.open} data-testid="customer-open" /></Card></Col>
        <Col span={6}><Card size="small"><Statistic title={F('overdue')} value={figures.overdue} valueStyle={figures.overdue ? { color: '#cf1322' } : undefined} /></Card></Col>
        <Col span={6}><Card size="small"><Statistic title={F('returns')} value={file.returns.length} /></Card></Col>
      </Row>
      <Card size="small" title={F('complaints')} style={{ marginBottom: 12 }}>
        <Table<Complaint>
          size="small" rowKey="id" dataSource={file.complaints} pagination={{ pageSize: 20 }} data-testid="customer-complaints"
          columns={[
            { title: F('number'), dataIndex: 'number', render: (n: string, c) => <Link to={`/complaints/${c.id}`}>{n}</Link> },
            { title: F('receivedAt'), dataIndex: 'receivedAt', render: (v: string) => formatInstant(v, station.timeZone) },
            { title: F('product'), key: 'p', render: (_: unknown, c) => c.product.name },
            { title: F('status'), dataIndex: 'status', render: (s: string, c) => <>{t(`status.${s}`, { defaultValue: s })}{isOverdue({ ...c, nextDueAt: c.nextDueAt ?? '' }, now) && <Tag color="red" style={{ marginLeft: 8 }}>{F('overdue')}</Tag>}</> },
          ]}
        />
      </Card>
      <Card size="small" title={F('returns')} style={{ marginBottom: 12 }}>
        <Table<StoredReturn>
          size="small" rowKey="id" dataSource={file.returns} pagination={false}
          columns={[
            { title: F('number'), dataIndex: 'number', render: (n: string, r) => <Link to={`/returns/${r.id}`}>{n}</Link> },
            { title: F('case'), dataIndex: 'complaintId', render: (id: string) => numberOf.get(id) ?? '' },
            { title: F('returnedAmount'), dataIndex: 'totalFen', align: 'right', render: (f: number) => formatYuan(f) },
            { title: F('status'), dataIndex: 'status', render: (s: string) => t(`returns.statuses.${s}`, { defaultValue: s }) },
          ]}
        />
      </Card>
      <Card size="small" title={F('byYear')} style={{ marginBottom: 12 }}>
        <Table<YearTotals>
          size="small" rowKey="year" dataSource={figures.byYear} pagination={false}
          columns={[
            { title: F('year'), dataIndex: 'year' },
            { title: F('complaintCount'), dataIndex: 'complaints', align: 'right' },
            { title: F('returnedAmount'), dataIndex: 'returnedFen', align: 'right', render: (f: number) => formatYuan(f) },
            { title: F('acceptedClaims'), dataIndex: 'acceptedClaimsFen', align: 'right', render: (f: number) => formatYuan(f) },
            { title: F('satisfaction'), key: 's', align: 'right', render: (_: unknown, y) => (y.satisfactionMean === null ? '—' : t('masterdata.file.satisfactionOf', { mean: y.satisfactionMean.toFixed(1), count: y.followUps })) },
          ]}
        />
      </Card>
      <Card size="small" title={F('contacts')}>
        <Table<StoredContact>
          size="small" rowKey="id" dataSource={file.contacts} pagination={{ pageSize: 20 }} locale={{ emptyText: C('empty') }}
          columns={[
            { title: C('at'), dataIndex: 'at', render: (v: string) => formatInstant(v, station.timeZone) },
            { title: F('case'), dataIndex: 'complaintId', render: (id: string) => <Link to={`/complaints/${id}`}>{numberOf.get(id) ?? ''}</Link> },
            { title: C('channel'), dataIndex: 'channel', render: (v: string) => C(`channels.${v}`) },
            { title: C('ourPerson'), dataIndex: 'ourPerson' },
            { title: C('theirPerson'), dataIndex: 'theirPerson' },
            { title: C('summary'), dataIndex: 'summary' },
            { title: C('nextStep'), key: 'n', render: (_: unknown, c) => [c.nextStep, c.nextStepDate].filter(Boolean).join(' · ') },
          ]}
        />
      </Card>
    </div>
  );
}
