/** Runs a Word export and reports the outcome in the user's language. */
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../domain/common/validation-error';
import { useCompanyWarning } from '../../ui/use-document-settings';

export function useExport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const warnCompany = useCompanyWarning();
  return async (run: () => Promise<string | null>) => {
    warnCompany();
    try {
      const name = await run();
      if (name) void message.success(t('eightd.exported', { name }));
    } catch (e) {
      const text = e instanceof ValidationError ? e.issues.map((i) => t(i.code)).join('；') : e instanceof Error ? e.message : String(e);
      void message.error(t('eightd.exportFailed', { message: text }));
    }
  };
}
