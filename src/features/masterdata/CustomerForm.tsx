/** Create or edit one customer in a dialog; the same zod schema as the repository. */
import { App, Button, Col, Form, Modal, Row } from 'antd';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { getDb } from '../../db/db';
import { saveCustomer } from '../../db/repositories/masterdata';
import { ValidationError } from '../../domain/common/validation-error';
import { customerInputSchema, emptyCustomerInput, type CustomerInput } from '../../domain/masterdata/customer';
import { customerToInput, type StoredCustomer } from '../../domain/masterdata/records';
import { useSession } from '../../ui/session';
import { SwitchInput, TextInput } from './fields';

type FormIn = z.input<typeof customerInputSchema>;

export function CustomerForm({ editing, initial, onClose }: { editing: StoredCustomer | 'new'; initial?: Partial<CustomerInput>; onClose: (saved?: StoredCustomer) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const form = useForm<FormIn, unknown, CustomerInput>({
    resolver: zodResolver(customerInputSchema),
    defaultValues: editing === 'new' ? { ...emptyCustomerInput(), ...initial } : customerToInput(editing),
  });
  const contacts = useFieldArray({ control: form.control, name: 'contacts', keyName: '_key' });
  const save = form.handleSubmit(async (v) => {
    try {
      const row = await saveCustomer(getDb(), station, actor, v, editing === 'new' ? undefined : editing.id);
      void message.success(t('common.saved'));
      onClose(row);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError(i.path as keyof FormIn, { message: i.code });
    }
  });
  const c = form.control;
  const L = (k: string) => t(`masterdata.customer.${k}`);
  return (
    <Modal open width={760} title={L(editing === 'new' ? 'title' : 'edit')} onOk={() => void save()} onCancel={() => onClose()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form layout="vertical" component="div" data-testid="customer-form">
        <Row gutter={12}>
          <Col span={8}><TextInput control={c} name="code" label={L('code')} required disabled={editing !== 'new'} /></Col>
          <Col span={16}><TextInput control={c} name="name" label={L('name')} required /></Col>
          <Col span={8}><TextInput control={c} name="shortName" label={L('shortName')} /></Col>
          <Col span={8}><TextInput control={c} name="industry" label={L('industry')} /></Col>
          <Col span={8}><TextInput control={c} name="salesOwner" label={L('salesOwner')} /></Col>
          <Col span={16}><TextInput control={c} name="address" label={L('address')} /></Col>
          <Col span={8}><TextInput control={c} name="complaintNumberFormat" label={L('complaintNumberFormat')} /></Col>
          <Col span={6}><SwitchInput control={c} name="keyAccount" label={L('keyAccount')} /></Col>
          <Col span={6}><SwitchInput control={c} name="active" label={L('active')} /></Col>
        </Row>
        <Form.Item label={L('contacts')}>
          {contacts.fields.map((f, i) => (
            <Row gutter={8} key={f._key} align="bottom" data-testid={`contact-person-${i}`}>
              <Col span={5}><TextInput control={c} name={`contacts.${i}.name`} label={L('contactName')} required /></Col>
              <Col span={5}><TextInput control={c} name={`contacts.${i}.position`} label={L('contactPosition')} /></Col>
              <Col span={5}><TextInput control={c} name={`contacts.${i}.phone`} label={L('contactPhone')} /></Col>
              <Col span={6}><TextInput control={c} name={`contacts.${i}.email`} label={L('contactEmail')} /></Col>
              <Col span={3}><Button style={{ marginBottom: 24 }} onClick={() => contacts.remove(i)}>{t('common.delete')}</Button></Col>
            </Row>
          ))}
          <Button size="small" onClick={() => contacts.append({ id: ulid(), name: '', position: '', phone: '', email: '', order: contacts.fields.length })}>{L('addContact')}</Button>
        </Form.Item>
      </Form>
    </Modal>
  );
}
