/**
 * The saved 8D report laid out for paper: what Print prints. It reads the saved
 * row (never a form's unsaved state) and hides the app chrome when printing.
 */
import { useEffect } from 'react';
import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useComplaint } from '../../db/hooks/use-db';
import { useEightD } from '../../db/hooks/use-eightd';
import { listOf } from '../../domain/eightd/keyed';
import { CONTAINMENT_LOCATIONS, DISCIPLINES, SIGNATURE_SLOTS, type Discipline, type EightD } from '../../domain/eightd/schema';
import { currentSignatures, signatureState } from '../../domain/eightd/signature';
import { formatDateTime, type DocLang } from '../../documents/doc-format';
import { eightDLabels } from '../../documents/labels-eightd';
import { reportVersion } from '../../documents/eightd-version';
import { PrintLetterhead } from '../../ui/PrintLetterhead';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { getPlatform } from '../../platform';

function Rows({ rows }: { rows: [string, string][] }) {
  return (
    <table className="eightd-print-table">
      <tbody>{rows.map(([k, v], i) => <tr key={i}><th>{k}</th><td style={{ whiteSpace: 'pre-wrap' }}>{v}</td></tr>)}</tbody>
    </table>
  );
}

function useRows(r: EightD) {
  const { t } = useTranslation();
  const k = (n: string, key: string) => t(`eightd.${n}.${key}`);
  const yn = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const acts = (n: Discipline) => listOf(r.actions).filter((a) => a.discipline === n)
    .map((a): [string, string] => [t('eightd.actions.title'), [a.title, a.owner, a.due, t(`eightd.actions.statuses.${a.status}`), a.verification, a.doneOn, a.cutIn, a.result].filter(Boolean).join(' · ')]);
  return (n: Discipline): [string, string][] => {
    const head: [string, string][] = [[t('eightd.owner'), r[n].owner], [t('eightd.date'), r[n].date]];
    switch (n) {
      case 'd0': return [...head, [k(n, 'symptom'), r.d0.symptom], [k(n, 'emergencyResponse'), r.d0.emergencyResponse]];
      case 'd1': return [...head, ...listOf(r.d1.members).map((m): [string, string] => [t(`eightd.d1.roles.${m.role}`), `${m.name} ${m.department}`])];
      case 'd2': return [...head, ...(['what', 'who', 'when', 'where', 'why', 'how', 'howMany', 'spec', 'actual', 'statement'] as const).map((f): [string, string] => [k(n, f), r.d2[f]])];
      case 'd3': return [...head, ...CONTAINMENT_LOCATIONS.map((l): [string, string] => {
        const x = r.d3.locations[l];
        return [t(`eightd.d3.locations.${l}`), x.na ? t('eightd.d3.na') : [x.checkedQty, x.badQty, x.method, x.owner, x.date].filter((v) => v !== null && v !== '').join(' · ')];
      }), [k(n, 'cleanPoint'), r.d3.cleanPoint], ...acts('d3')];
      case 'd4': return [...head, ...listOf(r.d4.causes).map((c): [string, string] => [
        `${t(`eightd.d4.kinds.${c.kind}`)} (${t(`eightd.d4.fishbone.${c.category}`)}, ${t(`eightd.d4.statuses.${c.status}`)})`,
        [c.description, c.verification, ...listOf(c.whys).map((w, i) => `${t('eightd.d4.why', { n: i + 1 })}: ${w.text}`)].filter(Boolean).join('\n'),
      ])];
      case 'd5': return [...head, ...acts('d5'), [k(n, 'notes'), r.d5.notes]];
      case 'd6': return [...head, ...acts('d6'), [k(n, 'containmentRemoved'), yn(r.d6.containmentRemoved)], [k(n, 'containmentRemovedOn'), r.d6.containmentRemovedOn], [k(n, 'notes'), r.d6.notes]];
      case 'd7': return [...head, ...(['pfmea', 'controlPlan', 'workInstructions', 'inspectionStandard'] as const).map((f): [string, string] => [k(n, f), yn(r.d7[f])]), [k(n, 'lateral'), r.d7.lateral], [k(n, 'lessons'), r.d7.lessons], ...acts('d7')];
      case 'd8': return [...head, [k(n, 'closureCriteria'), r.d8.closureCriteria], [k(n, 'recognition'), r.d8.recognition], [k(n, 'closedOn'), r.d8.closedOn]];
    }
  };
}

function Report({ r, lang }: { r: EightD; lang: DocLang }) {
  const { t } = useTranslation();
  const rows = useRows(r);
  const sigs = currentSignatures(r.signatures);
  const version = eightDLabels(lang).head.versionOf(reportVersion(r));
  return (
    <>
      {DISCIPLINES.map((n) => (
        <section key={n} style={{ breakInside: 'avoid', marginBottom: 12 }}>
          <Typography.Title level={5}>{t(`eightd.disciplines.${n}`)}</Typography.Title>
          <Rows rows={rows(n)} />
        </section>
      ))}
      <section style={{ breakInside: 'avoid' }}>
        <Typography.Title level={5}>{t('eightd.disciplines.signatures')}</Typography.Title>
        <Typography.Paragraph data-testid="print-version">{eightDLabels(lang).signatures.note(version)}</Typography.Paragraph>
        {/* Paper leaves the plant: a signature over other content is simply not printed; the slot stays blank for wet ink. */}
        <Rows rows={SIGNATURE_SLOTS.map((slot): [string, string] => {
          const s = sigs[slot];
          const valid = s && signatureState(s, r) === 'valid' ? s : undefined;
          return [t(`eightd.sign.slots.${slot}`), valid ? `${valid.name} ${t(`settings.roles.${valid.role}`, { defaultValue: valid.role })} · ${valid.meaning} · ${formatDateTime(valid.at, lang, valid.timeZone)}\n\n____________________` : '\n____________________'];
        })} />
      </section>
    </>
  );
}

export function EightDPrintView() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const complaint = useComplaint(id);
  const row = useEightD(id);
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  useEffect(() => {
    document.body.classList.add('eightd-printing');
    return () => document.body.classList.remove('eightd-printing');
  }, []);
  if (complaint === undefined || row === undefined) return <Spin style={{ margin: 48 }} />;
  if (!complaint || !row) return <Alert type="error" title={t('eightd.err.noEightD')} style={{ margin: 16 }} />;
  return (
    <div className="page" style={{ maxWidth: 900 }} data-testid="eightd-print">
      <style>{'.eightd-print-table{width:100%;border-collapse:collapse}.eightd-print-table th,.eightd-print-table td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}.eightd-print-table th{width:28%;background:#f3f3f3}@media print{.eightd-printing header,.eightd-printing .ant-layout-header{display:none}}'}</style>
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button onClick={() => navigate(`/complaints/${complaint.id}/8d`)}>{t('common.back')}</Button>
        <Button type="primary" onClick={() => { warnCompany(); void getPlatform().print(); }}>{t('eightd.print')}</Button>
        <Button onClick={() => { warnCompany(); void getPlatform().printToPdf(`8D-${complaint.number}.pdf`, { pageSize: 'A4', landscape: false }); }}>{t('eightd.savePdf')}</Button>
      </Space>
      <PrintLetterhead doc="eightD" title={eightDLabels(lang).title} number={complaint.number} lang={lang} />
      <Typography.Title level={4}>{t('eightd.title', { number: complaint.number })}</Typography.Title>
      <Typography.Paragraph>{complaint.customer.name} · {complaint.product.name} {complaint.product.model} · {complaint.details.symptom}</Typography.Paragraph>
      <Report r={row} lang={lang} />
    </div>
  );
}
