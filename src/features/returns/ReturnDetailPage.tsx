/** One return: the request, then each step's panel as the return reaches it. */
import { Alert, Button, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { chineseCapitals, formatYuan } from '../../domain/money';
import { lineAmountFen, type ReturnLine } from '../../domain/returns';
import { useReturn } from '../../db/hooks/use-returns';
import { toRequest } from '../../db/repositories/returns-row';
import { HistoryList } from '../complaints/HistoryList';
import { returnHistoryDescriber } from './history-labels';
import { ApprovalPanel } from './ApprovalPanel';
import { ClaimPanel } from './ClaimPanel';
import { DispositionPanel } from './DispositionPanel';
import { JudgementPanel } from './JudgementPanel';
import { ReceiptPanel } from './ReceiptPanel';
import { downloadRefusalLetter, slipModelOf } from './word-export';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { useSession } from '../../ui/session';
import { maskContact } from '../../ui/mask';

const RECEIVABLE = new Set(['approved', 'received', 'judged', 'closed']);

export function ReturnDetailPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const row = useReturn(id);
  const { station, actor, can } = useSession();
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  if (row === undefined) return <Spin style={{ margin: 48 }} />;
  if (row === null) return <Alert type="error" title={t('returns.codes.repo.notFound')} style={{ margin: 16 }} />;
  const request = toRequest(row);
  // What the return settles for: what was received (the requested total above is what was asked and approved).
  const settled = slipModelOf(row, '', station.timeZone, lang);
  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          <span data-testid="return-number">{row.number}</span> <Tag data-testid="return-status">{t(`returns.statuses.${row.status}`)}</Tag>
        </Typography.Title>
        <Space>
          <Button onClick={() => navigate('/returns')}>{t('common.back')}</Button>
          {!row.receipt && can('return.edit') && <Button onClick={() => navigate(`/returns/${row.id}/edit`)}>{t('common.edit')}</Button>}
          {row.decision?.kind === 'refuse' && <Button onClick={() => navigate(`/returns/${row.id}/refusal-letter`)}>{t('returns.detail.refusalLetterPrint')}</Button>}
          {row.decision?.kind === 'refuse' && <Button onClick={() => { warnCompany(); void downloadRefusalLetter(row, station.timeZone, lang, actor.name); }}>{t('returns.detail.refusalLetter')}</Button>}
          <Button type="primary" onClick={() => navigate(`/returns/${row.id}/slip`)}>{t('returns.detail.slip')}</Button>
        </Space>
      </Space>
      <Card size="small" title={t('returns.detail.request')} style={{ marginBottom: 12 }}>
        <Descriptions size="small" bordered column={3}>
          <Descriptions.Item label={t('returns.form.customerName')}>{request.customer.name}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.contact')}>{can('contacts.view') ? `${request.customer.contact} ${request.customer.phone}` : `${maskContact(request.customer.contact)} ${maskContact(request.customer.phone)}`}</Descriptions.Item>
          <Descriptions.Item label={t('returns.detail.complaint')}>{row.complaintId ? <Link to={`/complaints/${row.complaintId}`}>{t('returns.detail.openComplaint')}</Link> : t('returns.detail.standalone')}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.orderNo')}>{request.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.returnType')}>{t(`returns.returnTypes.${request.returnType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.freightPaidBy')}>{t(`returns.freight.${request.freightPaidBy}`)}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.total')}><span data-testid="detail-total">¥{formatYuan(row.totalFen)}</span></Descriptions.Item>
          <Descriptions.Item label={t('returns.form.capitals')} span={2}>人民币{chineseCapitals(row.totalFen)}</Descriptions.Item>
          <Descriptions.Item label={t('returns.form.settled')} span={3}>
            <span data-testid="detail-settled">{settled.totalFigures}</span>{settled.provisional && ` ${t('returns.form.settledProvisional')}`}
          </Descriptions.Item>
        </Descriptions>
        <Table<ReturnLine>
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={request.lines}
          columns={[
            { title: t('returns.line.productNo'), dataIndex: 'productNo' },
            { title: t('returns.line.spec'), dataIndex: 'spec' },
            { title: t('returns.line.batch'), dataIndex: 'batch' },
            { title: t('returns.line.reason'), dataIndex: 'reason' },
            { title: t('returns.line.qtyShipped'), dataIndex: 'qtyShipped' },
            { title: t('returns.line.qtyRequested'), dataIndex: 'qtyRequested' },
            { title: t('returns.line.unitPrice'), dataIndex: 'unitPriceFen', render: (f: number) => formatYuan(f) },
            { title: t('returns.line.amount'), key: 'a', render: (_: unknown, l) => formatYuan(lineAmountFen(l)) },
          ]}
        />
      </Card>
      <ClaimPanel row={row} />
      <ApprovalPanel row={row} />
      {RECEIVABLE.has(row.status) && <ReceiptPanel key={`r-${row.receipt ? 'y' : 'n'}`} row={row} />}
      {row.receipt && RECEIVABLE.has(row.status) && row.status !== 'approved' && <JudgementPanel key={`j-${row.judgement ? 'y' : 'n'}`} row={row} />}
      {(row.status === 'judged' || row.status === 'closed') && <DispositionPanel key={`d-${row.disposition ? 'y' : 'n'}`} row={row} />}
      <Card size="small" title={t('returns.detail.history')}>
        <HistoryList entity="returns" rowId={row.id} describe={returnHistoryDescriber(t, row, station.timeZone, i18n.language)} />
      </Card>
    </div>
  );
}
