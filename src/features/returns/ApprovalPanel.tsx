/**
 * Who must sign this return (by amount, from settings), who has, and a sign action
 * offered only to the logged-in person whose role may sign for it. Signing re-asks
 * the password; the repository checks the role, the order and the key again.
 * Every signature shows its verdict, as every station computes it.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Radio, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { approvalStatement, type ApprovalRecord, type Role } from '../../domain/returns';
import { approvalAction } from '../../domain/auth/permissions';
import { useSignatureVerdicts } from '../../db/hooks/use-signatures';
import { SignModal } from '../../ui/SignModal';
import { SignatureBadge } from '../../ui/SignatureBadge';
import { getDb } from '../../db/db';
import { approveReturn } from '../../db/repositories/returns';
import { approvalsOf, type StoredReturn } from '../../db/repositories/returns-row';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { refusalMessages } from './issues';
import { SignaturePad } from './SignaturePad';
import { useApprovalState } from './use-approval-state';

export function ApprovalPanel({ row }: { row: StoredReturn }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, person, can } = useSession();
  const state = useApprovalState(row);
  const [signing, setSigning] = useState<Role | null>(null);
  const [meaning, setMeaning] = useState<'approved' | 'rejected'>('approved');
  const [comment, setComment] = useState('');
  const [signature, setSignature] = useState<string>();
  const approvals = approvalsOf(row);
  const verdicts = useSignatureVerdicts(approvals.map((a) => ({ key: a.id, statement: approvalStatement(row.id, a), proof: a.sig && a.keyId ? { keyId: a.keyId, sig: a.sig } : undefined })));
  if (!state) return null;
  const locked = !!row.receipt;

  const open = (role: Role) => {
    setSigning(role);
    setMeaning('approved');
    setComment('');
    setSignature(undefined);
  };
  const mayApprove = (role: Role) => {
    const action = approvalAction(role);
    return !!action && can(action) && person.role === role;
  };
  return (
    <Card size="small" title={t('returns.approval.title')} style={{ marginBottom: 12 }} data-testid="approval-panel">
      {state.required.length === 0 ? (
        <Alert type="info" showIcon title={t('returns.approval.noneRequired')} data-testid="no-approval-needed" />
      ) : (
        <Space wrap style={{ marginBottom: 8 }}>
          {state.required.map((role) => (
            <Space key={role} data-testid={`required-${role}`}>
              <Tag color={state.satisfied.includes(role) ? 'green' : 'orange'}>
                {t(`settings.roles.${role}`)}: {state.satisfied.includes(role) ? t('returns.approval.done') : t('returns.approval.missing')}
              </Tag>
              {!state.satisfied.includes(role) && !locked && mayApprove(role) && (
                <Button size="small" type="primary" onClick={() => open(role)}>{t('returns.approval.signAs', { role: t(`settings.roles.${role}`) })}</Button>
              )}
            </Space>
          ))}
        </Space>
      )}
      {approvals.length > 0 && (
        <Table<ApprovalRecord>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={approvals}
          columns={[
            { title: t('returns.approval.role'), dataIndex: 'role', render: (r: string) => t(`settings.roles.${r}`) },
            { title: t('returns.approval.signer'), dataIndex: 'signerName' },
            { title: t('returns.approval.at'), dataIndex: 'at', render: (at: string, a) => `${formatInstant(at, a.timeZone)} (${a.timeZone})` },
            { title: t('returns.approval.meaning'), dataIndex: 'meaning', render: (m: string) => t(`returns.approval.meanings.${m}`) },
            { title: t('returns.approval.comment'), dataIndex: 'comment' },
            { title: t('returns.approval.signature'), dataIndex: 'signatureImage', render: (s?: string) => (s ? <img src={s} alt="" style={{ height: 32 }} /> : '') },
            { title: t('returns.approval.state'), key: 'v', render: (_: unknown, a) => (a.voided ? <Tag color="red">{t('returns.approval.voided')}</Tag> : <Tag>{t('returns.approval.live')}</Tag>) },
            { title: t('auth.sign.title'), key: 'sig', render: (_: unknown, a) => <SignatureBadge verdict={verdicts?.[a.id]} /> },
          ]}
        />
      )}
      <SignModal
        open={signing !== null}
        title={signing ? t('returns.approval.signAs', { role: t(`settings.roles.${signing}`) }) : ''}
        meaning={`${t(`returns.approval.meanings.${meaning}`)} · ${row.number}${comment.trim() ? ` · ${comment.trim()}` : ''}`}
        okText={t('returns.approval.confirmSign')}
        onCancel={() => setSigning(null)}
        errorText={(e) => refusalMessages(t, e)}
        onSign={async (signer) => {
          if (!signing) return;
          await approveReturn(getDb(), station, actor, row.id, { role: signing, meaning, comment, signatureImage: signature }, signer);
          setSigning(null);
          void message.success(t('returns.approval.signed'));
        }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={meaning} onChange={(e) => setMeaning(e.target.value as 'approved' | 'rejected')}>
            <Radio value="approved">{t('returns.approval.meanings.approved')}</Radio>
            <Radio value="rejected">{t('returns.approval.meanings.rejected')}</Radio>
          </Radio.Group>
          <Input.TextArea aria-label={t('returns.approval.comment')} placeholder={t('returns.approval.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
          <SignaturePad onChange={setSignature} />
        </Space>
      </SignModal>
    </Card>
  );
}
