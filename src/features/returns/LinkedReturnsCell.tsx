/** The tracking table's cell for a complaint's returns: "RT-… · 已收货", each a link to the return. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReturnSummaries } from '../../db/hooks/use-returns';

/** More than this many returns on one complaint are counted, not listed, so the row keeps its height. */
const SHOWN = 2;

/**
 * "RT-QA1-2026-0001" → "RT…0001": the grid has no room for full numbers at the
 * default window width; the row already names the complaint, the title and the
 * link's name carry the full number.
 */
export function shortReturnNumber(number: string): string {
  const seq = /^RT-[A-Z0-9]+-\d{4}-(\d+)$/.exec(number)?.[1];
  return seq ? `RT…${seq}` : number;
}

export function LinkedReturnsCell({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const returns = useReturnSummaries(complaintId);
  if (!returns || returns.length === 0) return null;
  const title = returns.map((r) => `${r.number} · ${t(`returns.statuses.${r.status}`)}`).join('\n');
  return (
    <span data-testid="tracking-returns" title={title}>
      {returns.slice(0, SHOWN).map((r, i) => (
        <span key={r.id}>
          {i > 0 && '；'}
          {/* The row opens the complaint; the link opens the return instead. */}
          <Link
            to={`/returns/${r.id}`}
            aria-label={`${r.number} · ${t(`returns.statuses.${r.status}`)}`}
            onClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => e.stopPropagation()}
          >
            {shortReturnNumber(r.number)} · {t(`returns.statuses.${r.status}`)}
          </Link>
        </span>
      ))}
      {returns.length > SHOWN && ` ${t('returns.linked.more', { count: returns.length - SHOWN })}`}
    </span>
  );
}
