/** New / edit return request. Editing after approvals voids them (the repository does it). */
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Spin, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { chineseCapitals, formatYuan } from '../../domain/money';
import { FREIGHT_PAYERS, RETURN_TYPES } from '../../domain/returns';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { useComplaint } from '../../db/hooks/use-db';
import { useReturn } from '../../db/hooks/use-returns';
import { createReturn, updateReturn } from '../../db/repositories/returns';
import { toRequest } from '../../db/repositories/returns-row';
import { FormField } from '../../ui/FormField';
import { ReturnCustomerField } from './MasterPickFields';
import { useSession } from '../../ui/session';
import { LinesEditor } from './LinesEditor';
import { refusalMessages } from './issues';
import { emptyRequest, liveTotals, requestResolver, requestToValues, formPath, valuesToInput, type RequestFormValues } from './request-form';

export function ReturnFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const existing = useReturn(id);
  const complaint = useComplaint(params.get('complaint') ?? undefined);
  if (id && existing === undefined) return <Spin style={{ margin: 48 }} />;
  if (!id && params.get('complaint') && complaint === undefined) return <Spin style={{ margin: 48 }} />;
  const initial = existing ? requestToValues(toRequest(existing)) : emptyRequest(complaint);
  return <RequestForm key={id ?? 'new'} id={id} initial={initial} hasApprovals={!!existing && Object.values(existing.approvals).some((a) => a && !a.voided)} />;
}

function RequestForm({ id, initial, hasApprovals }: { id?: string; initial: RequestFormValues; hasApprovals: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { station, actor } = useSession();
  const form = useForm<RequestFormValues>({ resolver: requestResolver, defaultValues: initial });
  const lines = useWatch({ control: form.control, name: 'lines' });
  const totals = liveTotals(lines ?? []);

  const save = form.handleSubmit(async (values) => {
    const { input } = valuesToInput(values);
    try {
      const row = id ? await updateReturn(getDb(), station, actor, id, input) : await createReturn(getDb(), station, actor, input);
      void message.success(t('common.saved'));
      navigate(`/returns/${row.id}`);
    } catch (e) {
      const texts = refusalMessages(t, e);
      if (e instanceof ValidationError) {
        for (const issue of e.issues) form.setError(formPath(issue.path) as never, { message: `returns.codes.${issue.code}` });
      }
      void message.error(texts.join('；'));
    }
  }, () => void message.error(t('returns.form.fixErrors')));

  const c = form.control;
  const text = (name: 'customer.name' | 'customer.contact' | 'customer.phone' | 'orderNo' | 'deliveryNoteNo' | 'trackingNo', label: string, required = false) => (
    <FormField control={c} name={name} label={label} required={required}>
      {(f) => <Input id={name} value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
    </FormField>
  );
  return (
    <div className="page" style={{ maxWidth: 1200 }}>
      <Typography.Title level={4}>{id ? t('returns.form.editTitle') : t('returns.form.newTitle')}</Typography.Title>
      {hasApprovals && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('returns.form.editVoidsApprovals')} />}
      <Form layout="vertical" component="div">
        <Card size="small" title={t('returns.form.customerAndOrder')} style={{ marginBottom: 12 }}>
          <Row gutter={12}>
            <Col span={8}><ReturnCustomerField control={c} /></Col>
            <Col span={8}>{text('customer.contact', t('returns.form.contact'))}</Col>
            <Col span={8}>{text('customer.phone', t('returns.form.phone'))}</Col>
            <Col span={6}>{text('orderNo', t('returns.form.orderNo'), true)}</Col>
            <Col span={6}>{text('deliveryNoteNo', t('returns.form.deliveryNoteNo'))}</Col>
            <Col span={6}>{text('trackingNo', t('returns.form.trackingNo'))}</Col>
            <Col span={6}>
              <FormField control={c} name="returnType" label={t('returns.form.returnType')} required>
                {(f) => <Select id="returnType" value={f.value} onChange={f.onChange} options={RETURN_TYPES.map((v) => ({ value: v, label: t(`returns.returnTypes.${v}`) }))} />}
              </FormField>
            </Col>
            <Col span={6}>
              <FormField control={c} name="freightPaidBy" label={t('returns.form.freightPaidBy')} required>
                {(f) => <Select id="freightPaidBy" value={f.value} onChange={f.onChange} options={FREIGHT_PAYERS.map((v) => ({ value: v, label: t(`returns.freight.${v}`) }))} />}
              </FormField>
            </Col>
          </Row>
        </Card>
        <LinesEditor control={c} amounts={totals.lines} />
        <Card size="small" style={{ marginBottom: 12 }}>
          <Space direction="vertical">
            <span>
              {t('returns.form.total')}: <strong data-testid="request-total">{totals.totalFen === undefined ? '—' : `¥${formatYuan(totals.totalFen)}`}</strong>
            </span>
            <span>
              {t('returns.form.capitals')}: <strong data-testid="request-capitals">{totals.totalFen === undefined ? '—' : `人民币${chineseCapitals(totals.totalFen)}`}</strong>
            </span>
          </Space>
        </Card>
        <Space>
          <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
          <Button onClick={() => navigate(id ? `/returns/${id}` : '/returns')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
