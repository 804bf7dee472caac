/** The frame of the screens shown before login: the app's name, a language switch, one card. */
import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { LanguageSelect } from '../../ui/LanguageSelect';

export function AuthCard({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <Card style={{ width, maxWidth: '95vw' }} title={<><Typography.Text strong>{t('app.title')}</Typography.Text> · {title}</>}
        extra={<LanguageSelect testId="auth-language" />}>
        {children}
      </Card>
    </div>
  );
}

/** A refusal's message: its code translated, with the minutes left for a lockout. */
export function refusalText(t: TFunction, e: unknown): string {
  const issue = (e as { issues?: { code: string }[] } | null)?.issues?.[0];
  if (!issue) return t('common.unknownError', { message: e instanceof Error ? e.message : String(e) });
  const retry = (e as { retryInMs?: number }).retryInMs ?? 0;
  return t(issue.code, { minutes: Math.max(1, Math.ceil(retry / 60_000)) });
}
