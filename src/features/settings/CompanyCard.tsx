/**
 * Settings › Company (公司信息): the identity every document prints in its header.
 * The logo is checked by its bytes before it is stored; the names are held to
 * what one header line holds. Saved as the `company` group of the synced plant config.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../db/db';
import { useAttachment, usePlantConfig } from '../../db/hooks/use-db';
import { saveCompany, storeLogo } from '../../db/repositories/config';
import { ValidationError } from '../../domain/common/validation-error';
import { COMPANY_DOCUMENTS, companyInputSchema, type Company } from '../../domain/config/company';
import { FormField } from '../../ui/FormField';
import { useObjectUrl } from '../../ui/AttachmentPreview';
import { useSession } from '../../ui/session';

export function CompanyCard() {
  const config = usePlantConfig();
  return config ? <CompanyForm key={JSON.stringify(config.company)} company={config.company} /> : null;
}

function LogoPreview({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  const stored = useAttachment(sha256);
  const url = useObjectUrl(stored?.blob);
  return url ? <img src={url} alt={t('company.logo')} data-testid="company-logo-preview" style={{ maxHeight: 48, maxWidth: 200, border: '1px solid #eee' }} /> : null;
}

function CompanyForm({ company }: { company: Company }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const [logoError, setLogoError] = useState<string>();
  const form = useForm<Company>({ resolver: zodResolver(companyInputSchema) as unknown as Resolver<Company>, defaultValues: company });
  const logo = form.watch('logoSha256');
  const pickLogo = async (file: File | undefined) => {
    if (!file) return;
    try {
      form.setValue('logoSha256', await storeLogo(getDb(), file), { shouldDirty: true });
      setLogoError(undefined);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      setLogoError(t(e.issues[0]?.code ?? 'validation.invalid'));
    }
  };
  const save = form.handleSubmit(async (v) => {
    await saveCompany(getDb(), station, actor, v);
    void message.success(t('common.saved'));
  });
  const text = (name: 'name' | 'nameEn' | 'address' | 'phone' | 'fax' | 'website', width: number) => (
    <FormField control={form.control} name={name} label={t(`company.${name}`)}>
      {(f) => <Input id={name} style={{ width }} value={String(f.value)} onChange={f.onChange} onBlur={f.onBlur} />}
    </FormField>
  );
  const cellField = (doc: (typeof COMPANY_DOCUMENTS)[number], key: 'formNo' | 'revision' | 'prefix') => (
    <FormField control={form.control} name={`forms.${doc}.${key}`} label="">
      {(f) => <Input id={`forms.${doc}.${key}`} aria-label={`${t(`company.documents.${doc}`)} ${t(`company.${key}`)}`} value={String(f.value)} onChange={f.onChange} onBlur={f.onBlur} />}
    </FormField>
  );
  return (
    <Card size="small" title={t('company.title')} style={{ marginBottom: 12 }} data-testid="company-card">
      <Typography.Paragraph type="secondary">{t('company.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="form" onFinish={() => void save()}>
        <Space wrap align="start">{text('name', 320)}{text('nameEn', 380)}</Space>
        <Form.Item label={t('company.logo')} extra={t('company.logoHint')} htmlFor="company-logo" validateStatus={logoError ? 'error' : undefined} help={logoError}>
          <Space>
            {logo && <LogoPreview sha256={logo} />}
            <input id="company-logo" type="file" accept="image/png,image/jpeg" onChange={(e) => void pickLogo(e.target.files?.[0])} />
            {logo && <Button onClick={() => form.setValue('logoSha256', '', { shouldDirty: true })}>{t('company.removeLogo')}</Button>}
          </Space>
        </Form.Item>
        {text('address', 600)}
        <Space wrap align="start">{text('phone', 200)}{text('fax', 200)}{text('website', 260)}</Space>
        <Typography.Text strong>{t('company.formsTitle')}</Typography.Text>
        <Table
          size="small" pagination={false} rowKey={(d) => d}
          dataSource={[...COMPANY_DOCUMENTS]}
          columns={[
            { title: t('company.document'), render: (_, d) => t(`company.documents.${d}`) },
            { title: t('company.formNo'), render: (_, d) => cellField(d, 'formNo') },
            { title: t('company.revision'), render: (_, d) => cellField(d, 'revision') },
            { title: t('company.prefix'), render: (_, d) => cellField(d, 'prefix') },
          ]}
        />
        {!company.name && <Alert type="warning" title={t('company.notSet')} style={{ margin: '8px 0' }} />}
        <Button type="primary" htmlType="submit" style={{ marginTop: 8 }}>{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
