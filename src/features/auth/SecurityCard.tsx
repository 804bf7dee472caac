/** Settings › Security: after how many idle minutes a station locks its screen. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { ValidationError } from '../../domain/common/validation-error';
import { useSession } from '../../ui/session';

export function SecurityCard() {
  const config = usePlantConfig();
  return config ? <SecurityForm key={config.idleLockMinutes} minutes={config.idleLockMinutes} /> : null;
}

function SecurityForm({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const [value, setValue] = useState<number | null>(minutes);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await savePlantConfig(getDb(), station, actor, 'idleLockMinutes', value ?? Number.NaN);
      setError(null);
      void message.success(t('common.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setError(e.issues.map((i) => t(i.code)).join('；'));
    }
  };
  return (
    <Card size="small" title={t('auth.idle.title')} style={{ margin: '16px 0 12px' }}>
      <Form layout="inline" component="div">
        <Space>
          <Form.Item label={t('auth.idle.label')} htmlFor="idle-minutes">
            <InputNumber id="idle-minutes" min={1} max={240} value={value} onChange={setValue} />
          </Form.Item>
          <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
        </Space>
      </Form>
      {error && <Alert type="error" role="alert" title={error} style={{ marginTop: 8 }} />}
    </Card>
  );
}
