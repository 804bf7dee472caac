import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { eventsOf, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import { formatInstant } from '../../ui/format';
import { useSession } from '../../ui/session';

/** Who moved the case where, when and why, oldest first. */
export function StatusHistory({ complaint }: { complaint: WorkflowComplaint }) {
  const { t } = useTranslation();
  const { station } = useSession();
  const events = eventsOf(complaint);
  if (events.length === 0) return <Typography.Text type="secondary">{t('workflow.panel.noHistory')}</Typography.Text>;
  return (
    <Timeline
      data-testid="status-history"
      items={events.map((e) => ({
        key: e.id,
        color: e.to === 'rejected' ? 'red' : e.to === 'reopened' ? 'orange' : e.to === 'closed' ? 'green' : 'blue',
        children: (
          <div>
            <Typography.Text strong>{t('workflow.event.line', { from: t(`status.${e.from}`), to: t(`status.${e.to}`) })}</Typography.Text>{' '}
            <Typography.Text type="secondary">{t('workflow.event.by', { by: e.by.name, at: formatInstant(e.at, station.timeZone) })}</Typography.Text>
            {e.rejectionReason && <div>{t(`workflow.rejectionReasons.${e.rejectionReason}`)}</div>}
            {e.managerOverride && <div>{t('workflow.event.override')}</div>}
            {e.note && <div>{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
