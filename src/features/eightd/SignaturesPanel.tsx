/**
 * Prepared / reviewed / approved signatures, each made by the logged-in person
 * with their own key after typing their password again, and shown with its
 * verdict as every station computes it: valid, invalid (red), stale (the content
 * changed since), or signed before accounts existed. An approved report is
 * read-only until someone permitted reopens it with a reason.
 */
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { reopenEightD, signEightD } from '../../db/repositories/eightd';
import { useSignatureVerdicts } from '../../db/hooks/use-signatures';
import { ValidationError } from '../../domain/common/validation-error';
import { SIGNATURE_SLOTS, type EightD, type SignatureSlot } from '../../domain/eightd/schema';
import { currentSignatures, eightDStatement, isApprovedAndLocked, signatureState } from '../../domain/eightd/signature';
import { useSession } from '../../ui/session';
import { SignModal } from '../../ui/SignModal';
import { SignatureBadge } from '../../ui/SignatureBadge';
import { formatInstant } from '../../ui/format';
import { ReopenButton } from '../../ui/ReopenButton';

function errorsOf(t: (k: string) => string, e: unknown): string[] {
  if (!(e instanceof ValidationError)) throw e;
  return e.issues.map((i) => t(i.code));
}

export function SignaturesPanel({ row }: { row: EightD }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const [signing, setSigning] = useState<SignatureSlot>();
  const current = currentSignatures(row.signatures);
  const items = Object.values(current).map((s) => ({ key: s.slot, statement: eightDStatement(row.id, s), proof: s.sig && s.keyId ? { keyId: s.keyId, sig: s.sig } : undefined }));
  const verdicts = useSignatureVerdicts(items);
  const locked = isApprovedAndLocked(row);
  const maySign = (slot: SignatureSlot) => can(slot === 'prepared' ? 'eightd.edit' : 'eightd.sign');
  return (
    <div data-testid="signatures">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('eightd.sign.hashNote')} />
      {locked && (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} data-testid="eightd-locked" title={t('eightd.sign.locked')}
          action={can('eightd.sign') ? <ReopenButton label={t('eightd.sign.reopen')} errorText={(e) => errorsOf(t, e).join('；')} onReopen={(reason) => reopenEightD(getDb(), station, actor, row.id, reason).then(() => undefined)} /> : undefined} />
      )}
      {SIGNATURE_SLOTS.map((slot) => {
        const s = current[slot];
        const stale = s ? signatureState(s, row) !== 'valid' : false;
        return (
          <Descriptions key={slot} size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid={`signature-${slot}`}
            title={<Space>{t(`eightd.sign.slots.${slot}`)}{s && <SignatureBadge verdict={verdicts?.[slot]} stale={stale} />}{!s && <Tag>{t('eightd.sign.notSigned')}</Tag>}</Space>}
            extra={(!s || stale) && maySign(slot) && <Button onClick={() => setSigning(slot)}>{s ? t('eightd.sign.signAgain') : t('eightd.sign.sign')}</Button>}>
            {s && (
              <>
                <Descriptions.Item label={t('eightd.sign.name')}>{s.name}</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.role')}>{t(`settings.roles.${s.role}`, { defaultValue: s.role })}</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.at')}>{formatInstant(s.at, s.timeZone)} ({s.timeZone})</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.meaning')} span={3}>{s.meaning}</Descriptions.Item>
              </>
            )}
          </Descriptions>
        );
      })}
      <SignModal
        open={!!signing}
        title={signing ? t('eightd.sign.dialogTitle', { slot: t(`eightd.sign.slots.${signing}`) }) : ''}
        meaning={signing ? t(`eightd.sign.meanings.${signing}`) : ''}
        onCancel={() => setSigning(undefined)}
        errorText={(e) => errorsOf(t, e)}
        onSign={async (signer) => {
          if (!signing) return;
          await signEightD(getDb(), station, actor, row.id, { slot: signing, meaning: t(`eightd.sign.meanings.${signing}`) }, signer);
          void message.success(t('eightd.sign.signed'));
          setSigning(undefined);
        }}
      />
    </div>
  );
}
