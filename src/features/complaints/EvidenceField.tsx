import { App, Button, Space, Typography } from 'antd';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AttachmentRef, ComplaintInput } from '../../domain/complaint/schema';
import { MAX_ATTACHMENT_BYTES } from '../../domain/complaint/vocab';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { storeAttachment } from '../../db/repositories/attachments';
import { getPlatform } from '../../platform';
import { formatBytes } from '../../ui/format';
import { AttachmentPreview } from '../../ui/AttachmentPreview';

const LIMIT = formatBytes(MAX_ATTACHMENT_BYTES);

export function EvidenceField({ control }: { control: Control<ComplaintInput> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Controller
      control={control}
      name="attachments"
      render={({ field }) => {
        const value = field.value as ComplaintInput['attachments'];
        const list = Object.values(value).filter((a): a is AttachmentRef => a !== null);
        const add = async () => {
          const picked = await getPlatform().openFiles({ accept: 'image/*,video/*,application/pdf', multiple: true, maxBytes: MAX_ATTACHMENT_BYTES });
          for (const name of picked.tooLarge) void message.error(t('complaint.tooLarge', { name, limit: LIMIT }));
          const next = { ...value };
          for (const file of picked.files) {
            try {
              const ref = await storeAttachment(getDb(), file);
              next[ref.sha256] = ref;
            } catch (e) {
              const code = e instanceof ValidationError ? (e.issues[0]?.code ?? 'validation.invalid') : 'validation.invalid';
              void message.error(`${file.name}: ${t(code, { limit: LIMIT })}`);
            }
          }
          field.onChange(next);
        };
        const remove = (sha: string) => {
          const next = { ...value };
          delete next[sha];
          field.onChange(next);
        };
        return (
          <div data-testid="evidence">
            <Space wrap align="start">
              {list.map((a) => (
                <Space key={a.sha256} direction="vertical" size={2} data-testid="attachment">
                  <AttachmentPreview attachment={a} />
                  <Typography.Text style={{ maxWidth: 120 }} ellipsis>{a.name}</Typography.Text>
                  <Button size="small" onClick={() => remove(a.sha256)}>{t('complaint.removeAttachment')}</Button>
                </Space>
              ))}
            </Space>
            <div style={{ marginTop: 8 }}>
              <Button onClick={() => void add()}>{t('complaint.attach')}</Button>{' '}
              <Typography.Text type="secondary">{t('complaint.attachHint', { limit: LIMIT })}</Typography.Text>
            </div>
          </div>
        );
      }}
    />
  );
}
