/**
 * The owner and due date of an 8D action. The owner is picked from Settings ›
 * People, which fills both the link (`ownerId`, what "my work" follows) and the
 * printed name (`owner`). The due date is typed or picked as "+N working days"
 * on the plant's calendar; a date on a day off is flagged with a one-click move
 * to the next working day rather than moved silently (see domain/eightd/due).
 */
import { useContext } from 'react';
import { Button, Form, Select, Space } from 'antd';
import { useController, type Control, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useWorkCalendar } from '../../db/hooks/use-eightd';
import { todayAt, useNow } from '../../db/hooks/use-workflow';
import { DUE_WORKDAY_PICKS, dueInWorkdays, nonWorkdayDue } from '../../domain/eightd/due';
import { useSession } from '../../ui/session';
import { IdPrefix } from './fields';
import type { FormValues } from './form-model';
import { PlainDateInput } from '../../ui/PlainDateInput';

interface Props {
  control: Control<FormValues>;
  index: number;
  label: string;
}

const p = (name: string) => name as Path<FormValues>;

export function OwnerField({ control, index, label }: Props) {
  const { t } = useTranslation();
  const { people } = useSession();
  const id = `${useContext(IdPrefix)}-actions.${index}.ownerId`;
  const link = useController({ control, name: p(`actions.${index}.ownerId`) });
  const printed = useController({ control, name: p(`actions.${index}.owner`) });
  const ownerId = (link.field.value as string | undefined) ?? '';
  const name = (printed.field.value as string | undefined) ?? '';
  const options = people.filter((x) => x.active || x.id === ownerId).map((x) => ({ value: x.id, label: x.name }));
  // A person removed since (or not yet synced here) still shows by the name the action carries.
  if (ownerId && !options.some((o) => o.value === ownerId)) options.push({ value: ownerId, label: name || ownerId });
  const error = link.fieldState.error?.message;
  const help = error
    ? <span data-field-error={id}>{t(error)}</span>
    : !ownerId && name ? <span data-testid="unlinked-owner">{t('eightd.actions.unlinkedOwner', { name })}</span> : undefined;
  return (
    <Form.Item label={label} htmlFor={id} validateStatus={error ? 'error' : !ownerId && name ? 'warning' : undefined} help={help}>
      <Select
        id={id}
        aria-label={label}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        placeholder={t('eightd.actions.pickOwner')}
        value={ownerId || undefined}
        options={options}
        onBlur={link.field.onBlur}
        onChange={(v: string | undefined) => {
          link.field.onChange(v ?? '');
          printed.field.onChange(v ? (people.find((x) => x.id === v)?.name ?? '') : '');
        }}
      />
    </Form.Item>
  );
}

export function DueField({ control, index, label }: Props) {
  const { t } = useTranslation();
  const { station } = useSession();
  const calendar = useWorkCalendar();
  const today = todayAt(useNow(), station.timeZone);
  const id = `${useContext(IdPrefix)}-actions.${index}.due`;
  const { field, fieldState } = useController({ control, name: p(`actions.${index}.due`) });
  const due = (field.value as string | undefined) ?? '';
  const off = calendar ? nonWorkdayDue(calendar, due) : null;
  const error = fieldState.error?.message;
  const help = error ? (
    <span data-field-error={id}>{t(error)}</span>
  ) : off ? (
    <span data-testid="due-warning">
      {t('eightd.actions.nonWorkday', { date: due, kind: t(`eightd.actions.dayKinds.${off.kind}`) })}
      <Button type="link" size="small" onClick={() => field.onChange(off.nextWorkday)}>{t('eightd.actions.moveTo', { date: off.nextWorkday })}</Button>
    </span>
  ) : undefined;
  const quickLabel = t('eightd.actions.quickDue');
  return (
    <Form.Item label={label} htmlFor={id} validateStatus={error ? 'error' : off ? 'warning' : undefined} help={help}>
      <Space.Compact style={{ width: '100%' }}>
        <PlainDateInput id={id} value={due} onChange={field.onChange} onBlur={field.onBlur} />
        <Select<number>
          aria-label={quickLabel}
          title={quickLabel}
          placeholder="+N"
          style={{ width: 72 }}
          popupMatchSelectWidth={false}
          disabled={!calendar}
          value={null}
          options={calendar ? DUE_WORKDAY_PICKS.map((n) => ({ value: n, label: t('eightd.actions.plusWorkdays', { n, date: dueInWorkdays(calendar, today, n) }) })) : []}
          onChange={(n) => { if (calendar) field.onChange(dueInWorkdays(calendar, today, n)); }}
        />
      </Space.Compact>
    </Form.Item>
  );
}
