import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { calendarOverridesSchema, OVERRIDE_KINDS, type CalendarOverride, type OverrideKind } from '../../domain/calendar/overrides';
import { hasStatutoryYear } from '../../domain/calendar/statutory';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { useSession } from '../../ui/session';
import { codeText } from '../workflow/codes';
import { useWorkflowWrite } from '../workflow/form-support';

/**
 * The plant's own working days and days off over the statutory calendar. Warns
 * for this year and next when chinese-days does not know their holidays yet.
 */
export function CalendarOverridesCard() {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const config = usePlantConfig();
  const write = useWorkflowWrite();
  const [date, setDate] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<OverrideKind>('off');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!config) return null;
  const overrides = [...config.calendarOverrides].sort((a, b) => a.date.localeCompare(b.date));
  const year = new Date().getFullYear();
  const unknownYears = [year, year + 1].filter((y) => !hasStatutoryYear(y) && !config.holidayNotices.some((n) => n.year === y));

  const saveList = async (list: CalendarOverride[]) => {
    const parsed = calendarOverridesSchema.safeParse(list);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => codeText(t, i.message)).join('；'));
      return false;
    }
    setError(null);
    return write(() => savePlantConfig(getDb(), station, actor, 'calendarOverrides', parsed.data), t('common.saved'));
  };
  const add = async () => {
    const entry: CalendarOverride = { date: date?.format('YYYY-MM-DD') ?? '', kind, ...(note.trim() && { note: note.trim() }) };
    if (await saveList([...overrides, entry])) {
      setDate(null);
      setNote('');
    }
  };

  return (
    <Card size="small" title={t('workflow.settings.calendarTitle')} style={{ marginBottom: 12 }} data-testid="calendar-overrides">
      {unknownYears.map((y) => (
        <Alert key={y} type="warning" showIcon style={{ marginBottom: 8 }}
          title={t('workflow.settings.noStatutory', { year: String(y), count: String(overrides.filter((o) => o.date.startsWith(`${y}-`)).length) })} />
      ))}
      <Space wrap style={{ marginBottom: 8 }}>
        <DatePicker aria-label={t('workflow.settings.date')} value={date} onChange={setDate} />
        <Select aria-label={t('workflow.settings.kind')} style={{ width: 110 }} value={kind} onChange={setKind}
          options={OVERRIDE_KINDS.map((k) => ({ value: k, label: t(`workflow.settings.${k}`) }))} />
        <Input aria-label={t('workflow.settings.note')} placeholder={t('workflow.settings.note')} style={{ width: 200 }} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button onClick={() => void add()}>{t('workflow.settings.add')}</Button>
      </Space>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Table<CalendarOverride>
        size="small"
        rowKey="date"
        pagination={false}
        locale={{ emptyText: t('workflow.settings.empty') }}
        dataSource={overrides}
        columns={[
          { title: t('workflow.settings.date'), dataIndex: 'date' },
          { title: t('workflow.settings.kind'), dataIndex: 'kind', render: (k: OverrideKind) => t(`workflow.settings.${k}`) },
          { title: t('workflow.settings.note'), dataIndex: 'note' },
          { title: t('common.actions'), key: 'a', render: (_, o) => <Button size="small" onClick={() => void saveList(overrides.filter((x) => x.date !== o.date))}>{t('workflow.settings.remove')}</Button> },
        ]}
      />
    </Card>
  );
}
