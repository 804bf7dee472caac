/**
 * Who must sign this return (by amount, from settings), who has, and a sign action
 * for the acting person. The role check is the repository's: the panel lets anyone
 * try, so a wrong-role attempt gets its refusal message instead of a hidden button.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Input, Modal, Radio, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalRecord, Role } from '../../domain/returns';
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
  const { station, actor, person } = useSession();
  const state = useApprovalState(row);
  const [signing, setSigning] = useState<Role | null>(null);
  const [meaning, setMeaning] = useState<'approved' | 'rejected'>('approved');
  const [comment, setComment] = useState('');
  const [signature, setSignature] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);
  if (!state) return null;
  const locked = !!row.receipt;

  const open = (role: Role) => {
    setSigning(role);
    setMeaning('approved');
    setComment('');
    setSignature(undefined);
    setErrors([]);
  };
  const sign = async () => {
    if (!signing) return;
    if (!person) {
      setErrors([t('returns.codes.repo.noActingPerson')]);
      return;
    }
    try {
      await approveReturn(getDb(), station, actor, row.id, { personId: person.id, role: signing, meaning, comment, signatureImage: signature });
      setSigning(null);
      void message.success(t('returns.approval.signed'));
    } catch (e) {
      setErrors(refusalMessages(t, e));
    }
  };

  const approvals = approvalsOf(row);
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
              {!state.satisfied.includes(role) && !locked && (
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
          ]}
        />
      )}
      <Modal
        open={signing !== null}
        title={signing ? t('returns.approval.signAs', { role: t(`settings.roles.${signing}`) }) : ''}
        okText={t('returns.approval.confirmSign')}
        cancelText={t('common.cancel')}
        onOk={() => void sign()}
        onCancel={() => setSigning(null)}
        // A pen stroke that slips off the pad must not throw the signature away.
        mask={{ closable: false }}
        destroyOnHidden
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('returns.approval.signingAs', { name: person?.name ?? '—', role: person ? t(`settings.roles.${person.role}`) : '—' })}</span>
          <Radio.Group value={meaning} onChange={(e) => setMeaning(e.target.value as 'approved' | 'rejected')}>
            <Radio value="approved">{t('returns.approval.meanings.approved')}</Radio>
            <Radio value="rejected">{t('returns.approval.meanings.rejected')}</Radio>
          </Radio.Group>
          <Input.TextArea aria-label={t('returns.approval.comment')} placeholder={t('returns.approval.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
          <SignaturePad onChange={setSignature} />
          {errors.length > 0 && <Alert type="error" role="alert" data-testid="approval-error" title={errors.join('；')} />}
        </Space>
      </Modal>
    </Card>
  );
}
