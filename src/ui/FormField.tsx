/**
 * A react-hook-form field laid out by antd: label, the control, and the zod
 * message (an i18n key) translated under it.
 */
import type { ReactElement } from 'react';
import { Form } from 'antd';
import { Controller, type Control, type ControllerRenderProps, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: Path<T>;
  label: string;
  required?: boolean;
  extra?: string;
  messageValues?: Record<string, string>;
  children: (field: ControllerRenderProps<T, Path<T>>, invalid: boolean) => ReactElement;
}

export function FormField<T extends FieldValues>({ control, name, label, required, extra, messageValues, children }: Props<T>) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Form.Item
          label={label}
          required={required}
          extra={extra}
          htmlFor={name}
          validateStatus={fieldState.error ? 'error' : undefined}
          help={fieldState.error?.message ? <span data-field-error={name}>{t(fieldState.error.message, messageValues ?? {})}</span> : undefined}
        >
          {children(field, !!fieldState.error)}
        </Form.Item>
      )}
    />
  );
}
