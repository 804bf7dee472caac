/** 沟通记录 of one complaint: every contact with the customer, and a dialog to add one. */
import { useState } from 'react';
import { App, Button, Card, Col, DatePicker, Form, Modal, Row, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useContactLog } from '../../db/hooks/use-masterdata';
import { saveContact } from '../../db/repositories/contacts';
import { ValidationError } from '../../domain/common/validation-error';
import type { Complaint } from '../../domain/complaint/record';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, contactInputSchema, emptyContactInput, type ContactInput } from '../../domain/masterdata/contact';
import type { StoredContact } from '../../domain/masterdata/records';
import { FormField } from '../../ui/FormField';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';
import { TextInput } from './fields';

export function ContactLogCard({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { station } = useSession();
  const log = useContactLog(complaint.id);
  const [adding, setAdding] = useState(false);
  const C = (k: string) => t(`masterdata.contactLog.${k}`);
  return (
    <Card size="small" title={C('title')} style={{ marginBottom: 12 }} data-testid="contact-log" extra={<Button size="small" onClick={() => setAdding(true)}>{C('add')}</Button>}>
      <Table<StoredContact>
        size="small" rowKey="id" dataSource={log ?? []} pagination={false} locale={{ emptyText: C('empty') }}
        columns={[
          { title: C('at'), dataIndex: 'at', render: (v: string) => formatInstant(v, station.timeZone) },
          { title: C('channel'), dataIndex: 'channel', render: (v: string) => C(`channels.${v}`) },
          { title: C('direction'), dataIndex: 'direction', render: (v: string) => C(`directions.${v}`) },
          { title: C('ourPerson'), dataIndex: 'ourPerson' },
          { title: C('theirPerson'), dataIndex: 'theirPerson' },
          { title: C('summary'), dataIndex: 'summary' },
          { title: C('nextStep'), key: 'n', render: (_: unknown, c) => [c.nextStep, c.nextStepDate].filter(Boolean).join(' · ') },
        ]}
      />
      {adding && <ContactDialog complaint={complaint} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function ContactDialog({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  // The schema checks "not before receipt" and "not in the future" at the moment of validation.
  const resolver: Resolver<ContactInput> = (values, context, options) => zodResolver(contactInputSchema(complaint.receivedAt, new Date()))(values, context, options);
  const form = useForm<ContactInput>({ resolver, defaultValues: emptyContactInput(complaint.id, new Date().toISOString(), actor.name) });
  const C = (k: string) => t(`masterdata.contactLog.${k}`);
  const save = form.handleSubmit(async (v) => {
    try {
      await saveContact(getDb(), station, actor, v);
      void message.success(t('common.saved'));
      onClose();
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError(i.path as keyof ContactInput, { message: i.code });
    }
  });
  const c = form.control;
  const options = (list: readonly string[], group: string) => list.map((v) => ({ value: v, label: C(`${group}.${v}`) }));
  return (
    <Modal open width={720} title={C('add')} onOk={() => void save()} onCancel={onClose} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form layout="vertical" component="div" data-testid="contact-form">
        <Row gutter={12}>
          <Col span={8}>
            <FormField control={c} name="at" label={C('at')} required>
              {(f) => <DatePicker id="at" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} value={f.value ? dayjs(f.value as string) : null} onChange={(d) => f.onChange(d ? d.toISOString() : '')} />}
            </FormField>
          </Col>
          <Col span={8}>
            <FormField control={c} name="channel" label={C('channel')} required>
              {(f) => <Select id="channel" value={f.value as string} onChange={f.onChange} options={options(CONTACT_CHANNELS, 'channels')} />}
            </FormField>
          </Col>
          <Col span={8}>
            <FormField control={c} name="direction" label={C('direction')} required>
              {(f) => <Select id="direction" value={f.value as string} onChange={f.onChange} options={options(CONTACT_DIRECTIONS, 'directions')} />}
            </FormField>
          </Col>
          <Col span={12}><TextInput control={c} name="ourPerson" label={C('ourPerson')} required /></Col>
          <Col span={12}><TextInput control={c} name="theirPerson" label={C('theirPerson')} /></Col>
          <Col span={24}><TextInput control={c} name="summary" label={C('summary')} required /></Col>
          <Col span={16}><TextInput control={c} name="nextStep" label={C('nextStep')} /></Col>
          <Col span={8}>
            <FormField control={c} name="nextStepDate" label={C('nextStepDate')}>
              {(f) => <DatePicker id="nextStepDate" style={{ width: '100%' }} value={f.value ? dayjs(f.value as string) : null} onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')} />}
            </FormField>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
