/** Inputs of the master-data forms: the shared FormField with the element id set to the field's path. */
import { Input, InputNumber, Switch } from 'antd';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormField } from '../../ui/FormField';

interface Base<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
}

export function TextInput<T extends FieldValues>({ control, name, label, required, disabled }: Base<T> & { disabled?: boolean }) {
  return (
    <FormField control={control} name={name} label={label} required={required}>
      {(f) => <Input id={name} value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} disabled={disabled} />}
    </FormField>
  );
}

/** Whole numbers; `scale` 100 shows fen as yuan with two decimals. */
export function NumberInput<T extends FieldValues>({ control, name, label, required, scale = 1 }: Base<T> & { scale?: number }) {
  return (
    <FormField control={control} name={name} label={label} required={required}>
      {(f) => (
        <InputNumber
          id={name}
          style={{ width: '100%' }}
          precision={scale === 100 ? 2 : undefined}
          value={f.value === null || f.value === undefined ? null : (f.value as number) / scale}
          onChange={(v) => f.onChange(v === null ? null : scale === 1 ? v : Math.round(Number(v) * scale))}
          onBlur={f.onBlur}
        />
      )}
    </FormField>
  );
}

export function SwitchInput<T extends FieldValues>({ control, name, label }: Base<T>) {
  return (
    <FormField control={control} name={name} label={label}>
      {(f) => <Switch id={name} checked={!!f.value} onChange={f.onChange} />}
    </FormField>
  );
}
