import { useState } from 'react';
import { Alert, App, Button, Form, Space, Spin, Typography } from 'antd';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { complaintInputSchema, emptyComplaintInput, type ComplaintInput } from '../../domain/complaint/schema';
import { ValidationError } from '../../domain/common/validation-error';
import type { Complaint } from '../../domain/complaint/record';
import { getDb } from '../../db/db';
import { complaintToInput, createComplaint, updateComplaint } from '../../db/repositories/complaints';
import { useComplaint } from '../../db/hooks/use-db';
import { useSession } from '../../ui/session';
import { ComplaintFormFields } from './ComplaintFormFields';
import { useDraft } from './use-draft';

// The schema checks "not in the future" against the moment of validation.
const resolver: Resolver<ComplaintInput> = (values, context, options) =>
  zodResolver(complaintInputSchema(new Date()))(values, context, options);

export function ComplaintFormPage() {
  const { id } = useParams();
  const existing = useComplaint(id);
  if (id && existing === undefined) return <Spin style={{ margin: 48 }} />;
  if (id && existing === null) return <Alert type="error" title="404" style={{ margin: 16 }} />;
  return <ComplaintForm key={id ?? 'new'} existing={existing ?? undefined} />;
}

function ComplaintForm({ existing }: { existing: Complaint | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { station, actor, can } = useSession();
  const [saving, setSaving] = useState(false);
  const form = useForm<ComplaintInput>({
    resolver,
    defaultValues: existing ? complaintToInput(existing) : emptyComplaintInput(new Date().toISOString(), actor.name),
    mode: 'onTouched',
  });
  const draft = useDraft(existing ? `complaint.${existing.id}` : 'complaint.new', form, true);

  const save = form.handleSubmit(
    async (values) => {
      setSaving(true);
      try {
        const db = getDb();
        const saved = existing ? await updateComplaint(db, station, actor, existing.id, values) : await createComplaint(db, station, actor, values);
        draft.clear();
        void message.success(t('complaint.created', { number: saved.number }));
        navigate(`/complaints/${saved.id}`);
      } catch (e) {
        if (e instanceof ValidationError) {
          for (const issue of e.issues) form.setError((issue.path || 'root') as keyof ComplaintInput, { message: issue.code });
          void message.error(t('common.saveFailed'));
        } else {
          void message.error(t('common.unknownError', { message: e instanceof Error ? e.message : String(e) }));
        }
      } finally {
        setSaving(false);
      }
    },
    () => void message.error(t('common.saveFailed')),
  );

  const discard = () => {
    draft.clear();
    form.reset(existing ? complaintToInput(existing) : emptyComplaintInput(new Date().toISOString(), actor.name));
  };

  return (
    <div className="page" style={{ maxWidth: 1100 }}>
      <Typography.Title level={4}>{existing ? t('complaint.editTitle', { number: existing.number }) : t('complaint.newTitle')}</Typography.Title>
      {draft.restored && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('complaint.draftRestored')}
          action={<Button size="small" onClick={discard}>{t('complaint.discardDraft')}</Button>}
        />
      )}
      <Form layout="vertical" component="form" onFinish={() => void save()} noValidate>
        <ComplaintFormFields control={form.control} setValue={form.setValue} getValues={form.getValues} maskContacts={!!existing && !can('contacts.view')} />
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>{t('common.save')}</Button>
          <Button onClick={() => navigate(existing ? `/complaints/${existing.id}` : '/')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </div>
  );
}
