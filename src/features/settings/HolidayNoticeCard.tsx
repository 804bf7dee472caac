/**
 * Settings › the State Council's holiday notice: paste its text (or open it as
 * a .txt file), check the preview, store it. A stored notice replaces
 * chinese-days for its year; deadlines already computed keep their dates.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseHolidayNotice, type HolidayNotice, type NoticeProblem } from '../../domain/calendar/notice';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { useSession } from '../../ui/session';
import { useWorkflowWrite } from '../workflow/form-support';

/** A notice is a page of text: anything much larger is not one. */
const MAX_BYTES = 64 * 1024;

export function HolidayNoticeCard() {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const config = usePlantConfig();
  const write = useWorkflowWrite();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<HolidayNotice | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  if (!config) return null;
  const N = (k: string, o?: Record<string, unknown>) => t(`workflow.notice.${k}`, o ?? {});
  const describe = (p: NoticeProblem) => N(`problems.${p.code.slice('notice.'.length)}`, p as unknown as Record<string, unknown>);

  const read = (value: string) => {
    const r = parseHolidayNotice(value);
    setPreview(r.ok ? r.notice : null);
    setProblems(r.ok ? [] : r.problems.map(describe));
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblems([N('problems.tooLarge')]);
    const value = new TextDecoder('utf-8').decode(await file.arrayBuffer());
    setText(value);
    read(value);
  };
  const store = async (notice: HolidayNotice) => {
    const others = config.holidayNotices.filter((n) => n.year !== notice.year);
    const ok = await write(() => savePlantConfig(getDb(), station, actor, 'holidayNotices', [...others, notice].sort((a, b) => a.year - b.year)), N('saved', { year: notice.year }));
    if (ok) {
      setPreview(null);
      setText('');
    }
  };
  const rows = preview ? [...preview.holidays.map((d) => ({ ...d, kind: 'off' })), ...preview.workdays.map((d) => ({ ...d, kind: 'work' }))].sort((a, b) => a.date.localeCompare(b.date)) : [];
  return (
    <Card size="small" title={N('title')} style={{ marginBottom: 12 }} data-testid="holiday-notice">
      {config.holidayNotices.length > 0 && (
        <Typography.Paragraph>
          {N('stored')} {config.holidayNotices.map((n) => <Tag key={n.year}>{N('yearSummary', { year: n.year, holidays: n.holidays.length, workdays: n.workdays.length })}</Tag>)}
        </Typography.Paragraph>
      )}
      <Input.TextArea aria-label={N('text')} placeholder={N('placeholder')} rows={5} value={text} onChange={(e) => { setText(e.target.value); setPreview(null); setProblems([]); }} />
      <Space style={{ marginTop: 8 }} wrap>
        <Button onClick={() => read(text)} disabled={text.trim() === ''}>{N('preview')}</Button>
        <Button onClick={() => fileInput.current?.click()}>{N('openFile')}</Button>
        <input ref={fileInput} type="file" accept=".txt,text/plain" hidden data-testid="notice-file" onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
      </Space>
      {problems.length > 0 && <Alert type="error" role="alert" style={{ marginTop: 8 }} title={problems.join('；')} />}
      {preview && (
        <div style={{ marginTop: 8 }} data-testid="notice-preview">
          <Typography.Text strong>{N('yearSummary', { year: preview.year, holidays: preview.holidays.length, workdays: preview.workdays.length })}</Typography.Text>
          {config.holidayNotices.some((n) => n.year === preview.year) && <Typography.Text type="warning"> {N('replaces', { year: preview.year })}</Typography.Text>}
          <Table size="small" pagination={false} rowKey="date" dataSource={rows} style={{ marginTop: 4 }}
            columns={[
              { title: N('date'), dataIndex: 'date' },
              { title: N('kind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'off' ? 'green' : 'orange'}>{N(k === 'off' ? 'holiday' : 'workday')}</Tag> },
              { title: N('name'), dataIndex: 'name' },
            ]} />
          <Button type="primary" style={{ marginTop: 8 }} onClick={() => void store(preview)}>{N('save')}</Button>
        </div>
      )}
    </Card>
  );
}
