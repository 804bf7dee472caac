/** The warehouse receipt: counted per line (difference computed), condition, location, isolation tag, photos. */
import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ISOLATION_TAGS, PACKAGE_CONDITIONS, RECEIPT_OUTCOMES, type Receipt } from '../../domain/returns';
import { getDb } from '../../db/db';
import { recordReceipt } from '../../db/repositories/returns';
import { isoInZone, receiptOf, toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { useSession } from '../../ui/session';
import { refusalMessages } from './issues';
import { parseQty } from './request-form';
import { ReceiptPhotos } from './ReceiptPhotos';

interface LineState {
  countedQty: string;
  location: string;
  isolationTag: (typeof ISOLATION_TAGS)[number];
}

export function ReceiptPanel({ row }: { row: StoredReturn }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const request = toRequest(row);
  const existing = receiptOf(row);
  const [lines, setLines] = useState<Record<string, LineState>>(() =>
    Object.fromEntries(request.lines.map((l) => {
      const r = existing?.lines.find((x) => x.lineId === l.id);
      return [l.id, { countedQty: r ? String(r.countedQty) : '', location: r?.location ?? '', isolationTag: r?.isolationTag ?? 'isolated' }];
    })),
  );
  const [receivedBy, setReceivedBy] = useState(existing?.receivedBy ?? actor.name);
  const [condition, setCondition] = useState<Receipt['packageCondition']>(existing?.packageCondition ?? 'intact');
  const [outcome, setOutcome] = useState<Receipt['outcome'] | undefined>(existing?.outcome);
  const [confirmOver, setConfirmOver] = useState(existing?.overReceiptConfirmed ?? false);
  const [errors, setErrors] = useState<string[]>([]);
  const set = (id: string, patch: Partial<LineState>) => setLines((s) => ({ ...s, [id]: { ...(s[id] as LineState), ...patch } }));
  const differences = request.lines.map((l) => {
    const counted = parseQty(lines[l.id]?.countedQty ?? '');
    return Number.isInteger(counted) ? counted - l.qtyRequested : undefined;
  });
  const suggested: Receipt['outcome'] = differences.every((d, i) => d !== undefined && d + (request.lines[i]?.qtyRequested ?? 0) === 0)
    ? 'refused'
    : differences.every((d) => d === 0) ? 'accepted' : 'partial';

  const save = async () => {
    try {
      await recordReceipt(getDb(), station, actor, row.id, {
        receivedAt: isoInZone(Date.now(), station.timeZone),
        receivedBy,
        packageCondition: condition,
        outcome: outcome ?? suggested,
        overReceiptConfirmed: confirmOver || undefined,
        note: '',
        lines: request.lines.map((l) => ({ lineId: l.id, countedQty: parseQty(lines[l.id]?.countedQty ?? ''), location: lines[l.id]?.location ?? '', isolationTag: lines[l.id]?.isolationTag ?? 'isolated' })),
      });
      setErrors([]);
      void message.success(t('common.saved'));
    } catch (e) {
      setErrors(refusalMessages(t, e));
    }
  };
  const locked = row.status === 'judged' || row.status === 'closed';
  return (
    <Card size="small" title={t('returns.receipt.title')} style={{ marginBottom: 12 }} data-testid="receipt-panel">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={request.lines}
        columns={[
          { title: t('returns.line.productNo'), dataIndex: 'productNo' },
          { title: t('returns.line.qtyRequested'), dataIndex: 'qtyRequested' },
          { title: t('returns.receipt.counted'), key: 'c', render: (_: unknown, l, i) => <Input aria-label={`${t('returns.receipt.counted')} ${i + 1}`} disabled={locked} style={{ width: 90 }} value={lines[l.id]?.countedQty} onChange={(e) => set(l.id, { countedQty: e.target.value })} /> },
          { title: t('returns.receipt.difference'), key: 'd', render: (_: unknown, _l, i) => <span data-testid={`difference-${i}`}>{differences[i] === undefined ? '—' : differences[i] > 0 ? `+${differences[i]}` : differences[i]}</span> },
          { title: t('returns.receipt.location'), key: 'l', render: (_: unknown, l, i) => <Input aria-label={`${t('returns.receipt.location')} ${i + 1}`} disabled={locked} style={{ width: 110 }} value={lines[l.id]?.location} onChange={(e) => set(l.id, { location: e.target.value })} /> },
          { title: t('returns.receipt.isolationTag'), key: 'i', render: (_: unknown, l) => <Select disabled={locked} style={{ width: 110 }} value={lines[l.id]?.isolationTag} onChange={(v) => set(l.id, { isolationTag: v })} options={ISOLATION_TAGS.map((v) => ({ value: v, label: t(`returns.isolation.${v}`) }))} /> },
          { title: t('returns.photos.line'), key: 'p', render: (_: unknown, l, i) => <ReceiptPhotos row={row} lineId={l.id} locked={locked} label={`${t('returns.photos.add')} ${i + 1}`} /> },
        ]}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <span>{t('returns.receipt.receivedBy')}</span>
        <Input aria-label={t('returns.receipt.receivedBy')} disabled={locked} style={{ width: 140 }} value={receivedBy} onChange={(e) => setReceivedBy(e.target.value)} />
        <span>{t('returns.receipt.packageCondition')}</span>
        <Select aria-label={t('returns.receipt.packageCondition')} disabled={locked} style={{ width: 120 }} value={condition} onChange={setCondition} options={PACKAGE_CONDITIONS.map((v) => ({ value: v, label: t(`returns.packageConditions.${v}`) }))} />
        <span>{t('returns.receipt.outcome')}</span>
        <Select aria-label={t('returns.receipt.outcome')} disabled={locked} style={{ width: 140 }} value={outcome ?? suggested} onChange={setOutcome} options={RECEIPT_OUTCOMES.map((v) => ({ value: v, label: t(`returns.outcomes.${v}`) }))} />
        <Checkbox disabled={locked} checked={confirmOver} onChange={(e) => setConfirmOver(e.target.checked)}>{t('returns.receipt.confirmOver')}</Checkbox>
      </Space>
      <div style={{ marginTop: 8 }}>
        <div>{t('returns.photos.delivery')}</div>
        <ReceiptPhotos row={row} locked={locked} label={t('returns.photos.addDelivery')} />
      </div>
      {errors.length > 0 && <Alert style={{ marginTop: 8 }} type="error" role="alert" title={errors.join('；')} />}
      {!locked && can('return.receive') && <Button style={{ marginTop: 8 }} type="primary" onClick={() => void save()}>{t('returns.receipt.save')}</Button>}
    </Card>
  );
}
