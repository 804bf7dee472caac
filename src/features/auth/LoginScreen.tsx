/** The login screen: nothing of the app is reachable before it. */
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { logIn, type LoginResult } from '../../db/repositories/accounts';
import type { Station } from '../../db/repositories/station';
import { AuthCard, refusalText } from './AuthCard';
import { markStart } from '../../db/hooks/start-marks';

export interface LoginScreenProps {
  station: Station;
  onLoggedIn(r: LoginResult): void;
  /** Called once when the form is first shown (the app loads what follows the login meanwhile). */
  onShown?: () => void;
  notice?: ReactNode;
}

export function LoginScreen({ station, onLoggedIn, onShown, notice }: LoginScreenProps) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    markStart('cd:login-shown');
    onShown?.();
    // Once per mount: a new callback identity is not a new showing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const submit = async () => {
    markStart('cd:login-submit');
    setBusy(true);
    setError(null);
    try {
      const result = await logIn(getDb(), station, login, password);
      markStart('cd:logged-in');
      onLoggedIn(result);
    } catch (e) {
      setError(refusalText(t, e));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <AuthCard title={t('auth.login.title')}>
      {notice}
      <Form layout="vertical" onFinish={() => void submit()} data-testid="login-form">
        <Typography.Paragraph type="secondary">{station.name} ({station.code})</Typography.Paragraph>
        <Form.Item label={t('auth.login.login')} htmlFor="login">
          <Input id="login" autoFocus autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('auth.login.password')} htmlFor="password">
          <Input.Password id="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Form.Item>
        {error && <Alert role="alert" type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" block loading={busy}>{busy ? t('auth.login.busy') : t('auth.login.submit')}</Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('auth.login.hint')}</Typography.Paragraph>
      </Form>
    </AuthCard>
  );
}
