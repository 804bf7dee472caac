/**
 * Inputs of the 8D forms, bound to paths of a discipline's form values. All
 * nine discipline forms stay mounted in their tabs, so element ids carry the
 * discipline ("d4-causes.0.description"): labels must point at their own input.
 */
import { createContext, useContext, type ReactElement } from 'react';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { Controller, type Control, type ControllerRenderProps, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FormValues } from './form-model';
import { PlainDateInput } from '../../ui/PlainDateInput';

export const IdPrefix = createContext('');

function FormField({ control, name, label, required, children }: {
  control: Control<FormValues>; name: Path<FormValues>; label: string; required?: boolean;
  children: (field: ControllerRenderProps<FormValues, Path<FormValues>>, id: string) => ReactElement;
}) {
  const { t } = useTranslation();
  const id = `${useContext(IdPrefix)}-${name}`;
  return (
    <Controller control={control} name={name} render={({ field, fieldState }) => (
      <Form.Item label={label || undefined} required={required} htmlFor={id} validateStatus={fieldState.error ? 'error' : undefined}
        help={fieldState.error?.message ? <span data-field-error={id}>{t(fieldState.error.message)}</span> : undefined}>
        {children(field, id)}
      </Form.Item>
    )} />
  );
}

interface Base {
  control: Control<FormValues>;
  name: string;
  label: string;
  required?: boolean;
}

const p = (name: string) => name as Path<FormValues>;

export function TextField({ control, name, label, required, area }: Base & { area?: boolean }) {
  return (
    <FormField control={control} name={p(name)} label={label} required={required}>
      {(f, id) =>
        area ? (
          <Input.TextArea id={id} autoSize={{ minRows: 2, maxRows: 6 }} value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref} />
        ) : (
          <Input id={id} value={(f.value as string) ?? ''} onChange={f.onChange} onBlur={f.onBlur} ref={f.ref} />
        )
      }
    </FormField>
  );
}

/** A date in the app's locale; the value is the YYYY-MM-DD the schema wants. */
export function DateField({ control, name, label }: Base) {
  return (
    <FormField control={control} name={p(name)} label={label}>
      {(f, id) => <PlainDateInput id={id} value={f.value as string | undefined} onChange={f.onChange} onBlur={f.onBlur} />}
    </FormField>
  );
}

export function NumberField({ control, name, label, disabled }: Base & { disabled?: boolean }) {
  return (
    <FormField control={control} name={p(name)} label={label}>
      {(f, id) => (
        <InputNumber id={id} disabled={disabled} style={{ width: '100%' }} value={f.value as number | null}
          onChange={(v) => f.onChange(typeof v === 'number' ? v : null)} onBlur={f.onBlur} />
      )}
    </FormField>
  );
}

export function CheckField({ control, name, label }: Base) {
  return (
    <FormField control={control} name={p(name)} label="">
      {(f, id) => <Checkbox id={id} checked={!!f.value} onChange={(e) => f.onChange(e.target.checked)}>{label}</Checkbox>}
    </FormField>
  );
}

export function SelectField({ control, name, label, options }: Base & { options: { value: string; label: string }[] }) {
  return (
    <FormField control={control} name={p(name)} label={label}>
      {(f, id) => <Select id={id} value={(f.value as string) || undefined} onChange={f.onChange} options={options} aria-label={label} />}
    </FormField>
  );
}
