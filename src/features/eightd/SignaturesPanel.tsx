/**
 * Prepared / reviewed / approved signatures. Each records printed name, role,
 * time with zone, meaning and the hash of the saved content; a signature whose
 * hash no longer matches shows as stale and that slot may be signed again.
 */
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { signEightD } from '../../db/repositories/eightd';
import { ValidationError } from '../../domain/common/validation-error';
import { SIGNATURE_SLOTS, type EightD, type SignatureSlot } from '../../domain/eightd/schema';
import { currentSignatures, signatureState } from '../../domain/eightd/signature';
import { useSession } from '../../ui/session';

function SignDialog({ row, slot, onClose }: { row: EightD; slot: SignatureSlot; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, person } = useSession();
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState(person ? t(`settings.roles.${person.role}`, { defaultValue: person.role }) : '');
  const [meaning, setMeaning] = useState(t(`eightd.sign.meanings.${slot}`));
  const [error, setError] = useState<string>();
  const sign = async () => {
    try {
      await signEightD(getDb(), station, actor, row.id, { slot, name, role, meaning, personId: person?.id ?? '' });
      void message.success(t('eightd.sign.signed'));
      onClose();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(e.issues.map((i) => t(i.code)).join('；'));
    }
  };
  const slotName = t(`eightd.sign.slots.${slot}`);
  return (
    <Modal open title={t('eightd.sign.dialogTitle', { slot: slotName })} onCancel={onClose} onOk={() => void sign()} okText={t('eightd.sign.sign')} cancelText={t('common.cancel')}>
      <Typography.Paragraph type="secondary">{t('eightd.sign.hashNote')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('eightd.sign.name')} htmlFor="sign-name" required validateStatus={error ? 'error' : undefined} help={error && <span data-field-error="sign-name">{error}</span>}>
          <Input id="sign-name" value={name} onChange={(e) => setName(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('eightd.sign.role')} htmlFor="sign-role"><Input id="sign-role" value={role} onChange={(e) => setRole(e.target.value)} /></Form.Item>
        <Form.Item label={t('eightd.sign.meaning')} htmlFor="sign-meaning"><Input id="sign-meaning" value={meaning} onChange={(e) => setMeaning(e.target.value)} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function SignaturesPanel({ row }: { row: EightD }) {
  const { t } = useTranslation();
  const [signing, setSigning] = useState<SignatureSlot>();
  const current = currentSignatures(row.signatures);
  return (
    <div data-testid="signatures">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('eightd.sign.hashNote')} />
      {SIGNATURE_SLOTS.map((slot) => {
        const s = current[slot];
        const state = s ? signatureState(s, row) : undefined;
        return (
          <Descriptions key={slot} size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid={`signature-${slot}`}
            title={<Space>{t(`eightd.sign.slots.${slot}`)}{state && <Tag color={state === 'valid' ? 'green' : 'red'}>{t(`eightd.sign.${state}`)}</Tag>}{!s && <Tag>{t('eightd.sign.notSigned')}</Tag>}</Space>}
            extra={state !== 'valid' && <Button onClick={() => setSigning(slot)}>{s ? t('eightd.sign.signAgain') : t('eightd.sign.sign')}</Button>}>
            {s && (
              <>
                <Descriptions.Item label={t('eightd.sign.name')}>{s.name}</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.role')}>{s.role}</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.at')}>{s.at}</Descriptions.Item>
                <Descriptions.Item label={t('eightd.sign.meaning')} span={3}>{s.meaning}</Descriptions.Item>
              </>
            )}
          </Descriptions>
        );
      })}
      {signing && <SignDialog row={row} slot={signing} onClose={() => setSigning(undefined)} />}
    </div>
  );
}
