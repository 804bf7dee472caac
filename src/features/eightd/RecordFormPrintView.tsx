/**
 * The complaint record form (产品质量投诉记录表) laid out for paper from the same model as
 * its Word file: what Print prints and Save as PDF saves (system dialog / printToPDF in the
 * shell, the browser's print elsewhere). It reads the saved complaint, never a form's state.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { common } from '../../documents/labels-common';
import { recordFormModel, type RecordFormModel } from '../../documents/record-form-model';
import { getPlatform } from '../../platform';
import { PrintLetterhead } from '../../ui/PrintLetterhead';
import { PaperFields } from '../../ui/print/PaperFields';
import { PaperPhotos } from '../../ui/print/PaperPhotos';
import { PaperSignatures } from '../../ui/print/PaperSignatures';
import { useSession } from '../../ui/session';
import { useCompanyWarning, useDocLang } from '../../ui/use-document-settings';
import { exportRecordForm, loadRecordForm } from './exports';
import { useExport } from './use-export';
import '../../ui/print/paper.css';

export function RecordFormPrintView() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station } = useSession();
  const lang = useDocLang();
  const warnCompany = useCompanyWarning();
  const runExport = useExport();
  const [model, setModel] = useState<RecordFormModel | null>();
  useEffect(() => {
    let live = true;
    loadRecordForm(id, station.timeZone, lang).then(
      ({ facts }) => live && setModel(recordFormModel(facts)),
      () => live && setModel(null),
    );
    return () => {
      live = false;
    };
  }, [id, station.timeZone, lang]);
  if (model === undefined) return <Spin style={{ margin: 48 }} />;
  if (model === null) return <Alert type="error" title={t('validation.notFound')} style={{ margin: 16 }} />;
  const pdfName = `${lang === 'en' ? 'RecordForm' : '投诉记录表'}-${model.number}.pdf`;
  return (
    <div>
      <Space className="no-print" style={{ padding: 12 }}>
        <Button onClick={() => navigate(`/complaints/${id}`)}>{t('common.back')}</Button>
        <Button type="primary" onClick={() => { warnCompany(); void getPlatform().print(); }}>{t('eightd.print')}</Button>
        <Button onClick={() => { warnCompany(); void getPlatform().printToPdf(pdfName, { pageSize: 'A4', landscape: false }); }}>{t('eightd.savePdf')}</Button>
        <Button onClick={() => { warnCompany(); void runExport(() => exportRecordForm(id, station.timeZone, lang)); }}>{t('eightd.exportWord')}</Button>
      </Space>
      <div className="paper" lang={lang} data-testid="record-form-print">
        <style>{'@page { size: A4 portrait; margin: 15mm; }'}</style>
        <PrintLetterhead doc="recordForm" title={model.title} number={model.number} lang={lang} />
        <h1>{model.title}</h1>
        {model.sections.map((s) => (
          <section key={s.heading}>
            <h2>{s.heading}</h2>
            <PaperFields pairs={s.pairs} />
          </section>
        ))}
        <h2>{model.evidenceHeading}</h2>
        {model.images.length + model.others.length === 0 && <p>{common(lang).none}</p>}
        <PaperPhotos photos={model.images} />
        {model.others.map((o) => <p key={o}>{o}</p>)}
        <section style={{ breakInside: 'avoid' }}>
          <h2>{model.signaturesHeading}</h2>
          <PaperSignatures cells={model.signatures} lang={lang} />
        </section>
      </div>
    </div>
  );
}
