import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Table } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_KINDS, departmentInputSchema, type DepartmentInput } from '../../domain/org/org';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { saveDepartment } from '../../db/repositories/org';
import { useDepartments } from '../../db/hooks/use-db';
import type { Department } from '../../db/app-db';
import { FormField } from '../../ui/FormField';
import { useSession } from '../../ui/session';

export function DepartmentsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const departments = useDepartments();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const form = useForm<DepartmentInput>({ resolver: zodResolver(departmentInputSchema) });
  const open = (d: Department | 'new') => {
    form.reset(d === 'new' ? { code: '', name: '', kind: 'other' } : { code: d.code, name: d.name, kind: d.kind as DepartmentInput['kind'] });
    setEditing(d);
  };
  const save = form.handleSubmit(async (v) => {
    try {
      await saveDepartment(getDb(), station, actor, v, editing && editing !== 'new' ? editing.id : undefined);
      setEditing(null);
      void message.success(t('common.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError(i.path as keyof DepartmentInput, { message: i.code });
    }
  });
  return (
    <Card size="small" title={t('settings.departments')} style={{ marginBottom: 12 }} extra={<Button onClick={() => open('new')}>{t('settings.addDepartment')}</Button>}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={departments}
        columns={[
          { title: t('settings.departmentCode'), dataIndex: 'code' },
          { title: t('settings.departmentName'), dataIndex: 'name' },
          { title: t('settings.departmentKind'), dataIndex: 'kind', render: (k: string) => t(`settings.kinds.${k}`) },
          { title: t('common.actions'), key: 'a', render: (_: unknown, d: Department) => <Button size="small" onClick={() => open(d)}>{t('common.edit')}</Button> },
        ]}
      />
      <Modal open={editing !== null} title={t('settings.departments')} onOk={() => void save()} onCancel={() => setEditing(null)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form layout="vertical" component="div">
          <FormField control={form.control} name="code" label={t('settings.departmentCode')} required>
            {(f) => <Input id="dept-code" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="name" label={t('settings.departmentName')} required>
            {(f) => <Input id="dept-name" value={f.value} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="kind" label={t('settings.departmentKind')} required>
            {(f) => <Select id="dept-kind" value={f.value} onChange={f.onChange} options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t(`settings.kinds.${k}`) }))} />}
          </FormField>
        </Form>
      </Modal>
    </Card>
  );
}
