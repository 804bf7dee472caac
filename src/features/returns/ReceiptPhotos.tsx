/** Photos at receipt: of the delivery as it arrived, or of one line's goods. Saved at once, each its own audited write. */
import { useState } from 'react';
import { Alert, App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENT_BYTES } from '../../domain/complaint/vocab';
import { ValidationError } from '../../domain/common/validation-error';
import { getDb } from '../../db/db';
import { addReceiptPhotos, removeReceiptPhoto } from '../../db/repositories/returns-photos';
import { photosOf, type StoredReturn } from '../../db/repositories/returns-row';
import { getPlatform } from '../../platform';
import { AttachmentPreview } from '../../ui/AttachmentPreview';
import { useSession } from '../../ui/session';
import { codeText } from './issues';

interface Props {
  row: StoredReturn;
  /** The request line the photos show; undefined for the delivery as a whole. */
  lineId?: string;
  /** Names the add button for screen readers and tests, e.g. "添加照片 1". */
  label: string;
  locked: boolean;
}

export function ReceiptPhotos({ row, lineId, label, locked }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const [errors, setErrors] = useState<string[]>([]);
  const photos = photosOf(row, lineId);

  const add = async () => {
    const picked = await getPlatform().openFiles({ accept: 'image/*', multiple: true, maxBytes: MAX_ATTACHMENT_BYTES });
    const problems = picked.tooLarge.map((name) => `${name}: ${codeText(t, 'photo.tooLarge')}`);
    if (picked.files.length > 0) {
      try {
        await addReceiptPhotos(getDb(), station, actor, row.id, picked.files, lineId);
        void message.success(t('returns.photos.added', { count: picked.files.length }));
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        // Issues at photos.<i> name the refused file; the others (stage, count) stand alone.
        for (const issue of e.issues) {
          const file = /^photos\.(\d+)$/.exec(issue.path)?.[1];
          const text = codeText(t, issue.code);
          problems.push(file === undefined ? text : `${picked.files[Number(file)]?.name ?? ''}: ${text}`);
        }
      }
    }
    setErrors([...new Set(problems)]);
  };

  const remove = async (sha256: string) => {
    try {
      await removeReceiptPhoto(getDb(), station, actor, row.id, sha256);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setErrors(e.issues.map((i) => codeText(t, i.code)));
    }
  };

  return (
    <div data-testid={lineId ? 'line-photos' : 'delivery-photos'}>
      <Space wrap align="start" size={6}>
        {photos.map((p) => (
          <Space key={p.sha256} direction="vertical" size={2} data-testid="receipt-photo">
            <AttachmentPreview attachment={p} />
            {!locked && <Button size="small" onClick={() => void remove(p.sha256)}>{t('returns.photos.remove')}</Button>}
          </Space>
        ))}
        {!locked && <Button size="small" aria-label={label} onClick={() => void add()}>{t('returns.photos.add')}</Button>}
        {locked && photos.length === 0 && <span>—</span>}
      </Space>
      {errors.length > 0 && <Alert style={{ marginTop: 6 }} type="error" role="alert" data-testid="photo-error" title={errors.join('；')} closable onClose={() => setErrors([])} />}
    </div>
  );
}
