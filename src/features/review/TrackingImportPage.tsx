import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { importTrackingRows, type ImportOutcome } from '../../db/repositories/tracking-import';
import type { Cell } from '../../domain/masterdata/sheet';
import { findHeaderRow, IMPORT_FIELDS, MAX_IMPORT_ROWS, proposeMapping, readTrackingRows, REQUIRED_FIELDS, WARN_IMPORT_ROWS, type ImportField, type Mapping } from '../../domain/review/tracking-import';
import { ValidationError } from '../../domain/common/validation-error';
import { getPlatform } from '../../platform';
import { useSession } from '../../ui/session';
import { NotAWorkbookError, readFirstSheet } from '../masterdata/excel';
import { caseCodeText } from './case-codes';

const MAX_FILE_BYTES = 50 * 1024 * 1024;

interface Loaded {
  name: string;
  table: Cell[][];
  headerRow: number;
}

/** Import of an old Excel tracking sheet: choose, map the columns, preview each row's errors, import the valid rows at once. */
export function TrackingImportPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { station, actor, can } = useSession();
  const [loaded, setLoaded] = useState<Loaded>();
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome & { invalid: number }>();

  const rows = useMemo(
    () => (loaded ? readTrackingRows(loaded.table, loaded.headerRow, mapping, { now: new Date(), zone: station.timeZone, receivedBy: actor.name }) : []),
    [loaded, mapping, station.timeZone, actor.name],
  );
  const valid = rows.filter((r) => r.input && r.key);
  const missing = REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
  const errorText = (code: string) => {
    const [key, first] = code.split('|');
    return key === 'import.err.duplicateInFile' ? t('review.import.err.duplicateInFile', { row: first }) : key?.startsWith('import.') ? t(`review.${key}`) : caseCodeText(t, code);
  };

  const choose = async () => {
    setOutcome(undefined);
    const picked = await getPlatform().openFiles({ accept: '.xlsx', multiple: false, maxBytes: MAX_FILE_BYTES });
    if (picked.tooLarge.length) return void message.error(t('review.import.err.fileTooLarge'));
    const file = picked.files[0];
    if (!file) return;
    setBusy(true);
    try {
      const table = await readFirstSheet(await file.arrayBuffer());
      if (table.length < 2) return void message.error(t('review.import.err.empty'));
      if (table.length > MAX_IMPORT_ROWS) return void message.error(t('review.import.err.tooManyRows', { max: MAX_IMPORT_ROWS }));
      if (table.length > WARN_IMPORT_ROWS && !(await modal.confirm({ title: t('review.import.manyRows', { count: table.length }), okText: t('review.import.continue'), cancelText: t('review.import.cancel') }))) return;
      const headerRow = findHeaderRow(table);
      setMapping(proposeMapping(table[headerRow] ?? []));
      setLoaded({ name: file.name, table, headerRow });
    } catch (e) {
      if (e instanceof NotAWorkbookError) return void message.error(t('review.import.err.notWorkbook'));
      throw e;
    } finally {
      setBusy(false);
    }
  };

  const run = async () => {
    setBusy(true);
    try {
      const result = await importTrackingRows(getDb(), station, actor, valid.map((r) => ({ row: r.row, input: r.input!, key: r.key! })));
      setOutcome({ ...result, invalid: rows.length - valid.length });
      void message.success(t('review.import.done', { count: result.imported }));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      void message.error(e.issues.map((i) => caseCodeText(t, i.code)).join('；'));
    } finally {
      setBusy(false);
    }
  };

  const headers = loaded ? (loaded.table[loaded.headerRow] ?? []).map((h, i) => ({ value: i, label: `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''} · ${h === null ? '' : String(h)}` })) : [];
  return (
    <div className="page" data-testid="tracking-import">
      <Typography.Title level={4}>{t('review.import.title')}</Typography.Title>
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => void choose()} loading={busy && !loaded} disabled={!can('complaint.edit')}>{t('review.import.choose')}</Button>
        {loaded && <Typography.Text>{loaded.name} · {t('review.import.rows', { count: loaded.table.length - loaded.headerRow - 1 })}</Typography.Text>}
      </Space>
      {loaded && (
        <>
          <Card size="small" title={t('review.import.mapping')} style={{ marginBottom: 12 }}>
            <Space wrap>
              {IMPORT_FIELDS.map((f: ImportField) => (
                <Space key={f} direction="vertical" size={2}>
                  <Typography.Text>{t(`review.import.fields.${f}`)}{REQUIRED_FIELDS.includes(f) ? ' *' : ''}</Typography.Text>
                  <Select allowClear aria-label={t(`review.import.fields.${f}`)} style={{ width: 170 }} value={mapping[f]} options={headers}
                    onChange={(v?: number) => setMapping((m) => ({ ...m, [f]: v }))} />
                </Space>
              ))}
            </Space>
            {missing.length > 0 && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('review.import.missing', { fields: missing.map((f) => t(`review.import.fields.${f}`)).join('、') })} />}
          </Card>
          <Card size="small" title={t('review.import.preview', { valid: valid.length, invalid: rows.length - valid.length })} style={{ marginBottom: 12 }}>
            <Table size="small" rowKey="row" data-testid="import-preview" dataSource={rows} pagination={{ pageSize: 50 }} columns={[
              { title: t('review.import.row'), dataIndex: 'row', width: 70 },
              { title: t('review.import.fields.customerName'), render: (_: unknown, r) => r.input?.customer.name ?? '' },
              { title: t('review.import.fields.productName'), render: (_: unknown, r) => r.input?.product.name ?? '' },
              { title: t('review.import.result'), render: (_: unknown, r) => (r.errors.length === 0
                ? <Tag color="green">{t('review.import.ok')}</Tag>
                : r.errors.map((e, i) => <Tag key={i} color="red">{e.field ? `${t(`review.import.fields.${e.field}`)}：` : ''}{errorText(e.code)}</Tag>)) },
            ]} />
            <Button type="primary" style={{ marginTop: 8 }} disabled={valid.length === 0 || missing.length > 0 || !!outcome} loading={busy}
              onClick={() => void run()} data-testid="import-run">{t('review.import.run', { count: valid.length })}</Button>
          </Card>
        </>
      )}
      {outcome && (
        <Alert type="info" showIcon data-testid="import-report" title={t('review.import.report', { imported: outcome.imported, duplicates: outcome.skipped.length, invalid: outcome.invalid })}
          description={outcome.skipped.length ? outcome.skipped.map((s) => t('review.import.skippedRow', { row: s.row, reason: errorText(s.code) })).join('；') : undefined} />
      )}
    </div>
  );
}
