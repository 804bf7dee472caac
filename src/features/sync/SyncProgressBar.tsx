import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncProgress } from '../../sync/progress';

/** The bar of a running export or import, with the name of its current phase. */
export function SyncProgressBar({ progress, testId }: { progress: SyncProgress; testId: string }) {
  const { t } = useTranslation();
  const percent = progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  const complete = progress.total > 0 && progress.done >= progress.total;
  return (
    <div data-testid={testId} data-phase={progress.phase} data-complete={complete ? 'true' : 'false'} role="status">
      <Typography.Text type="secondary">{t(`sync.progress.${progress.phase}`)}</Typography.Text>
      <Progress percent={percent} status={complete ? 'success' : 'active'} aria-label={t(`sync.progress.${progress.phase}`)} />
    </div>
  );
}
