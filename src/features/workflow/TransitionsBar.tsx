import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { availableTransitions, REPLY_METHODS, type AvailableTransition, type ReplyMethod } from '../../domain/workflow/status-machine';
import { complaintStatusSchema, REJECTION_REASONS, type RejectionReason } from '../../domain/workflow/statuses';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { useEightDProgress } from '../../db/hooks/use-eightd-progress';
import { assessmentStateOf, MANAGER_ROLES, transitionComplaint, type TransitionInput } from '../../db/repositories/workflow';
import { isLockedComplaint } from '../../db/repositories/complaints';
import { SignModal } from '../../ui/SignModal';
import { latestSatisfaction, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { SATISFIED_FROM } from '../../domain/workflow/follow-up';
import { useSession } from '../../ui/session';
import { codeText } from './codes';
import { useWorkflowWrite } from './form-support';

/** Long enough for a summary of the 8D report; the status event keeps it. */
const REPLY_MAX = 2000;

/**
 * The transitions the status machine allows from here, as buttons. One whose
 * preconditions are unmet is shown disabled with what is missing; one that
 * needs input (a rejection reason, the reply sent, a closing note, a reopen
 * reason) asks for it first; closing says what it means before it is confirmed.
 */
export function TransitionsBar({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { station, actor, person, can } = useSession();
  const eightD = useEightDProgress(complaint.id);
  const write = useWorkflowWrite();
  const [asking, setAsking] = useState<AvailableTransition | null>(null);
  const [reason, setReason] = useState<RejectionReason | undefined>();
  const [note, setNote] = useState('');
  const [replyText, setReplyText] = useState('');
  const [replyMethod, setReplyMethod] = useState<ReplyMethod | undefined>();
  const [sentAt, setSentAt] = useState<Dayjs | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [signingClose, setSigningClose] = useState(false);
  const status = complaintStatusSchema.safeParse(complaint.status);
  if (!status.success) return null;
  const closingAllowed = can('case.close');
  // Closing and reopening belong to the roles allowed to close; a closed case offers nothing else.
  const available = availableTransitions(status.data, {
    eightD: eightD ?? undefined,
    assessment: assessmentStateOf(complaint),
    satisfaction: latestSatisfaction(complaint),
    actor: { id: actor.id, name: actor.name, isManager: !!person && MANAGER_ROLES.includes(person.role) },
  }).filter((tr) => (tr.to === 'closed' || tr.to === 'reopened' || isLockedComplaint(complaint) ? closingAllowed : can('complaint.edit')));

  const run = async (tr: AvailableTransition, extra: Omit<TransitionInput, 'to'> = {}) => {
    const ok = await write(
      () => transitionComplaint(getDb(), station, actor, complaint.id, { to: tr.to, ...extra }),
      t('workflow.transitions.changed', { status: t(`status.${tr.to}`) }),
      (e: ValidationError) => setProblems(e.issues.map((i) => i.code)),
    );
    if (ok) setAsking(null);
  };
  const start = (tr: AvailableTransition) => {
    if (tr.to === 'closed') {
      // Closing is signed: the note and the confirmation go with the signer's password.
      setNote('');
      setSigningClose(true);
      return;
    }
    if (tr.inputs.length === 0) return void run(tr);
    setReason(undefined);
    setNote('');
    setReplyText('');
    setReplyMethod(undefined);
    setSentAt(dayjs());
    setProblems([]);
    setAsking(tr);
  };

  const closing = available.find((tr) => tr.to === 'closed');
  const satisfied = (latestSatisfaction(complaint) ?? 0) >= SATISFIED_FROM;
  const managerClose = closing !== undefined && !satisfied;

  return (
    <Card size="small" title={t('workflow.transitions.title')} style={{ marginBottom: 12 }} data-testid="transitions">
      {available.length === 0 && <Typography.Text type="secondary">{t('workflow.transitions.none')}</Typography.Text>}
      <Space wrap align="start">
        {available.map((tr) => (
          <Space key={tr.to} orientation="vertical" size={2}>
            <Button type={tr.to === 'rejected' ? 'default' : 'primary'} danger={tr.to === 'rejected'} disabled={tr.requires.length > 0} onClick={() => start(tr)}>
              {t(`workflow.transitions.to.${tr.to}`)}
            </Button>
            {tr.requires.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`requires-${tr.to}`}>
                {t('workflow.transitions.requires', { what: tr.requires.map((c) => codeText(t, c)).join('；') })}
              </Typography.Text>
            )}
          </Space>
        ))}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? t(`workflow.transitions.to.${asking.to}`) : ''}
        okText={t('workflow.transitions.confirm')}
        cancelText={t('common.cancel')}
        onOk={() => asking && void run(asking, {
          ...(reason && { rejectionReason: reason }),
          note,
          ...(asking.inputs.includes('reply') && { reply: { content: replyText, method: replyMethod as ReplyMethod, sentAt: sentAt?.toISOString() ?? '' } }),
        })}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          {asking?.to === 'closed' && <Alert type="warning" showIcon title={t('workflow.transitions.closeConfirm')} style={{ marginBottom: 12 }} data-testid="close-confirm" />}
          {asking?.inputs.includes('reply') && (
            <>
              <Form.Item label={t('workflow.transitions.replyContent')} htmlFor="replyContent" required>
                <Input.TextArea id="replyContent" rows={4} maxLength={REPLY_MAX} showCount value={replyText} onChange={(e) => setReplyText(e.target.value)} />
              </Form.Item>
              <Space wrap>
                <Form.Item label={t('workflow.transitions.replyMethod')} htmlFor="replyMethod" required>
                  <Select id="replyMethod" style={{ minWidth: 160 }} value={replyMethod} onChange={setReplyMethod}
                    options={REPLY_METHODS.map((m) => ({ value: m, label: t(`workflow.replyMethods.${m}`) }))} />
                </Form.Item>
                <Form.Item label={t('workflow.transitions.replySentAt')} htmlFor="replySentAt" required>
                  <DatePicker id="replySentAt" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={sentAt} onChange={setSentAt} />
                </Form.Item>
              </Space>
            </>
          )}
          {asking?.inputs.includes('rejectionReason') && (
            <Form.Item label={t('workflow.transitions.rejectionReason')} htmlFor="rejectionReason" required>
              <Select id="rejectionReason" value={reason} onChange={setReason}
                options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`workflow.rejectionReasons.${r}`) }))} />
            </Form.Item>
          )}
          {asking?.inputs.includes('note') && (
            <Form.Item label={t(noteLabel(asking.to, managerClose))} htmlFor="transitionNote"
              required={asking.to === 'closed' || asking.to === 'reopened' || reason === 'other'}>
              <Input.TextArea id="transitionNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
          )}
          {problems.length > 0 && <Alert type="error" showIcon title={problems.map((c) => codeText(t, c)).join('；')} data-testid="transition-error" />}
        </Form>
      </Modal>
      <SignModal
        open={signingClose}
        title={t('workflow.transitions.to.closed')}
        meaning={`${t('workflow.transitions.to.closed')} · ${complaint.number}`}
        onCancel={() => setSigningClose(false)}
        errorText={(e) => (e instanceof ValidationError ? e.issues.map((i) => codeText(t, i.code)) : [String(e)])}
        onSign={async (signer) => {
          await transitionComplaint(getDb(), station, actor, complaint.id, { to: 'closed', note, signer });
          setSigningClose(false);
        }}
      >
        <Alert type="warning" showIcon title={t('workflow.transitions.closeConfirm')} style={{ marginBottom: 12 }} data-testid="close-confirm" />
        <Form layout="vertical" component="div">
          <Form.Item label={t(noteLabel('closed', managerClose))} htmlFor="transitionNote" required>
            <Input.TextArea id="transitionNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
        </Form>
      </SignModal>
    </Card>
  );
}

function noteLabel(to: string, managerClose: boolean): string {
  if (to === 'closed') return managerClose ? 'workflow.transitions.managerReason' : 'workflow.transitions.closingNote';
  if (to === 'reopened') return 'workflow.transitions.reopenReason';
  return 'workflow.transitions.note';
}
