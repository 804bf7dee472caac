/**
 * Settings › Accounts (administrator): a login for a person, their role, a reset
 * of a forgotten password, disabling. Every change is an enrolment signed with
 * the administrator's own key (unlocked at login) and goes to the audit trail.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { createAccount, resetPassword, setAccountActive, setAccountRole } from '../../db/repositories/accounts';
import { enrolmentsOf } from '../../db/repositories/signing';
import type { Person } from '../../db/app-db';
import { ValidationError } from '../../domain/common/validation-error';
import { fingerprint } from '../../domain/auth/keys';
import { stateAt } from '../../domain/auth/statements';
import { PERSON_ROLES, type PersonRole } from '../../domain/org/org';
import { useSession } from '../../ui/session';

type Dialog = { kind: 'create' | 'reset' | 'role'; person: Person } | null;

function currentKey(p: Person): string {
  const e = stateAt(enrolmentsOf(p), p.id, new Date().toISOString());
  return e ? fingerprint(e.publicKey) : '';
}

export function AccountsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, people, signer } = useSession();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [login, setLogin] = useState('');
  const [role, setRole] = useState<PersonRole>('qaEngineer');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const open = (kind: 'create' | 'reset' | 'role', person: Person) => {
    setDialog({ kind, person });
    setLogin(person.login ?? '');
    setRole(person.role as PersonRole);
    setPassword('');
    setConfirm('');
    setErrors([]);
  };
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      void message.success(done);
      setDialog(null);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setErrors([...new Set(e.issues.map((i) => t(i.code)))]);
    } finally {
      setBusy(false);
    }
  };
  const submit = () => {
    if (!dialog) return;
    const db = getDb();
    const p = dialog.person;
    if (dialog.kind === 'create') void run(() => createAccount(db, station, signer, { personId: p.id, login, role, password, confirm }), t('auth.accounts.created'));
    else if (dialog.kind === 'reset') void run(() => resetPassword(db, station, signer, p.id, { password, confirm }), t('auth.accounts.resetDone'));
    else void run(() => setAccountRole(db, station, signer, p.id, role), t('common.saved'));
  };
  const toggle = (p: Person) => {
    setErrors([]);
    void run(() => setAccountActive(getDb(), station, signer, p.id, !p.active), t('common.saved')).then(() => undefined);
  };

  return (
    <Card size="small" title={t('auth.accounts.title')} style={{ marginTop: 16 }} data-testid="accounts-card">
      <Typography.Paragraph type="secondary">{t('auth.accounts.intro')}</Typography.Paragraph>
      {errors.length > 0 && !dialog && <Alert type="error" role="alert" title={errors.join('；')} style={{ marginBottom: 8 }} />}
      <Table<Person>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={people}
        columns={[
          { title: t('settings.personName'), dataIndex: 'name' },
          { title: t('auth.loginName'), dataIndex: 'login', render: (l?: string) => l ?? <Tag>{t('auth.accounts.noAccount')}</Tag> },
          { title: t('settings.personRole'), dataIndex: 'role', render: (r: string) => t(`settings.roles.${r}`) },
          {
            title: t('auth.accounts.status'), key: 's',
            render: (_: unknown, p) => !p.login ? null : (
              <Space>
                {p.active ? <Tag color="green">{t('auth.accounts.active')}</Tag> : <Tag color="red">{t('auth.accounts.disabled')}</Tag>}
                {p.credential?.mustChange && <Tag color="orange">{t('auth.accounts.mustChange')}</Tag>}
              </Space>
            ),
          },
          { title: t('auth.accounts.fingerprint'), key: 'k', render: (_: unknown, p) => <Typography.Text code style={{ fontSize: 11 }}>{currentKey(p)}</Typography.Text> },
          {
            title: t('common.actions'), key: 'a',
            render: (_: unknown, p) => !p.login ? (
              <Button size="small" onClick={() => open('create', p)}>{t('auth.accounts.create')}</Button>
            ) : (
              <Space size={4} wrap>
                <Button size="small" onClick={() => open('role', p)}>{t('auth.accounts.changeRole')}</Button>
                <Button size="small" onClick={() => open('reset', p)}>{t('auth.accounts.reset')}</Button>
                <Button size="small" danger={p.active} onClick={() => toggle(p)}>{p.active ? t('auth.accounts.disable') : t('auth.accounts.enable')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={dialog !== null}
        title={dialog ? `${t(`auth.accounts.${dialog.kind === 'create' ? 'create' : dialog.kind === 'reset' ? 'reset' : 'changeRole'}`)} · ${dialog.person.name}` : ''}
        onOk={submit}
        confirmLoading={busy}
        onCancel={() => setDialog(null)}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          {dialog?.kind === 'create' && (
            <Form.Item label={t('auth.loginName')} htmlFor="account-login" required>
              <Input id="account-login" value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="off" />
            </Form.Item>
          )}
          {dialog?.kind !== 'reset' && (
            <Form.Item label={t('settings.personRole')} htmlFor="account-role" required>
              <Select id="account-role" value={role} onChange={setRole} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`settings.roles.${r}`) }))} />
            </Form.Item>
          )}
          {dialog?.kind !== 'role' && (
            <>
              <Form.Item label={t('auth.accounts.tempPassword')} htmlFor="account-password" required>
                <Input.Password id="account-password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
              </Form.Item>
              <Form.Item label={t('auth.confirmPassword')} htmlFor="account-confirm" required>
                <Input.Password id="account-confirm" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" />
              </Form.Item>
            </>
          )}
          {errors.length > 0 && <Alert type="error" role="alert" data-testid="account-error" title={errors.join('；')} />}
        </Form>
      </Modal>
    </Card>
  );
}
