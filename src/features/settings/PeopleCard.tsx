import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Select, Switch, Table } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { PERSON_ROLES, personInputSchema, type PersonInput } from '../../domain/org/org';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { savePerson } from '../../db/repositories/org';
import { useDepartments, usePeople } from '../../db/hooks/use-db';
import type { Person } from '../../db/app-db';
import { FormField } from '../../ui/FormField';
import { useSession } from '../../ui/session';

export function PeopleCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const people = usePeople();
  const departments = useDepartments();
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const form = useForm<PersonInput>({ resolver: zodResolver(personInputSchema) });
  const hasLogin = !!editing && editing !== 'new' && !!editing.login;
  const open = (p: Person | 'new') => {
    form.reset(
      p === 'new'
        ? { name: '', departmentId: departments[0]?.id ?? '', role: 'qaEngineer', phone: '', email: '', active: true }
        : { name: p.name, departmentId: p.departmentId, role: p.role as PersonInput['role'], phone: p.phone, email: p.email, active: p.active },
    );
    setEditing(p);
  };
  const save = form.handleSubmit(async (v) => {
    try {
      await savePerson(getDb(), station, actor, v, editing && editing !== 'new' ? editing.id : undefined);
      setEditing(null);
      void message.success(t('common.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError((i.path || 'name') as keyof PersonInput, { message: i.code });
    }
  });
  return (
    <Card size="small" title={t('settings.people')} extra={<Button onClick={() => open('new')}>{t('settings.addPerson')}</Button>}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={people}
        columns={[
          { title: t('settings.personName'), dataIndex: 'name' },
          { title: t('settings.personDepartment'), dataIndex: 'departmentId', render: (id: string) => deptName.get(id) ?? '' },
          { title: t('settings.personRole'), dataIndex: 'role', render: (r: string) => t(`settings.roles.${r}`) },
          { title: t('settings.personPhone'), dataIndex: 'phone' },
          { title: t('settings.personActive'), dataIndex: 'active', render: (a: boolean) => (a ? t('common.yes') : t('common.no')) },
          { title: t('common.actions'), key: 'a', render: (_: unknown, p: Person) => <Button size="small" onClick={() => open(p)}>{t('common.edit')}</Button> },
        ]}
      />
      <Modal open={editing !== null} title={t('settings.people')} onOk={() => void save()} onCancel={() => setEditing(null)} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form layout="vertical" component="div">
          <FormField control={form.control} name="name" label={t('settings.personName')} required>
            {(f) => <Input id="person-name" value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="departmentId" label={t('settings.personDepartment')} required>
            {(f) => <Select id="person-dept" value={f.value as string} onChange={f.onChange} options={departments.map((d) => ({ value: d.id, label: d.name }))} />}
          </FormField>
          <FormField control={form.control} name="role" label={t('settings.personRole')} required>
            {(f) => <Select id="person-role" disabled={hasLogin} value={f.value as string} onChange={f.onChange} options={PERSON_ROLES.map((r) => ({ value: r, label: t(`settings.roles.${r}`) }))} />}
          </FormField>
          <FormField control={form.control} name="phone" label={t('settings.personPhone')}>
            {(f) => <Input id="person-phone" value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="email" label={t('settings.personEmail')}>
            {(f) => <Input id="person-email" value={f.value as string} onChange={f.onChange} onBlur={f.onBlur} />}
          </FormField>
          <FormField control={form.control} name="active" label={t('settings.personActive')}>
            {(f) => <Switch id="person-active" disabled={hasLogin} checked={!!f.value} onChange={f.onChange} />}
          </FormField>
        </Form>
      </Modal>
    </Card>
  );
}
