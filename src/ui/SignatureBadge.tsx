/** A signature's standing, as every station computes it: valid, invalid in red, or made before accounts existed. */
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SignatureVerdict } from '../domain/auth/statements';

export function SignatureBadge({ verdict, stale = false }: { verdict: SignatureVerdict | undefined; stale?: boolean }) {
  const { t } = useTranslation();
  if (!verdict) return null;
  if (verdict.state === 'invalid') {
    return (
      <Tooltip title={t(`auth.sign.invalidReason.${verdict.reason}`)}>
        <Tag color="red" data-testid="signature-invalid">{t('auth.sign.invalid')}</Tag>
      </Tooltip>
    );
  }
  if (stale) return <Tag color="orange" data-testid="signature-stale">{t('auth.sign.stale')}</Tag>;
  if (verdict.state === 'legacy') return <Tag data-testid="signature-legacy">{t('auth.sign.legacy')}</Tag>;
  return <Tag color="green" data-testid="signature-valid">{t('auth.sign.valid')}</Tag>;
}
