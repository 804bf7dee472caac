/**
 * The idle or manual lock: a full-screen cover over the app, which stays mounted
 * underneath so unsaved form drafts survive. Only the same person's password
 * unlocks it; anyone else logs out (and the drafts go with the session).
 */
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { logIn } from '../../db/repositories/accounts';
import type { Station } from '../../db/repositories/station';
import type { Person } from '../../db/app-db';
import { AuthCard, refusalText } from './AuthCard';

export function LockOverlay({ station, person, onUnlocked, onLogOut }: { station: Station; person: Person; onUnlocked(): void; onLogOut(): void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      await logIn(getDb(), station, person.login ?? '', password);
      onUnlocked();
    } catch (e) {
      setError(refusalText(t, e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="lock-overlay" role="dialog" aria-modal="true" aria-label={t('auth.lock.title')}>
      <AuthCard title={t('auth.lock.title')}>
        <Typography.Paragraph>{t('auth.lock.body', { name: person.name })}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void unlock()} data-testid="unlock-form">
          <Form.Item label={t('auth.login.password')} htmlFor="unlock-password">
            <Input.Password id="unlock-password" autoFocus value={password} onChange={(e) => setPassword(e.target.value)} />
          </Form.Item>
          {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>{t('auth.lock.unlock')}</Button>
          <Button type="link" block onClick={onLogOut}>{t('auth.lock.switchUser')}</Button>
        </Form>
      </AuthCard>
    </div>
  );
}
