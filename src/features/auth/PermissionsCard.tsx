/** Settings › Permissions: the role × action matrix, editable by the administrator, defaults from the procedure. */
import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { savePlantConfig } from '../../db/repositories/config';
import { usePlantConfig } from '../../db/hooks/use-db';
import { ACTIONS, ADMIN_LOCKED, DEFAULT_PERMISSIONS, effectiveMatrix, type Action, type PermissionMatrix } from '../../domain/auth/permissions';
import { PERSON_ROLES, type PersonRole } from '../../domain/org/org';
import { ValidationError } from '../../domain/common/validation-error';
import { useSession } from '../../ui/session';
import { dotless } from './messages';

export function PermissionsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const config = usePlantConfig();
  const [matrix, setMatrix] = useState<PermissionMatrix | null>(null);
  useEffect(() => {
    if (config) setMatrix(effectiveMatrix(config.permissions));
  }, [config]);
  if (!matrix) return null;

  const toggle = (role: PersonRole, action: Action, on: boolean) =>
    setMatrix({ ...matrix, [role]: on ? [...matrix[role], action] : matrix[role].filter((a) => a !== action) });
  const save = async (next: PermissionMatrix) => {
    try {
      await savePlantConfig(getDb(), station, actor, 'permissions', next);
      void message.success(t('auth.matrix.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      void message.error(e.issues.map((i) => t(i.code)).join('；'));
    }
  };
  return (
    <Card size="small" title={t('auth.matrix.title')} style={{ marginTop: 16 }} data-testid="permissions-card"
      extra={<Space><Button onClick={() => void save(DEFAULT_PERMISSIONS)}>{t('auth.matrix.reset')}</Button><Button type="primary" onClick={() => void save(matrix)}>{t('common.save')}</Button></Space>}>
      <Typography.Paragraph type="secondary">{t('auth.matrix.intro')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="action"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={ACTIONS.map((action) => ({ action }))}
        columns={[
          { title: '', dataIndex: 'action', fixed: 'left', render: (a: Action) => t(`auth.actions.${dotless(a)}`) },
          ...PERSON_ROLES.map((role) => ({
            title: t(`settings.roles.${role}`),
            key: role,
            align: 'center' as const,
            render: (_: unknown, { action }: { action: Action }) => (
              <Checkbox
                aria-label={`${t(`settings.roles.${role}`)} · ${t(`auth.actions.${dotless(action)}`)}`}
                checked={matrix[role].includes(action)}
                disabled={role === 'admin' && ADMIN_LOCKED.includes(action)}
                onChange={(e) => toggle(role, action, e.target.checked)}
              />
            ),
          })),
        ]}
      />
    </Card>
  );
}
