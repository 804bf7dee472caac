/** The request's lines: one compact block per line, with its computed amount. */
import { Button, Card, Checkbox, Col, Form, Input, Row } from 'antd';
import { useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../domain/money';
import { FormField } from '../../ui/FormField';
import { emptyLine, type LineValues, type RequestFormValues } from './request-form';
import { LineProductField } from './MasterPickFields';

type TextKey = Exclude<keyof LineValues, 'id' | 'overShippedConfirmed'>;

// The product number is picked from the master (LineProductField); these are typed.
const FIELDS: { key: TextKey; span: number; required?: boolean; placeholder?: string }[] = [
  { key: 'productName', span: 4 },
  { key: 'spec', span: 4 },
  { key: 'unit', span: 2 },
  { key: 'batch', span: 4 },
  { key: 'productionDate', span: 4, placeholder: 'YYYY-MM-DD' },
  { key: 'shipDate', span: 4, placeholder: 'YYYY-MM-DD' },
  { key: 'shelfLifeEnd', span: 4, placeholder: 'YYYY-MM-DD' },
  { key: 'defect', span: 8 },
  { key: 'reason', span: 8, required: true },
  { key: 'qtyShipped', span: 4, required: true },
  { key: 'qtyRequested', span: 4, required: true },
  { key: 'unitPrice', span: 4, required: true },
  { key: 'claimAmount', span: 4 },
];

export function LinesEditor({ control, amounts }: { control: Control<RequestFormValues>; amounts: (number | undefined)[] }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'lines', keyName: 'key' });
  return (
    <>
      {fields.map((f, i) => (
        <Card
          key={f.key}
          size="small"
          style={{ marginBottom: 8 }}
          title={t('returns.line.title', { n: i + 1 })}
          extra={
            <span>
              <span data-testid={`line-amount-${i}`} style={{ marginRight: 12 }}>
                {t('returns.line.amount')}: {amounts[i] === undefined ? '—' : `¥${formatYuan(amounts[i])}`}
              </span>
              {fields.length > 1 && <Button size="small" danger onClick={() => remove(i)}>{t('returns.line.remove')}</Button>}
            </span>
          }
        >
          <Row gutter={8}>
            <Col span={4}><LineProductField control={control} index={i} /></Col>
            {FIELDS.map(({ key, span, required, placeholder }) => (
              <Col span={span} key={key}>
                <FormField control={control} name={`lines.${i}.${key}`} label={t(`returns.line.${key}`)} required={required}>
                  {(field) => (
                    <Input
                      id={`lines.${i}.${key}`}
                      aria-label={`${t(`returns.line.${key}`)} ${i + 1}`}
                      placeholder={placeholder}
                      value={field.value as string}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                    />
                  )}
                </FormField>
              </Col>
            ))}
            <Col span={8}>
              <FormField control={control} name={`lines.${i}.overShippedConfirmed`} label=" ">
                {(field) => (
                  <Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)}>
                    {t('returns.line.overShippedConfirmed')}
                  </Checkbox>
                )}
              </FormField>
            </Col>
          </Row>
        </Card>
      ))}
      <Form.Item>
        <Button onClick={() => append(emptyLine())}>{t('returns.line.add')}</Button>
      </Form.Item>
    </>
  );
}
