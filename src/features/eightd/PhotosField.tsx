/** D2 evidence photos: only real images are stored (the bytes are checked), shown as thumbnails, each with the caption printed under it in the report. */
import { App, Button, Input, Space, Typography } from 'antd';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../domain/complaint/schema';
import { MAX_ATTACHMENT_BYTES } from '../../domain/complaint/vocab';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { storeEightDPhoto } from '../../db/repositories/eightd';
import { getPlatform } from '../../platform';
import { AttachmentPreview } from '../../ui/AttachmentPreview';
import type { FormValues } from './form-model';

type Photos = Record<string, AttachmentRef | null>;

export function PhotosField({ control }: { control: Control<FormValues> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Controller
      control={control}
      name="photos"
      render={({ field }) => {
        const value = (field.value ?? {}) as Photos;
        const list = Object.values(value).filter((a): a is AttachmentRef => a !== null && a !== undefined);
        const add = async () => {
          const picked = await getPlatform().openFiles({ accept: 'image/*', multiple: true, maxBytes: MAX_ATTACHMENT_BYTES });
          for (const name of picked.tooLarge) void message.error(t('complaint.tooLarge', { name, limit: '50 MB' }));
          const next = { ...value };
          for (const file of picked.files) {
            try {
              const ref = await storeEightDPhoto(getDb(), file);
              next[ref.sha256] = ref;
            } catch (e) {
              const code = e instanceof ValidationError ? (e.issues[0]?.code ?? 'validation.invalid') : 'validation.invalid';
              void message.error(`${file.name}: ${t(code, { limit: '50 MB' })}`);
            }
          }
          field.onChange(next);
        };
        return (
          <div data-testid="d2-photos" style={{ marginBottom: 16 }}>
            <Typography.Text strong>{t('eightd.d2.photos')}</Typography.Text>
            <div>
              <Space wrap align="start">
                {list.map((a) => (
                  <Space key={a.sha256} direction="vertical" size={2} data-testid="photo">
                    <AttachmentPreview attachment={a} />
                    <Input
                      size="small" style={{ width: 200 }} maxLength={200} placeholder={t('eightd.d2.caption')} aria-label={`${t('eightd.d2.caption')} ${a.name}`}
                      value={a.caption ?? ''} onChange={(e) => field.onChange({ ...value, [a.sha256]: { ...a, caption: e.target.value } })}
                    />
                    <Button size="small" onClick={() => field.onChange({ ...value, [a.sha256]: null })}>{t('eightd.remove')}</Button>
                  </Space>
                ))}
              </Space>
            </div>
            <Button style={{ marginTop: 8 }} onClick={() => void add()}>{t('eightd.d2.addPhoto')}</Button>
          </div>
        );
      }}
    />
  );
}
