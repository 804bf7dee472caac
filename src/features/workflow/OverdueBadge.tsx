import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNow, useOverdueCounts } from '../../db/hooks/use-workflow';
import { useSession } from '../../ui/session';
import { useFirstScreenDone } from '../../db/hooks/first-screen';

/** The header's count of overdue items: complaints plus open 8D actions; opens the tracking table's overdue view. */
export function OverdueBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { station } = useSession();
  const now = useNow();
  // The count reads every open case and 8D: after the first rows are on screen (db/hooks/first-screen.ts).
  const counts = useOverdueCounts(now, station.timeZone, useFirstScreenDone()) ?? { complaints: 0, actions: 0, total: 0 };
  return (
    <Badge count={counts.total} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        size="small"
        style={{ color: '#fff' }}
        data-testid="overdue-badge"
        data-count={counts.total}
        data-complaints={counts.complaints}
        data-actions={counts.actions}
        title={t('workflow.overdue.tooltip', { complaints: counts.complaints, actions: counts.actions, total: counts.total })}
        onClick={() => navigate('/?view=overdue')}
      >
        {t('workflow.overdue.badge')}
      </Button>
    </Badge>
  );
}
