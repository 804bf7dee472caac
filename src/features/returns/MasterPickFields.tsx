/**
 * The return form's customer name and each line's product number, picked from
 * the master with type-ahead. The request keeps text only (its hash is what
 * approvers sign); the product number is the product's code, which the claim
 * checks look up.
 */
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../domain/eightd/keyed';
import { formatYuan } from '../../domain/money';
import { FormField } from '../../ui/FormField';
import { MasterPicker } from '../masterdata/MasterPicker';
import type { RequestFormValues } from './request-form';

export function ReturnCustomerField({ control }: { control: Control<RequestFormValues> }) {
  const { t } = useTranslation();
  const [linked, setLinked] = useState('');
  const contact = useController({ control, name: 'customer.contact' });
  const phone = useController({ control, name: 'customer.phone' });
  return (
    <FormField control={control} name="customer.name" label={t('returns.form.customerName')} required>
      {(f) => (
        <div>
          <MasterPicker
            kind="customers" id="customer.name" value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} linkedId={linked}
            onUnlink={() => setLinked('')}
            onPick={(c) => {
              setLinked(c.id);
              const first = listOf(c.contacts)[0];
              if (first && !contact.field.value) contact.field.onChange(first.name);
              if (first && !phone.field.value) phone.field.onChange(first.phone);
            }}
          />
        </div>
      )}
    </FormField>
  );
}

export function LineProductField({ control, index }: { control: Control<RequestFormValues>; index: number }) {
  const { t } = useTranslation();
  const [linked, setLinked] = useState('');
  const spec = useController({ control, name: `lines.${index}.spec` });
  const price = useController({ control, name: `lines.${index}.unitPrice` });
  const label = t('returns.line.productNo');
  return (
    <FormField control={control} name={`lines.${index}.productNo`} label={label} required>
      {(f) => (
        <div>
          <MasterPicker
            kind="products" show="code" id={`lines.${index}.productNo`} ariaLabel={`${label} ${index + 1}`} value={(f.value as string) ?? ''}
            onChange={f.onChange} onBlur={f.onBlur} linkedId={linked} onUnlink={() => setLinked('')}
            onPick={(p) => {
              setLinked(p.id);
              if (!spec.field.value) spec.field.onChange(p.spec || p.name);
              if (!price.field.value && p.unitPriceFen !== null) price.field.onChange(formatYuan(p.unitPriceFen).replace(/,/g, ''));
            }}
          />
        </div>
      )}
    </FormField>
  );
}
