/** Signature cells on paper: the label, the line to sign on (or the recorded signer), the date line. */
import { common } from '../../documents/labels-common';
import type { DocLang } from '../../documents/doc-format';

export interface PaperSignature { label: string; name?: string; date?: string }

export function PaperSignatures({ cells, lang }: { cells: readonly PaperSignature[]; lang: DocLang }) {
  const S = common(lang).signature;
  const colon = lang === 'en' ? ': ' : '：';
  const blankDate = lang === 'zh-CN' ? '\u3000\u3000年\u3000\u3000月\u3000\u3000日' : '';
  return (
    <div className="paper-sign" data-testid="paper-signatures">
      {cells.map((c) => (
        <div key={c.label}>
          <strong>{c.label}</strong>
          <div>{S.sign} {c.name}</div>
          <div style={{ fontSize: '9pt' }}>{S.date}{colon}{c.date ?? blankDate}</div>
        </div>
      ))}
    </div>
  );
}
