import { useState } from 'react';
import { App, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { loadDemoData } from '../../db/repositories/demo';
import { useHasComplaints } from '../../db/hooks/use-db';
import { useSession } from '../../ui/session';

const DISMISSED_KEY = 'complaint-desk.demoOffered';

/** First run: offer the demo dataset once, on an empty database. */
export function DemoDataPrompt() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const hasComplaints = useHasComplaints();
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const [busy, setBusy] = useState(false);
  const open = !dismissed && hasComplaints === false;
  const dismiss = () => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  };
  const load = async () => {
    setBusy(true);
    try {
      const n = await loadDemoData(getDb(), station, actor);
      void message.success(t('demo.loaded', { count: n }));
      dismiss();
    } catch (e) {
      void message.error(t('common.unknownError', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('demo.title')}
      okText={t('demo.load')}
      cancelText={t('demo.skip')}
      confirmLoading={busy}
      onOk={() => void load()}
      onCancel={dismiss}
      maskClosable={false}
    >
      <p>{t('demo.body')}</p>
    </Modal>
  );
}
