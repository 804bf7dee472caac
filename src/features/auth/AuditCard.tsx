/**
 * Settings › Audit trail: who did what and when, newest first, filtered by person
 * or to logins and account changes; and a check of this station's hash chain.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Select, Space, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditTrail } from '../../db/hooks/use-audit';
import { getDb } from '../../db/db';
import type { AuditEntry } from '../../domain/audit/audit-chain';
import { verifyAuditChainNow } from '../../db/audit-verify';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { dotless } from './messages';

const SESSION_ACTIONS = /^(auth|account)\./;
/** Entries named as events rather than as an edit of a record: sessions, accounts, audit checks, backups. */
const EVENT_ACTIONS = /^(auth|account|audit|backup|station|sync)\./;

export function AuditCard() {
  const { t } = useTranslation();
  const { station, people } = useSession();
  const [who, setWho] = useState<string | undefined>();
  const [onlySession, setOnlySession] = useState(false);
  const [chain, setChain] = useState<{ ok: boolean; text: string } | null>(null);
  const entries = useAuditTrail(500);
  const rows = useMemo(
    () => (entries ?? []).filter((e) => (!who || e.actor === who) && (!onlySession || SESSION_ACTIONS.test(e.action))),
    [entries, who, onlySession],
  );
  const label = (e: AuditEntry) => (EVENT_ACTIONS.test(e.action) ? t(`auth.audit.events.${dotless(e.action)}`, { defaultValue: e.action }) : t('auth.audit.edit', { entity: t(`auth.audit.entities.${e.entity}`, { defaultValue: e.entity }) }));
  const verify = async () => {
    // The same check as at start: a break found here is audited and shown in the banner too.
    const result = await verifyAuditChainNow(getDb(), station, 'demand');
    setChain({ ok: result.ok, text: result.ok ? t('auth.audit.chainOk', { count: result.entries }) : t('auth.audit.chainBroken', { seq: result.brokenAt }) });
  };
  return (
    <Card size="small" title={t('auth.audit.title')} style={{ marginTop: 16 }} data-testid="audit-card"
      extra={<Button onClick={() => void verify()}>{t('auth.audit.verify')}</Button>}>
      <Typography.Paragraph type="secondary">{t('auth.audit.intro')}</Typography.Paragraph>
      {chain && <Alert style={{ marginBottom: 8 }} type={chain.ok ? 'info' : 'error'} title={chain.text} data-testid="audit-chain" />}
      <Space style={{ marginBottom: 8 }} wrap>
        <Select allowClear aria-label={t('auth.audit.filterWho')} placeholder={t('auth.audit.filterWho')} style={{ width: 180 }} value={who} onChange={setWho}
          options={people.map((p) => ({ value: p.name, label: p.name }))} />
        <Space><Switch checked={onlySession} onChange={setOnlySession} aria-label={t('auth.audit.onlySession')} />{t('auth.audit.onlySession')}</Space>
      </Space>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { title: t('auth.audit.when'), dataIndex: 'at', width: 150, render: (at: string) => formatInstant(at, station.timeZone) },
          { title: t('auth.audit.who'), dataIndex: 'actor', width: 120 },
          { title: t('auth.audit.what'), key: 'what', render: (_: unknown, e) => label(e) },
          { title: t('auth.audit.entity'), dataIndex: 'rowId', render: (id: string, e) => (SESSION_ACTIONS.test(e.action) ? '' : id) },
        ]}
      />
    </Card>
  );
}
