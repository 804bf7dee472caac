/**
 * The refusal letter (不予退货/索赔通知函) laid out for paper from the same model as its
 * Word file, for Print and Save as PDF. Shown only for a refused claim.
 */
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { usePlantConfig } from '../../db/hooks/use-db';
import { useReturn } from '../../db/hooks/use-returns';
import { companyName } from '../../documents/labels-common';
import { refusalLetterModel } from '../../documents/refusal-letter-model';
import { getPlatform } from '../../platform';
import { PrintLetterhead } from '../../ui/PrintLetterhead';
import { useSession } from '../../ui/session';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { downloadRefusalLetter, refusalLetterData } from './word-export';
import '../../ui/print/paper.css';

/** Twips (1/20 pt) as millimetres, for the spacing the Word file uses. */
const mm = (twips: number | undefined) => (twips ? `${(twips / 1440) * 25.4}mm` : undefined);

export function RefusalLetterPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station, actor } = useSession();
  const row = useReturn(id);
  const company = usePlantConfig()?.company;
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  if (row === undefined || company === undefined) return <Spin style={{ margin: 48 }} />;
  const data = row && refusalLetterData(row, station.timeZone, lang, actor.name, company.phone);
  if (!row || !data) return <Alert type="error" title={t('returns.letter.notRefused')} style={{ margin: 16 }} />;
  const m = refusalLetterModel(data, companyName(company, lang), company.forms.refusalLetter.prefix);
  const pdfName = `${lang === 'en' ? 'RefusalLetter' : '拒赔函'}-${row.number}.pdf`;
  return (
    <div>
      <Space className="no-print" style={{ padding: 12 }}>
        <Button onClick={() => navigate(`/returns/${row.id}`)}>{t('common.back')}</Button>
        <Button type="primary" onClick={() => { warnCompany(); void getPlatform().print(); }}>{t('returns.slip.print')}</Button>
        <Button onClick={() => { warnCompany(); void getPlatform().printToPdf(pdfName, { pageSize: 'A4', landscape: false }); }}>{t('returns.slip.pdf')}</Button>
        <Button onClick={() => { warnCompany(); void downloadRefusalLetter(row, station.timeZone, lang, actor.name); }}>{t('returns.slip.word')}</Button>
      </Space>
      <div className="paper paper-letter" lang={lang} data-testid="refusal-letter">
        <style>{'@page { size: A4 portrait; margin: 15mm; }'}</style>
        <PrintLetterhead doc="refusalLetter" title={m.title} number={data.number} lang={lang} />
        <h1>{m.title}</h1>
        {m.blocks.map((b, i) => (
          <p key={i} style={{
            textAlign: b.align, textIndent: b.indent ? '2em' : undefined, fontSize: `${b.pt}pt`,
            marginTop: mm(b.before), marginBottom: mm(b.after), whiteSpace: 'pre-wrap',
          }}>{b.text}</p>
        ))}
      </div>
    </div>
  );
}
