/**
 * Open 8D actions above the tracking table: one person's in "my work", every
 * overdue one in the overdue view. Each links to its complaint's 8D workspace
 * at the action's discipline.
 */
import { useMemo, type HTMLAttributes } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useActionRows } from '../../db/hooks/use-workflow';
import type { ActionQuery, ActionRow } from '../../db/queries/workflow-views';
import type { DeadlineState } from '../../domain/workflow/deadlines';
import { STATE_COLORS } from './deadline-colors';

/** An open action's state in the deadline vocabulary, so it is coloured like the complaint deadlines. */
const AS_DEADLINE: Record<ActionRow['state'], DeadlineState> = { open: 'ok', dueToday: 'dueToday', overdue: 'overdue' };

export function OpenActionsList({ today, ownerId, overdueOnly = false }: { today: string; ownerId?: string; overdueOnly?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useMemo<ActionQuery>(() => ({ ownerId, overdueOnly }), [ownerId, overdueOnly]);
  const rows = useActionRows(today, query);
  const open8d = (r: ActionRow) => navigate(`/complaints/${r.complaintId}/8d?tab=${r.discipline}`);
  const columns = [
    { key: 'number', title: t('workflow.actionList.number'), width: 130, render: (_: unknown, r: ActionRow) => r.number },
    { key: 'customer', title: t('workflow.actionList.customer'), ellipsis: true, render: (_: unknown, r: ActionRow) => r.customer },
    { key: 'discipline', title: t('workflow.actionList.discipline'), width: 150, render: (_: unknown, r: ActionRow) => t(`eightd.disciplines.${r.discipline}`) },
    { key: 'title', title: t('workflow.actionList.title'), ellipsis: true, render: (_: unknown, r: ActionRow) => r.title },
    { key: 'owner', title: t('workflow.actionList.owner'), width: 90, render: (_: unknown, r: ActionRow) => r.owner },
    {
      key: 'due', title: t('workflow.actionList.due'), width: 130, render: (_: unknown, r: ActionRow) => {
        const state = AS_DEADLINE[r.state];
        return (
          <Tag color={STATE_COLORS[state]} data-state={state} title={t(`workflow.states.${state}`)}>
            {r.due || t('workflow.actionList.noDue')}
          </Tag>
        );
      },
    },
    {
      key: 'open', width: 100, render: (_: unknown, r: ActionRow) => (
        <Button size="small" type="link" onClick={() => open8d(r)}>{t('workflow.actionList.open')}</Button>
      ),
    },
  ];
  const count = rows?.length ?? 0;
  return (
    <Card
      size="small"
      data-testid="open-actions"
      title={t(overdueOnly ? 'workflow.actionList.overdue' : 'workflow.actionList.mine', { count })}
      style={{ marginBottom: 12 }}
    >
      {rows && rows.length === 0 ? (
        <Typography.Text type="secondary">{t('workflow.actionList.empty')}</Typography.Text>
      ) : (
        <Table<ActionRow>
          size="small"
          rowKey={(r) => `${r.complaintId}/${r.actionId}`}
          loading={rows === undefined}
          dataSource={rows ?? []}
          columns={columns}
          pagination={false}
          scroll={{ y: 180 }}
          onRow={(r) => ({ 'data-number': r.number, 'data-testid': 'open-action' }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Card>
  );
}
