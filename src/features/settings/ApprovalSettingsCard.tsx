/** Return approval thresholds (yuan, "more than") and our product-number prefixes, from the plant config. */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan } from '../../domain/money';
import { approvalSettingsSchema } from '../../domain/returns/approval';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import type { PlantConfig } from '../../domain/config/plant-config';
import { useSession } from '../../ui/session';
import { codeText } from '../returns/issues';

export function ApprovalSettingsCard() {
  const config = usePlantConfig();
  return config ? <ApprovalSettingsForm key={JSON.stringify([config.approval, config.ourProductPrefixes])} config={config} /> : null;
}

function ApprovalSettingsForm({ config }: { config: PlantConfig }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const plain = (fen: number) => formatYuan(fen).replace(/,/g, '');
  const [manager, setManager] = useState(plain(config.approval.managerAboveFen));
  const [general, setGeneral] = useState(plain(config.approval.generalManagerAboveFen));
  const [prefixes, setPrefixes] = useState(config.ourProductPrefixes.join(', '));
  const [errors, setErrors] = useState<string[]>([]);
  const save = async () => {
    const m = parseYuan(manager);
    const g = parseYuan(general);
    const bad = [m, g].flatMap((r) => (r.ok ? [] : [codeText(t, r.code)]));
    if (!m.ok || !g.ok) return setErrors(bad);
    const parsed = approvalSettingsSchema.safeParse({ managerAboveFen: m.fen, generalManagerAboveFen: g.fen });
    if (!parsed.success) return setErrors(parsed.error.issues.map((i) => codeText(t, i.message)));
    const list = prefixes.split(/[,，\s]+/).map((p) => p.trim()).filter(Boolean);
    if (list.some((p) => p.length > 20)) return setErrors([codeText(t, 'returns.tooLong')]);
    await savePlantConfig(getDb(), station, actor, 'approval', parsed.data);
    await savePlantConfig(getDb(), station, actor, 'ourProductPrefixes', list);
    setErrors([]);
    void message.success(t('common.saved'));
  };
  return (
    <Card size="small" title={t('returns.settings.title')} style={{ marginBottom: 12 }}>
      <Form layout="vertical" component="div">
        <Space wrap>
          <Form.Item label={t('returns.settings.managerAbove')} htmlFor="approval-manager">
            <Input id="approval-manager" prefix="¥" value={manager} onChange={(e) => setManager(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('returns.settings.generalManagerAbove')} htmlFor="approval-gm">
            <Input id="approval-gm" prefix="¥" value={general} onChange={(e) => setGeneral(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('returns.settings.prefixes')} htmlFor="approval-prefixes" extra={t('returns.settings.prefixesHelp')}>
            <Input id="approval-prefixes" style={{ width: 320 }} value={prefixes} onChange={(e) => setPrefixes(e.target.value)} />
          </Form.Item>
        </Space>
        {errors.length > 0 && <Alert type="error" role="alert" title={errors.join('；')} style={{ marginBottom: 8 }} />}
        <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
