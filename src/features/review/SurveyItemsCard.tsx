import { useState } from 'react';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { usePlantConfig } from '../../db/hooks/use-db';
import { savePlantConfig } from '../../db/repositories/config';
import { ValidationError } from '../../domain/common/validation-error';
import { DEFAULT_SURVEY_ITEMS, OVERALL_ITEM, surveyItemsSchema } from '../../domain/workflow/survey';
import { useSession } from '../../ui/session';
import { caseCodeText } from './case-codes';

/** Settings › the satisfaction survey's items (plant config, synced); 'overall' is always asked. */
export function SurveyItemsCard() {
  const config = usePlantConfig();
  if (!config) return null;
  return <SurveyItemsForm key={config.surveyItems.join('|')} initial={config.surveyItems} />;
}

function SurveyItemsForm({ initial }: { initial: readonly string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const [items, setItems] = useState<string[]>([...initial]);
  const label = (item: string) => t(`review.satisfaction.items.${item}`, { defaultValue: item });
  const save = async () => {
    const value = items.includes(OVERALL_ITEM) ? items : [...items, OVERALL_ITEM];
    const checked = surveyItemsSchema.safeParse(value);
    if (!checked.success) return void message.error(checked.error.issues.map((i) => caseCodeText(t, i.message)).join('；'));
    try {
      await savePlantConfig(getDb(), station, actor, 'surveyItems', checked.data);
      void message.success(t('review.surveySettings.saved'));
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      void message.error(e.issues.map((i) => caseCodeText(t, i.code)).join('；'));
    }
  };
  return (
    <Card size="small" title={t('review.surveySettings.title')} style={{ marginBottom: 12 }} data-testid="survey-items">
      <Typography.Paragraph type="secondary">{t('review.surveySettings.hint')}</Typography.Paragraph>
      <Space wrap>
        <Select
          mode="tags"
          aria-label={t('review.surveySettings.title')}
          style={{ minWidth: 480 }}
          value={items}
          onChange={(v: string[]) => setItems(v.map((s) => s.trim()).filter(Boolean))}
          options={DEFAULT_SURVEY_ITEMS.map((i) => ({ value: i, label: label(i) }))}
        />
        <Button type="primary" onClick={() => void save()}>{t('common.save')}</Button>
        <Button onClick={() => setItems([...DEFAULT_SURVEY_ITEMS])}>{t('review.surveySettings.defaults')}</Button>
      </Space>
    </Card>
  );
}
