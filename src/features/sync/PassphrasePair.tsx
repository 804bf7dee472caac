/**
 * A passphrase typed twice (export, sync folder): a typo would make bundles no
 * other station can open. The second field shows once the first is filled; the
 * caller decides what a mismatch blocks.
 */
import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  repeat: string;
  onChange(value: string, repeat: string): void;
  /** data-testid of the first field; the second and the note add -repeat and -mismatch. */
  testId: string;
  /** Shown beside the second field while the two differ. */
  mismatchText: string;
}

export function PassphrasePair({ label, value, repeat, onChange, testId, mismatchText }: Props) {
  const { t } = useTranslation();
  const mismatch = value !== repeat;
  return (
    <Flex vertical gap={8}>
      <label>
        {label}
        <Input.Password
          aria-label={label}
          data-testid={testId}
          value={value}
          onChange={(e) => onChange(e.target.value, repeat)}
          autoComplete="new-password"
          style={{ maxWidth: 320, marginLeft: 8 }}
        />
      </label>
      {(value !== '' || repeat !== '') && (
        <label>
          {t('sync.export.repeat')}
          <Input.Password
            aria-label={t('sync.export.repeat')}
            data-testid={`${testId}-repeat`}
            value={repeat}
            onChange={(e) => onChange(value, e.target.value)}
            autoComplete="new-password"
            status={mismatch && repeat !== '' ? 'error' : undefined}
            style={{ maxWidth: 320, marginLeft: 8 }}
          />
          {mismatch && repeat !== '' && (
            <Typography.Text type="danger" style={{ marginLeft: 8 }} data-testid={`${testId}-mismatch`}>{mismatchText}</Typography.Text>
          )}
        </label>
      )}
    </Flex>
  );
}
