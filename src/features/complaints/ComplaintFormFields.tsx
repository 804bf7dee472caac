import { Card, Checkbox, Col, DatePicker, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import type { Control, UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type ComplaintInput } from '../../domain/complaint/schema';
import { CUSTOMER_TYPES, DEMAND_KINDS, INTAKE_CHANNELS, PURCHASE_CHANNELS } from '../../domain/complaint/vocab';
import { FormField } from '../../ui/FormField';
import { EvidenceField } from './EvidenceField';
import { maskContact } from '../../ui/mask';
import { CustomerNameField, ProductNameField } from './MasterNameFields';

type C = Control<ComplaintInput>;

const dateValue = (v: unknown) => (typeof v === 'string' && v ? dayjs(v) : null);

/** `area`: a long text with its limit shown as a counter, typing stopped at the limit; `masked`: contact details a role may not see. */
function TextField({ control, name, label, required, area, masked }: { control: C; name: Parameters<typeof FormField<ComplaintInput>>[0]['name']; label: string; required?: boolean; area?: number; masked?: boolean }) {
  return (
    <FormField control={control} name={name} label={label} required={required}>
      {(f) =>
        // A role that may not see contact details sees them masked and cannot change them; the stored value is kept.
        masked ? (
          <Input id={name} value={maskContact(f.value as string)} disabled />
        ) : area ? (
          <Input.TextArea id={name} rows={3} maxLength={area} showCount value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref} />
        ) : (
          <Input id={name} value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref} />
        )
      }
    </FormField>
  );
}

function NumberField({ control, name, label }: { control: C; name: Parameters<typeof FormField<ComplaintInput>>[0]['name']; label: string }) {
  return (
    <FormField control={control} name={name} label={label}>
      {(f) => <InputNumber id={name} style={{ width: '100%' }} value={f.value as number | null} onChange={(v) => f.onChange(typeof v === 'number' ? v : null)} onBlur={f.onBlur} />}
    </FormField>
  );
}

function DateField({ control, name, label }: { control: C; name: Parameters<typeof FormField<ComplaintInput>>[0]['name']; label: string }) {
  return (
    <FormField control={control} name={name} label={label}>
      {(f) => <DatePicker id={name} style={{ width: '100%' }} value={dateValue(f.value)} onChange={(d) => f.onChange(d ? d.format('YYYY-MM-DD') : '')} />}
    </FormField>
  );
}

/** `maskContacts`: editing a recorded complaint as a role that may not see its customer's contact details. */
export function ComplaintFormFields({ control, setValue, getValues, maskContacts = false }: { control: C; setValue: UseFormSetValue<ComplaintInput>; getValues: UseFormGetValues<ComplaintInput>; maskContacts?: boolean }) {
  const { t } = useTranslation();
  const opts = (list: readonly string[], prefix: string) => list.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return (
    <>
      <Card size="small" title={t('complaint.sections.intake')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <FormField control={control} name="channel" label={t('complaint.channel')} required>
              {(f) => <Select id="channel" value={f.value as string} onChange={f.onChange} options={opts(INTAKE_CHANNELS, 'complaint.channels')} />}
            </FormField>
          </Col>
          <Col xs={24} md={8}>
            <FormField control={control} name="receivedAt" label={t('complaint.receivedAt')} required>
              {(f) => <DatePicker id="receivedAt" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} value={dateValue(f.value)} onChange={(d) => f.onChange(d ? d.toISOString() : '')} />}
            </FormField>
          </Col>
          <Col xs={24} md={8}><TextField control={control} name="receivedBy" label={t('complaint.receivedBy')} required /></Col>
        </Row>
      </Card>
      <Card size="small" title={t('complaint.sections.customer')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}><CustomerNameField control={control} setValue={setValue} getValues={getValues} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="customer.company" label={t('complaint.customer.company')} /></Col>
          <Col xs={24} md={8}>
            <FormField control={control} name="customer.type" label={t('complaint.customer.type')} required>
              {(f) => <Select id="customer.type" value={f.value as string} onChange={f.onChange} options={opts(CUSTOMER_TYPES, 'complaint.customerTypes')} />}
            </FormField>
          </Col>
          <Col xs={24} md={8}><TextField control={control} name="customer.contactPerson" label={t('complaint.customer.contactPerson')} masked={maskContacts} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="customer.phone" label={t('complaint.customer.phone')} masked={maskContacts} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="customer.email" label={t('complaint.customer.email')} masked={maskContacts} /></Col>
          <Col xs={24}><TextField control={control} name="customer.address" label={t('complaint.customer.address')} masked={maskContacts} /></Col>
        </Row>
      </Card>
      <Card size="small" title={t('complaint.sections.product')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}><ProductNameField control={control} setValue={setValue} getValues={getValues} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="product.model" label={t('complaint.product.model')} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="product.batchNo" label={t('complaint.product.batchNo')} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="product.serialNo" label={t('complaint.product.serialNo')} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="product.orderNo" label={t('complaint.product.orderNo')} /></Col>
          <Col xs={12} md={4}><NumberField control={control} name="product.orderQty" label={t('complaint.product.orderQty')} /></Col>
          <Col xs={12} md={4}><NumberField control={control} name="product.shippedQty" label={t('complaint.product.shippedQty')} /></Col>
          <Col xs={24} md={8}><DateField control={control} name="product.shipDate" label={t('complaint.product.shipDate')} /></Col>
          <Col xs={24} md={8}><DateField control={control} name="product.purchaseDate" label={t('complaint.product.purchaseDate')} /></Col>
          <Col xs={24} md={8}>
            <FormField control={control} name="product.purchaseChannel" label={t('complaint.product.purchaseChannel')}>
              {(f) => <Select id="product.purchaseChannel" allowClear value={(f.value as string) || undefined} onChange={(v: string | undefined) => f.onChange(v ?? '')} options={opts(PURCHASE_CHANNELS, 'complaint.purchaseChannels')} />}
            </FormField>
          </Col>
          <Col xs={12} md={8}>
            <FormField control={control} name="product.hasProofOfPurchase" label={t('complaint.product.hasProofOfPurchase')}>
              {(f) => <Switch id="product.hasProofOfPurchase" checked={!!f.value} onChange={f.onChange} />}
            </FormField>
          </Col>
          <Col xs={12} md={8}>
            <FormField control={control} name="shippedOverOrderConfirmed" label={t('complaint.shippedOverOrderConfirmed')}>
              {(f) => <Checkbox id="shippedOverOrderConfirmed" checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>{t('common.confirm')}</Checkbox>}
            </FormField>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('complaint.sections.details')} style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}><DateField control={control} name="details.occurredOn" label={t('complaint.details.occurredOn')} /></Col>
          <Col xs={24} md={8}><TextField control={control} name="details.location" label={t('complaint.details.location')} /></Col>
          <Col xs={24} md={8}><NumberField control={control} name="details.affectedQty" label={t('complaint.details.affectedQty')} /></Col>
          <Col xs={24}><TextField control={control} name="details.environment" label={t('complaint.details.environment')} /></Col>
          <Col xs={24}><TextField control={control} name="details.symptom" label={t('complaint.details.symptom')} required area={TEXT_LIMITS.symptom} /></Col>
          <Col xs={24} md={16}><TextField control={control} name="details.customerActions" label={t('complaint.details.customerActions')} area={TEXT_LIMITS.customerActions} /></Col>
          <Col xs={24} md={8}>
            <FormField control={control} name="details.recurring" label={t('complaint.details.recurring')}>
              {(f) => <Switch id="details.recurring" checked={!!f.value} onChange={f.onChange} />}
            </FormField>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('complaint.sections.demand')} style={{ marginBottom: 12 }}>
        <FormField control={control} name="demand.kinds" label={t('complaint.demand.kinds')} required>
          {(f) => <Checkbox.Group value={f.value as string[]} onChange={f.onChange} options={opts(DEMAND_KINDS, 'complaint.demandKinds')} />}
        </FormField>
        <TextField control={control} name="demand.note" label={t('complaint.demand.note')} area={TEXT_LIMITS.demandNote} />
      </Card>
      <Card size="small" title={t('complaint.sections.evidence')} style={{ marginBottom: 12 }}>
        <EvidenceField control={control} />
      </Card>
    </>
  );
}
