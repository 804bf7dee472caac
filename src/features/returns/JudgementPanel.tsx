/** QA's judgement per received line: inspected / conforming / nonconforming, defect, responsibility, 8D. */
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { receivedQty, RESPONSIBILITIES, suggestEightD, type Responsibility } from '../../domain/returns';
import { getDb } from '../../db/db';
import { recordJudgement } from '../../db/repositories/returns';
import { isoInZone, judgementOf, receiptOf, toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { useSession } from '../../ui/session';
import { refusalMessages } from './issues';
import { parseQty } from './request-form';

interface LineState {
  inspected: string;
  conforming: string;
  nonconforming: string;
  defectFound: string;
  responsibility?: Responsibility;
  eightD?: boolean;
}

export function JudgementPanel({ row }: { row: StoredReturn }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { station, actor, can } = useSession();
  const receipt = receiptOf(row);
  const existing = judgementOf(row);
  const lines = toRequest(row).lines.filter((l) => receipt && receivedQty(receipt, l.id) > 0);
  const [state, setState] = useState<Record<string, LineState>>(() =>
    Object.fromEntries(lines.map((l) => {
      const j = existing?.lines.find((x) => x.lineId === l.id);
      const received = receipt ? receivedQty(receipt, l.id) : 0;
      return [l.id, j
        ? { inspected: String(j.inspectedQty), conforming: String(j.conformingQty), nonconforming: String(j.nonconformingQty), defectFound: j.defectFound, responsibility: j.responsibility, eightD: j.eightDRequired }
        : { inspected: String(received), conforming: '', nonconforming: '', defectFound: '' }];
    })),
  );
  const [errors, setErrors] = useState<string[]>([]);
  if (!receipt) return null;
  const set = (id: string, patch: Partial<LineState>) => setState((s) => ({ ...s, [id]: { ...(s[id] as LineState), ...patch } }));
  const eightDOf = (s: LineState) => s.eightD ?? suggestEightD({ nonconformingQty: parseQty(s.nonconforming) || 0, responsibility: s.responsibility });
  const locked = row.status === 'closed';

  const save = async () => {
    try {
      await recordJudgement(getDb(), station, actor, row.id, {
        judgedAt: isoInZone(Date.now(), station.timeZone),
        judgedBy: actor.name,
        lines: lines.map((l) => {
          const s = state[l.id] as LineState;
          return { lineId: l.id, inspectedQty: parseQty(s.inspected), conformingQty: parseQty(s.conforming), nonconformingQty: parseQty(s.nonconforming), defectFound: s.defectFound, responsibility: s.responsibility, eightDRequired: eightDOf(s) };
        }),
      });
      setErrors([]);
      void message.success(t('common.saved'));
    } catch (e) {
      setErrors(refusalMessages(t, e));
    }
  };
  const qtyInput = (id: string, key: 'inspected' | 'conforming' | 'nonconforming', i: number) => (
    <Input aria-label={`${t(`returns.judgement.${key}`)} ${i + 1}`} disabled={locked} style={{ width: 80 }} value={state[id]?.[key]} onChange={(e) => set(id, { [key]: e.target.value })} />
  );
  return (
    <Card size="small" title={t('returns.judgement.title')} style={{ marginBottom: 12 }} data-testid="judgement-panel">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: t('returns.line.productNo'), dataIndex: 'productNo' },
          { title: t('returns.judgement.received'), key: 'r', render: (_: unknown, l) => receivedQty(receipt, l.id) },
          { title: t('returns.judgement.inspected'), key: 'i', render: (_: unknown, l, i) => qtyInput(l.id, 'inspected', i) },
          { title: t('returns.judgement.conforming'), key: 'c', render: (_: unknown, l, i) => qtyInput(l.id, 'conforming', i) },
          { title: t('returns.judgement.nonconforming'), key: 'n', render: (_: unknown, l, i) => qtyInput(l.id, 'nonconforming', i) },
          { title: t('returns.judgement.defectFound'), key: 'd', render: (_: unknown, l, i) => <Input aria-label={`${t('returns.judgement.defectFound')} ${i + 1}`} disabled={locked} value={state[l.id]?.defectFound} onChange={(e) => set(l.id, { defectFound: e.target.value })} /> },
          {
            title: t('returns.judgement.responsibility'), key: 'p',
            render: (_: unknown, l, i) => <Select aria-label={`${t('returns.judgement.responsibility')} ${i + 1}`} disabled={locked} allowClear style={{ width: 130 }} value={state[l.id]?.responsibility} onChange={(v) => set(l.id, { responsibility: v })} options={RESPONSIBILITIES.map((v) => ({ value: v, label: t(`returns.responsibilities.${v}`) }))} />,
          },
          { title: t('returns.judgement.eightD'), key: 'e', render: (_: unknown, l) => <Checkbox disabled={locked} checked={eightDOf(state[l.id] as LineState)} onChange={(e) => set(l.id, { eightD: e.target.checked })} /> },
        ]}
      />
      {errors.length > 0 && <Alert style={{ marginTop: 8 }} type="error" role="alert" title={errors.join('；')} />}
      {!locked && can('return.judge') && <Button style={{ marginTop: 8, marginRight: 8 }} type="primary" onClick={() => void save()}>{t('returns.judgement.save')}</Button>}
      {row.complaintId && existing?.lines.some((l) => l.eightDRequired) && (
        <Button style={{ marginTop: 8 }} onClick={() => navigate(`/complaints/${row.complaintId}/8d`)}>{t('returns.judgement.open8D')}</Button>
      )}
    </Card>
  );
}
