/**
 * The signature manifestation: before a signature is made the signer sees their
 * printed name, role, what the signature means and the date and time with the
 * zone, and types their password again. The password unlocks their own key for
 * this one signature; the repository signs and checks it.
 */
import { useState, type ReactNode } from 'react';
import { Alert, Descriptions, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../db/db';
import { unlockSigner, type Signer } from '../db/repositories/signing';
import { formatInstant } from './format';
import { useSession } from './session';

export interface SignModalProps {
  open: boolean;
  title: string;
  /** What the signature means, in words (e.g. "批准 · 以总经理身份审批退货"). */
  meaning: string;
  okText?: string;
  onCancel(): void;
  /** Makes the signed write; a throw is shown under the form through errorText. */
  onSign(signer: Signer): Promise<void>;
  errorText(e: unknown): string[];
  children?: ReactNode;
}

export function SignModal({ open, title, meaning, okText, onCancel, onSign, errorText, children }: SignModalProps) {
  const { t } = useTranslation();
  const { person, station } = useSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const close = () => {
    setPassword('');
    setErrors([]);
    onCancel();
  };
  const sign = async () => {
    setBusy(true);
    setErrors([]);
    try {
      const signer = await unlockSigner(getDb(), person.id, password);
      await onSign(signer);
      setPassword('');
    } catch (e) {
      setErrors(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('auth.sign.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void sign()}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {children}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('auth.sign.intro')}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered data-testid="sign-manifest">
        <Descriptions.Item label={t('auth.sign.name')}>{person.name}</Descriptions.Item>
        <Descriptions.Item label={t('auth.sign.role')}>{t(`settings.roles.${person.role}`)}</Descriptions.Item>
        <Descriptions.Item label={t('auth.sign.meaning')}>{meaning}</Descriptions.Item>
        <Descriptions.Item label={t('auth.sign.time')}>{formatInstant(new Date().toISOString(), station.timeZone)} ({station.timeZone})</Descriptions.Item>
      </Descriptions>
      <label htmlFor="sign-password" style={{ display: 'block', marginTop: 12 }}>{t('auth.sign.password')}</label>
      <Input.Password id="sign-password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} onPressEnter={() => void sign()} />
      {errors.length > 0 && <Alert type="error" role="alert" data-testid="sign-error" title={errors.join('；')} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
