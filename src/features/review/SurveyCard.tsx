import { useState } from 'react';
import { App, Button, Card, Form, Input, List, Rate, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { recordSurvey } from '../../db/repositories/case-records';
import { surveysOf } from '../../db/repositories/case-records-store';
import type { WorkflowComplaint } from '../../db/repositories/workflow-store';
import { ValidationError } from '../../domain/common/validation-error';
import { FOLLOW_UP_METHODS, followUpOutcome, type FollowUpMethod } from '../../domain/workflow/follow-up';
import { DEFAULT_SURVEY_ITEMS, OVERALL_ITEM } from '../../domain/workflow/survey';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { caseCodeText } from './case-codes';
import { documentCompany, DOCX_MIME } from './company-doc';
import { getPlatform } from '../../platform';
import { localDate, parseInstant } from '../../domain/calendar/zone';
import { useDocLang } from '../../ui/use-document-settings';

/** The satisfaction survey (顾客满意度调查表): each item 1–5, who answered, a comment; a low overall score reopens the case. */
export function SurveyCard({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  const config = usePlantConfig();
  const lang = useDocLang();
  const items = [...new Set([...(config?.surveyItems ?? DEFAULT_SURVEY_ITEMS), OVERALL_ITEM])];
  const [scores, setScores] = useState<Record<string, number>>({});
  const [respondent, setRespondent] = useState('');
  const [comment, setComment] = useState('');
  const [method, setMethod] = useState<FollowUpMethod>('phone');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const done = surveysOf(complaint);
  const canRecord = (complaint.status === 'replied' || complaint.status === 'followUp') && can('complaint.edit');
  if (!canRecord && done.length === 0) return null;
  const label = (item: string) => t(`review.satisfaction.items.${item}`, { defaultValue: item });

  /** The blank form to send to the customer; the answers come back through the form below. */
  const printForm = async () => {
    const { buildSurveyForm, surveyFormFileName } = await import('../../documents/survey-form');
    const bytes = await buildSurveyForm({
      lang, company: await documentCompany(), form: { formNo: '', revision: '' }, items: items.map(label),
      complaint: { number: complaint.number, customer: complaint.customer.name, product: complaint.product.name, receivedOn: localDate(parseInstant(complaint.receivedAt), station.timeZone), symptom: complaint.details.symptom },
    });
    await getPlatform().saveFile(surveyFormFileName(complaint.number, lang), bytes, DOCX_MIME);
  };

  const save = async () => {
    // The form checks what it can before the repository checks everything again.
    const missing = Object.fromEntries(items.filter((i) => !scores[i]).map((i) => [`scores.${i}`, t('review.codes.survey.scoreRequired')]));
    if (!respondent.trim()) missing.respondent = t('review.codes.survey.respondentRequired');
    setErrors(missing);
    if (Object.keys(missing).length) return;
    try {
      await recordSurvey(getDb(), station, actor, complaint.id, { method, scores, comment, respondent });
      const overall = scores[OVERALL_ITEM] ?? 0;
      void message.success(t('review.survey.saved'));
      if (followUpOutcome(overall) === 'unsatisfied') void message.warning(t('workflow.followUp.reopened'));
      setScores({});
      setComment('');
      setRespondent('');
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setErrors(Object.fromEntries(e.issues.map((i) => [i.path, caseCodeText(t, i.code)])));
      void message.error(e.issues.map((i) => caseCodeText(t, i.code)).join('；'));
    }
  };

  return (
    <Card size="small" title={t('review.survey.title')} style={{ marginBottom: 12 }} data-testid="survey-card"
      extra={<Button size="small" onClick={() => void printForm()}>{t('review.survey.printForm')}</Button>}>
      {done.length > 0 && (
        <List size="small" dataSource={done} renderItem={(s) => (
          <List.Item key={s.id}>
            <div>
              {formatInstant(s.at, station.timeZone)} · {s.respondent} · {items.map((i) => `${label(i)} ${s.scores[i] ?? '—'}`).join('，')}
              {s.comment && <Typography.Text type="secondary"> — {s.comment}</Typography.Text>}
            </div>
          </List.Item>
        )} />
      )}
      {canRecord && (
        <Form layout="vertical" component="div" style={{ marginTop: 8 }}>
          <Space wrap size={[24, 0]}>
            {items.map((item) => (
              <Form.Item key={item} label={label(item)} required validateStatus={errors[`scores.${item}`] ? 'error' : undefined} help={errors[`scores.${item}`]} style={{ marginBottom: 4 }}>
                <Rate aria-label={label(item)} value={scores[item] ?? 0} onChange={(v) => setScores((s) => ({ ...s, [item]: v }))} />
              </Form.Item>
            ))}
          </Space>
          <Form.Item label={t('review.survey.respondent')} required validateStatus={errors.respondent ? 'error' : undefined} help={errors.respondent}>
            <Input aria-label={t('review.survey.respondent')} maxLength={100} value={respondent} onChange={(e) => setRespondent(e.target.value)} style={{ maxWidth: 300 }} />
          </Form.Item>
          <Form.Item label={t('workflow.followUp.method')}>
            <Select style={{ width: 140 }} value={method} onChange={setMethod} options={FOLLOW_UP_METHODS.map((m) => ({ value: m, label: t(`workflow.methods.${m}`) }))} />
          </Form.Item>
          <Form.Item label={t('workflow.followUp.comment')}>
            <Input.TextArea maxLength={2000} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          </Form.Item>
          <Button type="primary" onClick={() => void save()}>{t('review.survey.record')}</Button>
        </Form>
      )}
    </Card>
  );
}
