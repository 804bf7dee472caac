/**
 * QA's measurements of the returned goods, per line, against the key
 * characteristics of the line's product in the master. They feed the
 * "conforms to contract" proposal and are stored on the return when saved.
 */
import { Button, Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Characteristic } from '../../domain/masterdata/product';

export type MeasuredValues = Record<string, Record<string, number | null>>;

interface Line {
  id: string;
  productNo: string;
  characteristics: readonly Characteristic[];
}

export function ClaimMeasurements({ lines, values, onChange, onSave }: { lines: readonly Line[]; values: MeasuredValues; onChange: (v: MeasuredValues) => void; onSave?: () => void }) {
  const { t } = useTranslation();
  const measurable = lines.filter((l) => l.characteristics.some((c) => c.lower !== null || c.upper !== null));
  if (measurable.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid="claim-measurements">
      <Typography.Text strong>{t('returns.claim.measured')}</Typography.Text>
      {measurable.map((line) => (
        <Space key={line.id} wrap style={{ display: 'flex', marginTop: 4 }}>
          <Typography.Text>{line.productNo}</Typography.Text>
          {line.characteristics.filter((c) => c.lower !== null || c.upper !== null).map((c) => (
            <Form.Item key={c.id} label={c.name} extra={t('returns.claim.limits', { lower: c.lower ?? '', upper: c.upper ?? '', unit: c.unit })} style={{ marginBottom: 0 }}>
              <InputNumber
                aria-label={`${line.productNo} ${c.name}`}
                value={values[line.id]?.[c.id] ?? null}
                onChange={(v) => onChange({ ...values, [line.id]: { ...values[line.id], [c.id]: v === null ? null : Number(v) } })}
              />
            </Form.Item>
          ))}
        </Space>
      ))}
      {onSave && <Button size="small" style={{ marginTop: 4 }} onClick={onSave}>{t('returns.claim.saveMeasured')}</Button>}
    </div>
  );
}
