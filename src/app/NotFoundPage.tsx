import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

/** An address the app does not know (an old bookmark, a typo): said in the app's language, with the way back. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('notFound.back')}</Button>}
      data-testid="not-found"
    />
  );
}

/** What a page that failed to load or render shows instead of the router's developer page. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : '';
  return (
    <Result
      status="error"
      title={t('notFound.errorTitle')}
      subTitle={message}
      // A plain link: the router that failed may not navigate.
      extra={<Button type="primary" href="#/">{t('notFound.back')}</Button>}
      data-testid="route-error"
    />
  );
}
