import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { availableTransitions, type AvailableTransition } from '../../domain/workflow/status-machine';
import { complaintStatusSchema, REJECTION_REASONS, type RejectionReason } from '../../domain/workflow/statuses';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { useEightDProgress } from '../../db/hooks/use-workflow';
import { MANAGER_ROLES, transitionComplaint } from '../../db/repositories/workflow';
import { isLockedComplaint } from '../../db/repositories/complaints';
import { SignModal } from '../../ui/SignModal';
import { latestSatisfaction, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { useSession } from '../../ui/session';
import { codeText } from './codes';
import { useWorkflowWrite } from './form-support';

/**
 * The transitions the status machine allows from here, as buttons. One whose
 * preconditions are unmet is shown disabled with what is missing; one that
 * needs input (a rejection reason, a manager's reason) asks for it first.
 */
export function TransitionsBar({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { station, actor, person, can } = useSession();
  const eightD = useEightDProgress(complaint.id);
  const write = useWorkflowWrite();
  const [asking, setAsking] = useState<AvailableTransition | null>(null);
  const [reason, setReason] = useState<RejectionReason | undefined>();
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [closing, setClosing] = useState<AvailableTransition | null>(null);
  const status = complaintStatusSchema.safeParse(complaint.status);
  if (!status.success) return null;
  const closingAllowed = can('case.close');
  // Closing and reopening belong to the roles allowed to close; a closed case offers nothing else.
  const available = availableTransitions(status.data, {
    eightD: eightD ?? undefined,
    satisfaction: latestSatisfaction(complaint),
    actor: { id: actor.id, name: actor.name, isManager: !!person && MANAGER_ROLES.includes(person.role) },
  }).filter((tr) => (tr.to === 'closed' || tr.to === 'reopened' || isLockedComplaint(complaint) ? closingAllowed : can('complaint.edit')));

  const run = async (tr: AvailableTransition, extra: { rejectionReason?: RejectionReason; note?: string } = {}) => {
    const ok = await write(
      () => transitionComplaint(getDb(), station, actor, complaint.id, { to: tr.to, ...extra }),
      t('workflow.transitions.changed', { status: t(`status.${tr.to}`) }),
      (e: ValidationError) => setProblems(e.issues.map((i) => i.code)),
    );
    if (ok) setAsking(null);
  };
  const start = (tr: AvailableTransition) => {
    if (tr.to === 'closed') {
      setNote('');
      setClosing(tr);
      return;
    }
    if (tr.inputs.length === 0) return void run(tr);
    setReason(undefined);
    setNote('');
    setProblems([]);
    setAsking(tr);
  };

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
        onOk={() => asking && void run(asking, { ...(reason && { rejectionReason: reason }), note })}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Form layout="vertical" component="div">
          {asking?.inputs.includes('rejectionReason') && (
            <Form.Item label={t('workflow.transitions.rejectionReason')} htmlFor="rejectionReason" required>
              <Select id="rejectionReason" value={reason} onChange={setReason}
                options={REJECTION_REASONS.map((r) => ({ value: r, label: t(`workflow.rejectionReasons.${r}`) }))} />
            </Form.Item>
          )}
          {asking?.inputs.includes('note') && (
            <Form.Item label={asking.to === 'closed' ? t('workflow.transitions.managerReason') : t('workflow.transitions.note')} htmlFor="transitionNote"
              required={asking.to === 'closed' || reason === 'other'}>
              <Input.TextArea id="transitionNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
          )}
          {problems.length > 0 && <Alert type="error" showIcon title={problems.map((c) => codeText(t, c)).join('；')} data-testid="transition-error" />}
        </Form>
      </Modal>
      <SignModal
        open={closing !== null}
        title={t('workflow.transitions.to.closed')}
        meaning={`${t('workflow.transitions.to.closed')} · ${complaint.number}`}
        onCancel={() => setClosing(null)}
        errorText={(e) => (e instanceof ValidationError ? e.issues.map((i) => codeText(t, i.code)) : [String(e)])}
        onSign={async (signer) => {
          await transitionComplaint(getDb(), station, actor, complaint.id, { to: 'closed', note, signer });
          setClosing(null);
        }}
      >
        {closing?.inputs.includes('note') && (
          <Form layout="vertical" component="div">
            <Form.Item label={t('workflow.transitions.managerReason')} htmlFor="closeNote" required>
              <Input.TextArea id="closeNote" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
          </Form>
        )}
      </SignModal>
    </Card>
  );
}
