/**
 * Print view of the return slip (退货单), laid out from the same slip model as the Word
 * file: company header with form number, slip number and QR code, the numbered lines,
 * the total in figures and in capitals, the approvals and the signature cells.
 * A4 landscape by default, A5 landscape as an option. Print and PDF go through the
 * platform (system dialog / printToPDF in the shell, window.print in a browser).
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Segmented, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import QRCode from 'qrcode';
import { usePlantConfig } from '../../db/hooks/use-db';
import { useReturn } from '../../db/hooks/use-returns';
import { returnsLabels } from '../../documents/labels-returns';
import { common } from '../../documents/labels-common';
import { SLIP_ALIGN, slipHeaders, slipRow } from '../../documents/return-slip-parts';
import { getPlatform } from '../../platform';
import { PrintLetterhead } from '../../ui/PrintLetterhead';
import { useSession } from '../../ui/session';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { downloadSlipDocx, slipModelOf } from './word-export';
import './return-slip.css';

type Layout = 'a4' | 'a5';

export function ReturnSlipPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { station } = useSession();
  const row = useReturn(id);
  const company = usePlantConfig()?.company;
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  const [layout, setLayout] = useState<Layout>('a4');
  const [qr, setQr] = useState<string>();
  const number = row?.number;
  useEffect(() => {
    if (!number) return;
    let live = true;
    void QRCode.toDataURL(number, { margin: 1, width: 200, errorCorrectionLevel: 'M' }).then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [number]);
  if (row === undefined || company === undefined) return <Spin style={{ margin: 48 }} />;
  if (row === null) return <Alert type="error" title={t('returns.codes.repo.notFound')} style={{ margin: 16 }} />;
  const m = slipModelOf(row, company.name, station.timeZone, lang);
  const L = returnsLabels(lang);
  const C = common(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const pdf = async () => {
    warnCompany();
    const out = await getPlatform().printToPdf(`${lang === 'en' ? 'ReturnSlip' : '退货单'}-${row.number}.pdf`, { pageSize: layout === 'a4' ? 'A4' : 'A5', landscape: true });
    if (out.saved) void message.success(t('returns.slip.pdfSaved'));
  };
  const signers: [string, { name: string; date: string; signatureImage?: string } | undefined][] = [
    [L.sign.applicant, m.signers.applicant], [L.sign.reviewer, undefined], [L.sign.warehouse, m.signers.warehouse],
    [L.sign.qa, m.signers.qa], [L.sign.approver, m.signers.approver], [L.sign.customerReceiver, undefined],
  ];
  return (
    <div>
      {/* The page box follows the chosen layout, for the browser's print and for printToPDF alike. */}
      <style>{`@page { size: ${layout === 'a4' ? 'A4' : 'A5'} landscape; margin: 10mm; }`}</style>
      <Space className="no-print" style={{ padding: 12 }}>
        <Button onClick={() => navigate(`/returns/${row.id}`)}>{t('common.back')}</Button>
        <Segmented<Layout> value={layout} onChange={setLayout} options={[{ value: 'a4', label: t('returns.slip.a4') }, { value: 'a5', label: t('returns.slip.a5') }]} />
        <Button type="primary" onClick={() => { warnCompany(); void getPlatform().print(); }}>{t('returns.slip.print')}</Button>
        <Button onClick={() => void pdf()}>{t('returns.slip.pdf')}</Button>
        <Button onClick={() => { warnCompany(); void downloadSlipDocx(row, station.timeZone, lang); }}>{t('returns.slip.word')}</Button>
      </Space>
      <div className={`slip-page ${layout}`} data-testid="return-slip" lang={lang}>
        <PrintLetterhead doc="returnSlip" title={L.slipTitle} number={m.number} lang={lang} />
        <div className="slip-head">
          <h1>{L.slipTitle}</h1>
          {qr && <img className="slip-qr" src={qr} alt={m.number} data-testid="slip-qr" />}
        </div>
        <table className="slip-table">
          <tbody>
            <tr><th>{L.info.customer}</th><td>{m.customer}</td><th>{L.info.contact}</th><td>{m.contact}</td><th>{L.info.date}</th><td>{m.date}</td></tr>
            <tr><th>{L.info.orderNo}</th><td>{m.orderNo}</td><th>{L.info.deliveryNoteNo}</th><td>{m.deliveryNoteNo}</td><th>{L.info.trackingNo}</th><td>{m.trackingNo}</td></tr>
            <tr><th>{L.info.returnType}</th><td>{m.returnType}</td><th>{L.info.freight}</th><td>{m.freight}</td><th>{L.info.receipt}</th><td>{m.receipt}</td></tr>
          </tbody>
        </table>
        <table className="slip-table slip-lines">
          <thead><tr>{slipHeaders(lang).map((h) => <th key={h}>{h}</th>)}</tr></thead>
          <tbody>{m.lines.map((l, i) => <tr key={i}>{slipRow(l).map((c, j) => <td key={j} style={{ textAlign: SLIP_ALIGN[j] }}>{c}</td>)}</tr>)}</tbody>
        </table>
        <table className="slip-table">
          <tbody>
            <tr>
              <th>{L.requestedFigures}</th><td className="num" data-testid="slip-requested">{m.requestedFigures}</td>
              <th>{L.totalFigures}</th><td className="num"><strong data-testid="slip-settled">{m.totalFigures}</strong>{m.provisional && ` ${L.settledProvisional}`}</td>
              <th>{L.totalCapitals}</th><td><strong data-testid="slip-capitals">{m.totalCapitals}</strong></td>
              {m.refund && <><th>{L.refund}</th><td className="num">{m.refund}</td></>}
            </tr>
          </tbody>
        </table>
        {m.approvals.length > 0 && (
          <table className="slip-table">
            <thead><tr><th>{L.approvals.role}</th><th>{L.approvals.name}</th><th>{L.approvals.at}</th><th>{L.approvals.meaning}</th><th>{L.approvals.comment}</th><th>{L.approvals.signature}</th></tr></thead>
            <tbody>
              {m.approvals.map((a, i) => (
                <tr key={i}>
                  <td>{a.role}</td><td>{a.name}</td><td className="nowrap">{a.at}</td><td>{a.meaning}</td><td>{a.comment}</td>
                  <td>{a.signatureImage && <img className="slip-signature-img" src={a.signatureImage} alt={a.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="slip-sign">
          {signers.map(([label, s]) => (
            <div key={label}>
              <strong>{label}</strong>
              <div className="sign-line">{C.signature.sign} {s?.signatureImage && <img className="slip-signature-img" src={s.signatureImage} alt="" />} {s?.name}</div>
              <div className="small">{C.signature.date}{colon}{s?.date ?? (lang === 'zh-CN' ? '\u3000\u3000年\u3000\u3000月\u3000\u3000日' : '')}</div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
