import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditFor, useDepartments, usePeople } from '../../db/hooks/use-db';
import { useSession } from '../../ui/session';
import { complaintHistoryDescriber, historySentences, type HistoryContext, type HistoryDescriber } from './history-sentences';

export type { HistoryDescriber } from './history-sentences';

/** The context history sentences are written in: the user's language, the station's zone, names of people and departments. */
export function useHistoryContext(): HistoryContext {
  const { t, i18n } = useTranslation();
  const { station } = useSession();
  const people = usePeople();
  const departments = useDepartments();
  const names = new Map<string, string>([...people.map((p) => [p.id, p.name] as const), ...departments.map((d) => [d.id, d.name] as const)]);
  return { t, language: i18n.language, timeZone: station.timeZone, nameOf: (id) => names.get(id) };
}

/** Field label for a complaint path (audit entries, sync conflicts), never the path itself. */
export function useComplaintFieldLabel() {
  const describe = complaintHistoryDescriber(useHistoryContext());
  return (path: string) => describe.field(path);
}

/** Who changed what when, newest first, as sentences. Complaint paths are described unless `describe` is given. */
export function HistoryList({ entity, rowId, describe }: { entity: string; rowId: string; describe?: HistoryDescriber }) {
  const { t } = useTranslation();
  const ctx = useHistoryContext();
  const entries = useAuditFor(entity, rowId);
  const describer = describe ?? complaintHistoryDescriber(ctx);
  if (!entries) return null;
  if (entries.length === 0) return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  return (
    <Timeline
      data-testid="history"
      items={entries.map((e) => ({
        key: e.id,
        children: (
          <div>
            {e.action !== 'create' && describer.action && <Typography.Text strong>{describer.action(e.action)}</Typography.Text>}
            {historySentences(ctx, e, describer).map((line) => (
              <div key={line} data-testid="history-line">{line}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
