/**
 * The customer and product names of the complaint form, picked from the master
 * with type-ahead. A pick links the row (customerId / productId) and fills what
 * the master knows into empty fields; the names stay copied into the complaint
 * as recorded, so renaming a master row does not rewrite history.
 */
import { useController, type Control, type UseFormGetValues, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ComplaintInput } from '../../domain/complaint/schema';
import { listOf } from '../../domain/eightd/keyed';
import type { StoredCustomer, StoredProduct } from '../../domain/masterdata/records';
import { FormField } from '../../ui/FormField';
import { MasterPicker } from '../masterdata/MasterPicker';

interface Props {
  control: Control<ComplaintInput>;
  setValue: UseFormSetValue<ComplaintInput>;
  getValues: UseFormGetValues<ComplaintInput>;
}

type FillPath = 'customer.company' | 'customer.contactPerson' | 'customer.phone' | 'customer.email' | 'customer.address' | 'product.model';

export function CustomerNameField({ control, setValue, getValues }: Props) {
  const { t } = useTranslation();
  const link = useController({ control, name: 'customerId' });
  const fillEmpty = (path: FillPath, value: string) => {
    if (value && !getValues(path)) setValue(path, value, { shouldDirty: true });
  };
  const pick = (c: StoredCustomer) => {
    link.field.onChange(c.id);
    const contact = listOf(c.contacts)[0];
    fillEmpty('customer.company', c.name);
    fillEmpty('customer.address', c.address);
    if (contact) {
      fillEmpty('customer.contactPerson', contact.name);
      fillEmpty('customer.phone', contact.phone);
      fillEmpty('customer.email', contact.email);
    }
  };
  return (
    <FormField control={control} name="customer.name" label={t('complaint.customer.name')} required>
      {(f) => (
        <div>
          <MasterPicker kind="customers" id="customer.name" value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} linkedId={link.field.value ?? ''} onPick={pick} onUnlink={() => link.field.onChange('')} />
        </div>
      )}
    </FormField>
  );
}

export function ProductNameField({ control, setValue, getValues }: Props) {
  const { t } = useTranslation();
  const link = useController({ control, name: 'productId' });
  const pick = (p: StoredProduct) => {
    link.field.onChange(p.id);
    if (p.spec && !getValues('product.model')) setValue('product.model', p.spec, { shouldDirty: true });
  };
  return (
    <FormField control={control} name="product.name" label={t('complaint.product.name')} required>
      {(f) => (
        <div>
          <MasterPicker kind="products" id="product.name" value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} linkedId={link.field.value ?? ''} onPick={pick} onUnlink={() => link.field.onChange('')} />
        </div>
      )}
    </FormField>
  );
}
