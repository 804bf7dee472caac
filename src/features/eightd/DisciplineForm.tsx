/**
 * One discipline's form: owner and date, the discipline's own fields, and Save.
 * It validates with the same domain check the repository runs, writes through
 * the repository and, after a save, shows the saved values.
 */
import { useRef, type ReactNode } from 'react';
import { App, Button, Col, Form, Row, Space, Tag } from 'antd';
import { useForm, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { saveDiscipline } from '../../db/repositories/eightd';
import { ValidationError } from '../../domain/common/validation-error';
import type { Discipline, EightD } from '../../domain/eightd/schema';
import { useSession } from '../../ui/session';
import { isApprovedAndLocked } from '../../domain/eightd/signature';
import { DateField, IdPrefix, TextField } from './fields';
import { disciplineResolver, formPath, fromForm, toForm, type FormValues } from './form-model';

function firstMessage(node: unknown, accept: (m: string) => boolean): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const m = (node as { message?: unknown }).message;
  if (typeof m === 'string' && accept(m)) return m;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    const found = firstMessage(child, accept);
    if (found) return found;
  }
  return undefined;
}

interface Props {
  row: EightD;
  n: Discipline;
  children: (control: Control<FormValues>, values: () => FormValues) => ReactNode;
}

export function DisciplineForm({ row, n, children }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor, can } = useSession();
  // The resolver must see the latest saved row (another tab may have saved D4 meanwhile).
  const rowRef = useRef(row);
  rowRef.current = row;
  const form = useForm<FormValues>({
    defaultValues: toForm(row, n),
    resolver: (values, ctx, opts) => disciplineResolver(rowRef.current, n)(values, ctx, opts),
  });
  const name = t(`eightd.disciplines.${n}`);
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { value, actions } = fromForm(rowRef.current, n, values);
      const saved = await saveDiscipline(getDb(), station, actor, row.id, n, value, actions);
      form.reset(toForm(saved, n));
      void message.success(t('eightd.saved', { name }));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const issue of e.issues) {
        const path = formPath(issue.path, values).join('.') || 'root';
        form.setError(path as Path<FormValues>, { type: 'validate', message: issue.code });
      }
      void message.error(e.issues.map((i) => t(i.code)).join('；'));
    }
  }, (errors) => {
    // A rule across disciplines (e.g. D5 needs a verified cause) says more than "check the red fields".
    const rule = firstMessage(errors, (m) => m.startsWith('eightd.'));
    void message.error(rule ? t(rule) : t('common.saveFailed'));
  });
  return (
    <IdPrefix.Provider value={n}>
    <Form layout="vertical" component="div" data-testid={`discipline-${n}`}>
      <Row gutter={16}>
        <Col xs={24} md={8}><TextField control={form.control} name="owner" label={t('eightd.owner')} /></Col>
        <Col xs={24} md={8}><DateField control={form.control} name="date" label={t('eightd.date')} /></Col>
      </Row>
      {children(form.control, () => form.getValues())}
      <Space>
        {can('eightd.edit') && !isApprovedAndLocked(row) && <Button type="primary" onClick={() => void onSubmit()}>{t('eightd.saveDiscipline', { name: n.toUpperCase() })}</Button>}
        {form.formState.isDirty && <Tag color="orange">{t('eightd.unsaved')}</Tag>}
      </Space>
    </Form>
    </IdPrefix.Provider>
  );
}
