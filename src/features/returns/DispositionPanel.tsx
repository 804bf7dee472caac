/** Disposition per received line: actions whose quantities must add up to what was received. */
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DISPOSITION_KINDS, receivedQty, type DispositionKind } from '../../domain/returns';
import { parseYuan } from '../../domain/money';
import { getDb } from '../../db/db';
import { isSettledAndLocked, recordDisposition, reopenReturn } from '../../db/repositories/returns';
import { dispositionOf, receiptOf, toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { useSession } from '../../ui/session';
import { ReopenButton } from '../../ui/ReopenButton';
import { codeText, refusalMessages } from './issues';
import { parseQty } from './request-form';

interface ActionState {
  kind: DispositionKind;
  qty: string;
  date: string;
  refund: string;
}

export function DispositionPanel({ row }: { row: StoredReturn }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const receipt = receiptOf(row);
  const lines = toRequest(row).lines.filter((l) => receipt && receivedQty(receipt, l.id) > 0);
  const existing = dispositionOf(row);
  const [state, setState] = useState<Record<string, ActionState[]>>(() =>
    Object.fromEntries(lines.map((l) => {
      const actions = existing?.lines.find((x) => x.lineId === l.id)?.actions;
      return [l.id, actions?.length
        ? actions.map((a) => ({ kind: a.kind, qty: String(a.qty), date: a.replaceShipDate ?? '', refund: a.refundFen === undefined ? '' : String(a.refundFen / 100) }))
        : [{ kind: 'scrap' as const, qty: receipt ? String(receivedQty(receipt, l.id)) : '', date: '', refund: '' }]];
    })),
  );
  const [errors, setErrors] = useState<string[]>([]);
  const settled = isSettledAndLocked(row);
  if (!receipt) return null;
  const update = (id: string, index: number, patch: Partial<ActionState>) =>
    setState((s) => ({ ...s, [id]: (s[id] ?? []).map((a, i) => (i === index ? { ...a, ...patch } : a)) }));

  const save = async () => {
    const bad: string[] = [];
    const payload = {
      lines: lines.map((l) => ({
        lineId: l.id,
        actions: (state[l.id] ?? []).map((a) => {
          const refund = a.refund.trim() === '' ? undefined : parseYuan(a.refund);
          if (refund && !refund.ok) bad.push(codeText(t, refund.code));
          return { kind: a.kind, qty: parseQty(a.qty), replaceShipDate: a.date.trim() || undefined, refundFen: refund?.ok ? refund.fen : undefined };
        }),
      })),
    };
    if (bad.length) return setErrors(bad);
    try {
      await recordDisposition(getDb(), station, actor, row.id, payload);
      setErrors([]);
      void message.success(t('common.saved'));
    } catch (e) {
      setErrors(refusalMessages(t, e));
    }
  };
  return (
    <Card size="small" title={t('returns.disposition.title')} style={{ marginBottom: 12 }} data-testid="disposition-panel">
      {settled && (
        <Alert type="success" showIcon style={{ marginBottom: 8 }} data-testid="return-locked" title={t('auth.settledLocked')}
          action={can('case.close') ? <ReopenButton label={t('auth.reopen')} errorText={(e) => refusalMessages(t, e).join('；')} onReopen={(reason) => reopenReturn(getDb(), station, actor, row.id, reason).then(() => undefined)} /> : undefined} />
      )}
      {lines.map((l, li) => (
        <div key={l.id} style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {l.productNo} — {t('returns.disposition.received', { n: receivedQty(receipt, l.id) })}
          </Typography.Text>
          {(state[l.id] ?? []).map((a, ai) => (
            <Space key={ai} style={{ display: 'flex', marginTop: 4 }}>
              <Select aria-label={`${t('returns.disposition.kind')} ${li + 1}.${ai + 1}`} style={{ width: 130 }} value={a.kind} onChange={(kind) => update(l.id, ai, { kind })} options={DISPOSITION_KINDS.map((k) => ({ value: k, label: t(`returns.dispositions.${k}`) }))} />
              <Input aria-label={`${t('returns.disposition.qty')} ${li + 1}.${ai + 1}`} style={{ width: 80 }} placeholder={t('returns.disposition.qty')} value={a.qty} onChange={(e) => update(l.id, ai, { qty: e.target.value })} />
              {a.kind === 'replace' && <Input aria-label={`${t('returns.disposition.replaceDate')} ${li + 1}.${ai + 1}`} style={{ width: 130 }} placeholder="YYYY-MM-DD" value={a.date} onChange={(e) => update(l.id, ai, { date: e.target.value })} />}
              {a.kind === 'refund' && <Input aria-label={`${t('returns.disposition.refund')} ${li + 1}.${ai + 1}`} style={{ width: 110 }} placeholder={t('returns.disposition.refund')} value={a.refund} onChange={(e) => update(l.id, ai, { refund: e.target.value })} />}
              {(state[l.id]?.length ?? 0) > 1 && <Button size="small" onClick={() => setState((s) => ({ ...s, [l.id]: (s[l.id] ?? []).filter((_, i) => i !== ai) }))}>{t('returns.line.remove')}</Button>}
            </Space>
          ))}
          <Button size="small" style={{ marginTop: 4 }} onClick={() => setState((s) => ({ ...s, [l.id]: [...(s[l.id] ?? []), { kind: 'rework', qty: '', date: '', refund: '' }] }))}>
            {t('returns.disposition.addAction', { n: li + 1 })}
          </Button>
        </div>
      ))}
      {errors.length > 0 && <Alert style={{ marginTop: 8 }} type="error" role="alert" title={errors.join('；')} />}
      {can('return.judge') && !settled && <Button style={{ marginTop: 8 }} type="primary" onClick={() => void save()}>{t('returns.disposition.save')}</Button>}
    </Card>
  );
}
