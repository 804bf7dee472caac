import { useMemo } from 'react';
import { Alert, Button, Card, Col, Form, Row, Select, Typography } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  assessmentSchema,
  CATEGORIES,
  GENUINENESS,
  GRADES,
  SEVERITIES,
  URGENCIES,
  proposeDepartment,
  type Assessment,
} from '../../domain/workflow/assessment';
import { getDb } from '../../db/db';
import { useDepartments } from '../../db/hooks/use-db';
import { proposedDepartmentId, saveAssessment } from '../../db/repositories/workflow';
import type { WorkflowComplaint } from '../../db/repositories/workflow-store';
import { FormField } from '../../ui/FormField';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { useWorkflowWrite, withCodeKeys } from './form-support';

const formSchema = z.object({
  assessment: assessmentSchema,
  departmentId: z.string().min(1, { error: 'workflow.errors.departmentRequired' }),
  ownerId: z.string(),
});
type AssessmentForm = z.infer<typeof formSchema>;

const EMPTY: Partial<Assessment> = {};

/** The preliminary assessment (初步评估): what it is, how bad, who owns it. */
export function AssessmentCard({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { station, actor, people } = useSession();
  const departments = useDepartments();
  const write = useWorkflowWrite();
  const stored = complaint.assessment;
  const form = useForm<AssessmentForm>({
    resolver: withCodeKeys(zodResolver(formSchema)),
    defaultValues: {
      assessment: stored ? { genuineness: stored.genuineness, severity: stored.severity, urgency: stored.urgency, category: stored.category, grade: stored.grade } : (EMPTY as Assessment),
      departmentId: complaint.department ?? '',
      ownerId: complaint.ownerId ?? '',
    },
  });
  const severity = useWatch({ control: form.control, name: 'assessment.severity' });
  const category = useWatch({ control: form.control, name: 'assessment.category' });
  const proposedName = useMemo(() => {
    if (!category) return '';
    const id = proposedDepartmentId(departments, { category });
    return departments.find((d) => d.id === id)?.name ?? t(`settings.kinds.${proposeDepartment(category)}`);
  }, [category, departments, t]);

  const options = (group: string, values: readonly string[]) => values.map((v) => ({ value: v, label: t(`workflow.${group}.${v}`) }));
  const onSeverity = (v: Assessment['severity']) => {
    form.setValue('assessment.severity', v, { shouldValidate: form.formState.isSubmitted });
    // A safety hazard is urgent and critical at once (the domain's rule), not a validation error to fix by hand.
    if (v === 'safety') {
      form.setValue('assessment.grade', 'urgent', { shouldValidate: form.formState.isSubmitted });
      form.setValue('assessment.urgency', 'critical', { shouldValidate: form.formState.isSubmitted });
    }
  };
  const onCategory = (v: Assessment['category']) => {
    form.setValue('assessment.category', v, { shouldValidate: form.formState.isSubmitted });
    const proposed = proposedDepartmentId(departments, { category: v });
    if (proposed) form.setValue('departmentId', proposed, { shouldValidate: form.formState.isSubmitted });
  };

  const save = form.handleSubmit(async (v) => {
    await write(
      () => saveAssessment(getDb(), station, actor, complaint.id, v),
      t('workflow.assessment.saved'),
      (e) => {
        for (const i of e.issues) if (i.path) form.setError(i.path as keyof AssessmentForm, { message: i.code });
      },
    );
  });

  const select = (name: keyof Assessment, group: string, values: readonly string[], onChange?: (v: string) => void) => (
    <Col xs={24} md={8}>
      <FormField control={form.control} name={`assessment.${name}`} label={t(`workflow.assessment.${name}`)} required>
        {(f) => (
          <Select
            id={`assessment.${name}`}
            value={f.value as string | undefined}
            onChange={(v: string) => (onChange ? onChange(v) : f.onChange(v))}
            onBlur={f.onBlur}
            options={options(group, values)}
            placeholder={t('workflow.codes.assessment.invalidValue')}
          />
        )}
      </FormField>
    </Col>
  );

  return (
    <Card size="small" title={t('workflow.assessment.title')} style={{ marginBottom: 12 }} data-testid="assessment-card"
      extra={stored ? <Typography.Text type="secondary">{t('workflow.assessment.by', { by: stored.by, at: formatInstant(stored.at, station.timeZone) })}</Typography.Text> : <Typography.Text type="warning">{t('workflow.assessment.notYet')}</Typography.Text>}>
      <Form layout="vertical" component="form" onFinish={() => void save()}>
        {severity === 'safety' && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('workflow.assessment.safetyUrgent')} data-testid="safety-alert" />}
        <Row gutter={12}>
          {select('genuineness', 'genuineness', GENUINENESS)}
          {select('severity', 'severities', SEVERITIES, (v) => onSeverity(v as Assessment['severity']))}
          {select('urgency', 'urgencies', URGENCIES)}
          {select('category', 'categories', CATEGORIES, (v) => onCategory(v as Assessment['category']))}
          {select('grade', 'grades', GRADES)}
          <Col xs={24} md={8}>
            <FormField control={form.control} name="departmentId" label={t('workflow.assessment.department')} required
              extra={proposedName ? t('workflow.assessment.proposed', { name: proposedName }) : undefined}>
              {(f) => <Select id="departmentId" value={(f.value as string) || undefined} onChange={f.onChange} onBlur={f.onBlur} options={departments.map((d) => ({ value: d.id, label: d.name }))} />}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField control={form.control} name="ownerId" label={t('workflow.assessment.owner')}>
              {(f) => (
                <Select id="ownerId" allowClear value={(f.value as string) || undefined} onChange={(v: string | undefined) => f.onChange(v ?? '')} onBlur={f.onBlur}
                  placeholder={t('workflow.assessment.noOwner')}
                  options={people.filter((p) => p.active || p.id === f.value).map((p) => ({ value: p.id, label: p.name }))} />
              )}
            </FormField>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit">{t('workflow.assessment.save')}</Button>
      </Form>
    </Card>
  );
}
