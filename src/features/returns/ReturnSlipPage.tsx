/**
 * Print preview of the return slip (退货单): A4 portrait by default, A5 landscape as an
 * option. Print and PDF go through the platform (system dialog / printToPDF in the
 * shell, window.print in a browser); Word is built by the docx builder on demand.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Segmented, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import QRCode from 'qrcode';
import { useReturn } from '../../db/hooks/use-returns';
import { getPlatform } from '../../platform';
import { SLIP_HEADERS, slipRow, ZH } from '../../documents/return-slip-parts';
import { useSession } from '../../ui/session';
import { useCompanyName } from './use-company';
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
  const company = useCompanyName();
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
  if (row === undefined) return <Spin style={{ margin: 48 }} />;
  if (row === null) return <Alert type="error" title={t('returns.codes.repo.notFound')} style={{ margin: 16 }} />;
  const m = slipModelOf(row, company, station.timeZone);
  const pdf = async () => {
    const out = await getPlatform().printToPdf(`退货单-${row.number}.pdf`, { pageSize: layout === 'a4' ? 'A4' : 'A5', landscape: layout === 'a5' });
    if (out.saved) void message.success(t('returns.slip.pdfSaved'));
  };
  return (
    <div>
      {/* The page box follows the chosen layout, for the browser's print and for printToPDF alike. */}
      <style>{`@page { size: ${layout === 'a4' ? 'A4 portrait' : 'A5 landscape'}; margin: 10mm; }`}</style>
      <Space className="no-print" style={{ padding: 12 }}>
        <Button onClick={() => navigate(`/returns/${row.id}`)}>{t('common.back')}</Button>
        <Segmented<Layout> value={layout} onChange={setLayout} options={[{ value: 'a4', label: t('returns.slip.a4') }, { value: 'a5', label: t('returns.slip.a5') }]} />
        <Button type="primary" onClick={() => void getPlatform().print()}>{t('returns.slip.print')}</Button>
        <Button onClick={() => void pdf()}>{t('returns.slip.pdf')}</Button>
        <Button onClick={() => void downloadSlipDocx(row, company, station.timeZone)}>{t('returns.slip.word')}</Button>
      </Space>
      <div className={`slip-page ${layout}`} data-testid="return-slip" lang="zh-CN">
        <div className="slip-head">
          <div>
            {m.company && <div className="company">{m.company}</div>}
            <h1>退货单</h1>
            <div>单号：<strong data-testid="slip-number">{m.number}</strong>{'\u3000'}日期：{m.date}</div>
          </div>
          {qr && <img className="slip-qr" src={qr} alt={m.number} data-testid="slip-qr" />}
        </div>
        <table className="slip-table">
          <tbody>
            <tr><th>客户</th><td>{m.customer}</td><th>联系人/电话</th><td>{m.contact}</td></tr>
            <tr><th>订单号</th><td>{m.orderNo}</td><th>送货单号</th><td>{m.deliveryNoteNo}</td></tr>
            <tr><th>退货类型</th><td>{m.returnType}</td><th>运费承担</th><td>{m.freight}</td></tr>
            <tr><th>仓库收货</th><td colSpan={3}>{m.receipt}</td></tr>
          </tbody>
        </table>
        <table className="slip-table">
          <thead><tr>{SLIP_HEADERS.map((h) => <th key={h}>{h}</th>)}</tr></thead>
          <tbody>{m.lines.map((l, i) => <tr key={i}>{slipRow(l).map((c, j) => <td key={j}>{c}</td>)}</tr>)}</tbody>
        </table>
        <div className="slip-total" data-testid="slip-total">
          申请合计：<span data-testid="slip-requested">{m.requestedFigures}</span>{'\u3000'}
          结算合计：<strong data-testid="slip-settled">{m.totalFigures}</strong>{m.provisional && '（待收货确认）'}{'\u3000'}
          大写：<strong data-testid="slip-capitals">{m.totalCapitals}</strong>
          {m.refund && <>{'\u3000'}退款合计：{m.refund}</>}
        </div>
        <table className="slip-table">
          <thead><tr><th>审批角色</th><th>签字人</th><th>时间</th><th>意见</th><th>备注</th><th>签名</th></tr></thead>
          <tbody>
            {m.approvals.length === 0 ? (
              <tr><td colSpan={6}>无需审批 / 尚无审批记录</td></tr>
            ) : (
              m.approvals.map((a, i) => (
                <tr key={i}>
                  <td>{a.role}</td><td>{a.name}</td><td>{a.at}</td><td>{a.meaning}</td><td>{a.comment}</td>
                  <td>{a.signatureImage && <img className="slip-signature-img" src={a.signatureImage} alt={a.name} />}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <div className="slip-wet">
          {ZH.wetInk.map((label) => <div key={label}>{label}签字/日期</div>)}
        </div>
      </div>
    </div>
  );
}
