/**
 * The claim checks (shelf life, warranty, our product, conformity) as proposals,
 * and the person's decision: accept, or refuse with a reason and a note.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Input, List, Radio, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { claimDecisionStatement, claimLinesFromRequest, masterTerms, measurementsAgainstLimits, proposeRefusals, REFUSAL_REASONS, type RefusalReason } from '../../domain/returns';
import { listOf } from '../../domain/eightd/keyed';
import { normaliseCode } from '../../domain/masterdata/fields';
import { useProducts } from '../../db/hooks/use-masterdata';
import { ClaimMeasurements, type MeasuredValues } from './ClaimMeasurements';
import { getDb } from '../../db/db';
import { useComplaint, usePlantConfig } from '../../db/hooks/use-db';
import { decideReturnClaim } from '../../db/repositories/returns';
import { saveMeasurements, type MeasuredReturn } from '../../db/repositories/returns-measurements';
import { measuredValuesOf, storedMeasurements } from '../../domain/returns/measurements';
import { toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { localDate } from '../../domain/calendar/zone';
import { useSession } from '../../ui/session';
import { refusalMessages } from './issues';
import { SignModal } from '../../ui/SignModal';
import { SignatureBadge } from '../../ui/SignatureBadge';
import { useSignatureVerdicts } from '../../db/hooks/use-signatures';

export function ClaimPanel({ row }: { row: StoredReturn }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const [signing, setSigning] = useState(false);
  const config = usePlantConfig();
  const complaint = useComplaint(row.complaintId || undefined);
  const [kind, setKind] = useState<'accept' | 'refuse'>(row.decision?.kind ?? 'accept');
  const [reason, setReason] = useState<RefusalReason>(row.decision?.kind === 'refuse' ? row.decision.reason : 'pastShelfLife');
  const [note, setNote] = useState(row.decision?.note ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const request = toRequest(row);
  // The day the customer complained, not today: a slow answer must not become a refusal.
  const asOf = localDate(Date.parse(complaint?.receivedAt ?? row.createdAt), station.timeZone);
  const products = useProducts();
  const stored = (row as MeasuredReturn).measurements;
  const [measured, setMeasured] = useState<MeasuredValues>(() => Object.fromEntries(Object.entries(stored ?? {}).map(([id, line]) => [id, measuredValuesOf(line)])));
  const [edited, setEdited] = useState(false);
  const byCode = new Map((products ?? []).map((p) => [p.code, p]));
  const measureLines = request.lines.map((l) => ({ id: l.id, productNo: l.productNo, characteristics: listOf(byCode.get(normaliseCode(l.productNo))?.characteristics) }));
  // Saved values are judged against the limits they were measured against; values being typed, against the master's.
  const measurements = Object.fromEntries(measureLines.map((l) => [l.id, edited || !stored?.[l.id] ? measurementsAgainstLimits(l.characteristics, measured[l.id] ?? {}) : storedMeasurements(stored[l.id])]));
  const saveMeasured = async () => {
    try {
      await saveMeasurements(getDb(), station, actor, row.id, measured);
      setEdited(false);
      void message.success(t('returns.claim.measuredSaved'));
    } catch (e) {
      void message.error(refusalMessages(t, e).join('；'));
    }
  };
  const lines = claimLinesFromRequest(request, masterTerms(products ?? []), measurements);
  const proposals = proposeRefusals({ asOf, lines, ourProductPrefixes: config?.ourProductPrefixes ?? [] });

  const decisionWords = kind === 'accept' ? t('returns.claim.accept') : `${t('returns.claim.refuse')} · ${t(`returns.refusalReasons.${reason}`)}`;
  return (
    <Card size="small" title={t('returns.claim.title')} style={{ marginBottom: 12 }} data-testid="claim-panel">
      {row.decision && (
        <Alert
          style={{ marginBottom: 8 }}
          type={row.decision.kind === 'accept' ? 'success' : 'error'}
          title={row.decision.kind === 'accept' ? t('returns.claim.accepted') : t('returns.claim.refused', { reason: t(`returns.refusalReasons.${row.decision.reason}`) })}
          description={row.decision.note || undefined}
        />
      )}
      <List
        size="small"
        header={t('returns.claim.checks')}
        dataSource={proposals}
        locale={{ emptyText: t('returns.claim.noProposals') }}
        renderItem={(p) => (
          <List.Item
            actions={[<Button key="use" size="small" onClick={() => { setKind('refuse'); setReason(p.code); }}>{t('returns.claim.useProposal')}</Button>]}
          >
            <Tag color="red">{t(`returns.refusalReasons.${p.code}`)}</Tag> {t('returns.line.title', { n: p.lineIndex + 1 })} {t(`returns.claim.detail.${p.code}`, p.detail as Record<string, unknown>)}
          </List.Item>
        )}
      />
      {row.decision?.signature && <Space style={{ marginBottom: 8 }}>{t('auth.sign.title')}: <DecisionBadge row={row} /></Space>}
      <ClaimMeasurements lines={measureLines} values={measured} onChange={(v) => { setMeasured(v); setEdited(true); }} onSave={can('return.judge') ? () => void saveMeasured() : undefined} />
      {!row.receipt && can('claim.decide') && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'accept' | 'refuse')}>
            <Radio value="accept">{t('returns.claim.accept')}</Radio>
            <Radio value="refuse">{t('returns.claim.refuse')}</Radio>
          </Radio.Group>
          {kind === 'refuse' && (
            <Select aria-label={t('returns.claim.reason')} style={{ width: 300 }} value={reason} onChange={setReason} options={REFUSAL_REASONS.map((r) => ({ value: r, label: t(`returns.refusalReasons.${r}`) }))} />
          )}
          <Input.TextArea aria-label={t('returns.claim.note')} placeholder={t('returns.claim.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          {errors.length > 0 && <Alert type="error" role="alert" title={errors.join('；')} />}
          <Button type="primary" onClick={() => setSigning(true)}>{t('returns.claim.decide')}</Button>
        </Space>
      )}
      <SignModal
        open={signing}
        title={t('returns.claim.title')}
        meaning={`${decisionWords} · ${row.number}`}
        onCancel={() => setSigning(false)}
        errorText={(e) => refusalMessages(t, e)}
        onSign={async (signer) => {
          await decideReturnClaim(getDb(), station, actor, row.id, kind === 'accept' ? { kind, note } : { kind, reason, note }, signer);
          setSigning(false);
          setErrors([]);
          void message.success(t('common.saved'));
        }}
      />
    </Card>
  );
}

function DecisionBadge({ row }: { row: StoredReturn }) {
  const d = row.decision;
  const s = d?.signature;
  const items = d && s && d.contentHash ? [{ key: 'claim', statement: claimDecisionStatement(row.id, d, s, d.contentHash), proof: { keyId: s.keyId, sig: s.sig } }] : [];
  const verdicts = useSignatureVerdicts(items);
  return <SignatureBadge verdict={verdicts?.claim} />;
}
