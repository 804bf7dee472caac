import { DatePicker } from 'antd';
import dayjs from 'dayjs';

/**
 * A calendar date (YYYY-MM-DD, the value the schemas hold) picked with antd's
 * DatePicker, so it follows the app's locale instead of the browser's native
 * date box (mm/dd/yyyy in an English Chromium under a Chinese UI).
 */
export function PlainDateInput({ id, value, onChange, onBlur, disabled }: {
  id?: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  disabled?: boolean;
}) {
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      id={id}
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      disabled={disabled}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      onBlur={onBlur}
    />
  );
}
