/** Who a late or grave case goes to above its owner: the overdue threshold and the managers (workflow/escalation). */
import { useState } from 'react';
import { Button, Card, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../domain/common/validation-error';
import { escalationSettingsSchema, type EscalationSettings } from '../../domain/workflow/escalation';
import { getDb } from '../../db/db';
import { useDepartments, usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { useSession } from '../../ui/session';
import { useWorkflowWrite } from '../workflow/form-support';

export function EscalationSettingsCard() {
  const config = usePlantConfig();
  return config ? <EscalationSettingsForm key={JSON.stringify(config.escalation)} initial={config.escalation} /> : null;
}

function EscalationSettingsForm({ initial }: { initial: EscalationSettings }) {
  const { t } = useTranslation();
  const { station, actor, people } = useSession();
  const departments = useDepartments().filter((d) => !d.deletedAt);
  const write = useWorkflowWrite();
  const [value, setValue] = useState<EscalationSettings>(initial);
  const options = [
    { value: '', label: t('workflow.escalation.byRole') },
    ...people.filter((p) => p.active && !p.deletedAt).map((p) => ({ value: p.id, label: p.name })),
  ];
  const save = () =>
    write(async () => {
      // The repository parses again; this keeps the message in the escalation's own words.
      const parsed = escalationSettingsSchema.safeParse(value);
      if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.message })));
      await savePlantConfig(getDb(), station, actor, 'escalation', parsed.data);
    }, t('workflow.escalation.saved'));
  const managers = Object.fromEntries(Object.entries(value.departmentManagers).filter(([, id]) => id !== ''));
  return (
    <Card size="small" title={t('workflow.escalation.settingsTitle')} style={{ marginBottom: 12 }} data-testid="escalation-settings">
      <Form layout="vertical" component="div">
        <Form.Item label={t('workflow.escalation.overdueWorkdays')} htmlFor="escalation-overdue">
          <InputNumber id="escalation-overdue" precision={0} style={{ width: 90 }} value={value.overdueWorkdays}
            onChange={(v) => setValue({ ...value, overdueWorkdays: v ?? Number.NaN })} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('workflow.escalation.generalManager')}>
            <Select style={{ width: 160 }} options={options} value={value.generalManagerId} onChange={(v) => setValue({ ...value, generalManagerId: v })} />
          </Form.Item>
          {departments.map((d) => (
            <Form.Item key={d.id} label={t('workflow.escalation.departmentManager', { name: d.name })}>
              <Select style={{ width: 160 }} options={options} value={value.departmentManagers[d.id] ?? ''}
                onChange={(v) => setValue({ ...value, departmentManagers: { ...managers, [d.id]: v } })} />
            </Form.Item>
          ))}
        </Space>
        <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
