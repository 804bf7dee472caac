import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNow, useOverdueCount } from '../../db/hooks/use-workflow';

/** The header's count of overdue complaints; opens the tracking table's overdue view. (8D actions join when that feature stores them.) */
export function OverdueBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useNow();
  const count = useOverdueCount(now) ?? 0;
  return (
    <Badge count={count} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        size="small"
        style={{ color: '#fff' }}
        data-testid="overdue-badge"
        data-count={count}
        title={t('workflow.overdue.title')}
        onClick={() => navigate('/?view=overdue')}
      >
        {t('workflow.overdue.badge')}
      </Button>
    </Badge>
  );
}
