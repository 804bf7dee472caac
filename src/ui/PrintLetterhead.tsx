/**
 * The company letterhead of every print view, like the Word files' page header:
 * logo, company name (or the visible placeholder), contact lines, the document's
 * title, its form number and revision, and its number. From Settings › Company.
 */
import { usePlantConfig, useAttachment } from '../db/hooks/use-db';
import type { CompanyDocument } from '../domain/config/company';
import type { DocLang } from '../documents/doc-format';
import { common } from '../documents/labels-common';
import { useObjectUrl } from './AttachmentPreview';

function Logo({ sha256 }: { sha256: string }) {
  const url = useObjectUrl(useAttachment(sha256)?.blob);
  return url ? <img src={url} alt="" style={{ maxHeight: '12mm', maxWidth: '30mm' }} /> : null;
}

export function PrintLetterhead({ doc, title, number, lang }: { doc: CompanyDocument; title: string; number: string; lang: DocLang }) {
  const company = usePlantConfig()?.company;
  if (!company) return null;
  const C = common(lang);
  const colon = lang === 'en' ? ': ' : '：';
  const form = company.forms[doc];
  const name = (lang === 'en' ? company.nameEn || company.name : company.name) || C.companyPlaceholder;
  const small = { fontSize: '8pt' } as const;
  return (
    <div data-testid="print-letterhead" style={{ display: 'flex', alignItems: 'center', gap: '4mm', borderBottom: '1px solid #666', paddingBottom: '2mm', marginBottom: '3mm', color: '#000' }}>
      {company.logoSha256 && <Logo sha256={company.logoSha256} />}
      <div style={{ flex: 1 }}>
        <div style={{ fontSize: '12pt', fontWeight: 700 }} data-testid="print-company">{name}</div>
        {lang === 'zh-CN' && company.nameEn && <div style={small}>{company.nameEn}</div>}
        {company.address && <div style={small}>{C.address}{colon}{company.address}</div>}
        <div style={small}>{[company.phone && `${C.phone}${colon}${company.phone}`, company.fax && `${C.fax}${colon}${company.fax}`, company.website && `${C.website}${colon}${company.website}`].filter(Boolean).join('\u3000')}</div>
      </div>
      <div style={{ textAlign: 'right', whiteSpace: 'nowrap', fontSize: '8pt' }}>
        <div style={{ fontSize: '10.5pt', fontWeight: 700 }}>{title}</div>
        {form.formNo && <div>{C.formNo}{colon}{form.formNo}{form.revision && `\u3000${C.revision}${colon}${form.revision}`}</div>}
        <div>{C.docNo}{colon}<strong data-testid="print-number">{form.prefix}{number}</strong></div>
      </div>
    </div>
  );
}
