import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useDepartments } from '../../db/hooks/use-db';
import { saveAccountability, saveQualityCost } from '../../db/repositories/case-records';
import type { WorkflowComplaint } from '../../db/repositories/workflow-store';
import { COST_KINDS, qualityCostSchema, ZERO_COST, type CostKind } from '../../domain/complaint/quality-cost';
import { ValidationError } from '../../domain/common/validation-error';
import { formatYuan, parseYuan } from '../../domain/money/fen';
import { accountabilityInputSchema, CAUSE_CLASSES, type Accountability } from '../../domain/workflow/accountability';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { caseCodeText } from './case-codes';

type Errors = Record<string, string>;

/** Accountability (责任追究 / 考核) and the case's cost of quality: who decides which is the permission matrix's business. */
export function AccountabilityCard({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const departments = useDepartments();
  const current = complaint.accountability as Accountability | undefined;
  const storedCost = qualityCostSchema.safeParse(complaint.qualityCost);
  const cost = storedCost.success ? storedCost.data : ZERO_COST;
  const [a, setA] = useState({
    departmentId: current?.departmentId ?? '', personName: current?.personName ?? '', causeClass: current?.causeClass ?? '',
    points: current?.points ?? 0, amount: current ? formatYuan(current.amountFen).replace(/,/g, '') : '0', note: current?.note ?? '',
  });
  const [yuan, setYuan] = useState<Record<CostKind, string>>(() => Object.fromEntries(COST_KINDS.map((k) => [k, (cost[k] / 100).toFixed(2)])) as Record<CostKind, string>);
  const [errors, setErrors] = useState<Errors>({});
  const mayDecide = can('case.close');
  const mayCost = can('complaint.assess');
  if (!mayDecide && !mayCost && !current) return null;

  const fail = (e: unknown) => {
    if (!(e instanceof ValidationError)) throw e;
    setErrors(Object.fromEntries(e.issues.map((i) => [i.path, caseCodeText(t, i.code)])));
    void message.error(e.issues.map((i) => caseCodeText(t, i.code)).join('；'));
  };
  const saveDecision = async () => {
    const amount = parseYuan(a.amount);
    if (!amount.ok) return setErrors({ amountFen: caseCodeText(t, amount.code) });
    const input = { departmentId: a.departmentId, personName: a.personName, causeClass: a.causeClass as (typeof CAUSE_CLASSES)[number], points: a.points, amountFen: amount.fen, note: a.note };
    const checked = accountabilityInputSchema.safeParse(input);
    if (!checked.success) return fail(ValidationError.fromZod(checked.error));
    try {
      await saveAccountability(getDb(), station, actor, complaint.id, checked.data);
      setErrors({});
      void message.success(t('review.accountabilityForm.saved'));
    } catch (e) {
      fail(e);
    }
  };
  const saveCost = async () => {
    const out: Partial<Record<CostKind, number>> = {};
    const errs: Errors = {};
    for (const k of COST_KINDS) {
      const r = parseYuan(yuan[k] || '0');
      if (r.ok) out[k] = r.fen;
      else errs[k] = caseCodeText(t, r.code);
    }
    setErrors(errs);
    if (Object.keys(errs).length) return;
    try {
      await saveQualityCost(getDb(), station, actor, complaint.id, { ...ZERO_COST, ...out });
      void message.success(t('review.costForm.saved'));
    } catch (e) {
      fail(e);
    }
  };
  const status = (k: string) => (errors[k] ? { validateStatus: 'error' as const, help: errors[k] } : {});

  return (
    <Card size="small" title={t('review.accountability.title')} style={{ marginBottom: 12 }} data-testid="accountability-card">
      {current && (
        <Descriptions size="small" column={3} style={{ marginBottom: 8 }}>
          <Descriptions.Item label={t('review.accountabilityForm.decided')}>{current.decidedBy} · {formatInstant(current.decidedAt, station.timeZone)}</Descriptions.Item>
        </Descriptions>
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form layout="vertical" component="div" disabled={!mayDecide}>
            <Form.Item label={t('review.accountability.department')} required {...status('departmentId')}>
              <Select aria-label={t('review.accountability.department')} value={a.departmentId || undefined} onChange={(v: string) => setA({ ...a, departmentId: v })} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
            <Form.Item label={t('review.accountability.person')} {...status('personName')}>
              <Input aria-label={t('review.accountability.person')} maxLength={100} value={a.personName} onChange={(e) => setA({ ...a, personName: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('review.accountabilityForm.cause')} required {...status('causeClass')}>
              <Select aria-label={t('review.accountabilityForm.cause')} value={a.causeClass || undefined} onChange={(v: string) => setA({ ...a, causeClass: v })} options={CAUSE_CLASSES.map((c) => ({ value: c, label: t(`review.causes.${c}`) }))} />
            </Form.Item>
            <Form.Item label={t('review.accountability.points')} {...status('points')}>
              <InputNumber aria-label={t('review.accountability.points')} min={0} max={1000} precision={0} value={a.points} onChange={(v) => setA({ ...a, points: v ?? 0 })} />
            </Form.Item>
            <Form.Item label={t('review.accountability.amount')} {...status('amountFen')}>
              <Input aria-label={t('review.accountability.amount')} value={a.amount} onChange={(e) => setA({ ...a, amount: e.target.value })} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Form.Item label={t('review.accountabilityForm.note')} {...status('note')}>
              <Input.TextArea maxLength={1000} rows={2} value={a.note} onChange={(e) => setA({ ...a, note: e.target.value })} />
            </Form.Item>
            {mayDecide && <Button type="primary" onClick={() => void saveDecision()}>{t('review.accountabilityForm.save')}</Button>}
          </Form>
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('review.cost.title')}</Typography.Text>
          <Form layout="vertical" component="div" disabled={!mayCost} style={{ marginTop: 8 }}>
            {COST_KINDS.map((k) => (
              <Form.Item key={k} label={`${t(`review.cost.kinds.${k}`)}（${t('review.costForm.yuan')}）`} {...status(k)} style={{ marginBottom: 8 }}>
                <Input aria-label={t(`review.cost.kinds.${k}`)} value={yuan[k]} onChange={(e) => setYuan({ ...yuan, [k]: e.target.value })} style={{ maxWidth: 200 }} />
              </Form.Item>
            ))}
            {mayCost && <Button onClick={() => void saveCost()}>{t('review.costForm.save')}</Button>}
          </Form>
        </Col>
      </Row>
    </Card>
  );
}
