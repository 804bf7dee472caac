import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { eventsOf, type WorkflowComplaint } from '../../db/repositories/workflow-store';
import type { StatusEvent } from '../../domain/workflow/status-machine';
import { formatLocalDateTime } from '../../ui/format';
import { useSession } from '../../ui/session';

/** One status event as sentences: who moved the case from where to where, when, and what came with it. */
export function statusEventLines(t: TFunction, e: StatusEvent, timeZone: string, language: string): string[] {
  const at = (iso: string) => formatLocalDateTime(iso, timeZone, language);
  const lines = [t('workflow.event.sentence', { at: at(e.at), by: e.by.name, from: t(`status.${e.from}`), to: t(`status.${e.to}`) })];
  if (e.rejectionReason) lines.push(t('workflow.event.rejection', { reason: t(`workflow.rejectionReasons.${e.rejectionReason}`) }));
  if (e.reply) lines.push(t('workflow.event.reply', { content: e.reply.content, method: t(`workflow.replyMethods.${e.reply.method}`), sentAt: at(e.reply.sentAt) }));
  if (e.satisfaction !== undefined && e.to !== 'followUp') lines.push(t('workflow.event.satisfaction', { satisfaction: e.satisfaction }));
  if (e.managerOverride) lines.push(t('workflow.event.override'));
  if (e.note) lines.push(t('workflow.event.note', { note: e.note }));
  return lines;
}

/** Who moved the case where, when and why, oldest first. */
export function StatusHistory({ complaint }: { complaint: WorkflowComplaint }) {
  const { t, i18n } = useTranslation();
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
            {statusEventLines(t, e, station.timeZone, i18n.language).map((line, i) => (
              <div key={i}>{i === 0 ? <Typography.Text strong>{line}</Typography.Text> : line}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
