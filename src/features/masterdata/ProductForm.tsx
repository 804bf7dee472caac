/** Create or edit one product in a dialog; the same zod schema as the repository. */
import { App, Button, Col, Form, Modal, Row } from 'antd';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { ulid } from 'ulid';
import type { z } from 'zod';
import { getDb } from '../../db/db';
import { saveProduct } from '../../db/repositories/masterdata';
import { ValidationError } from '../../domain/common/validation-error';
import { emptyProductInput, productInputSchema, type ProductInput } from '../../domain/masterdata/product';
import { productToInput, type StoredProduct } from '../../domain/masterdata/records';
import { useSession } from '../../ui/session';
import { NumberInput, SwitchInput, TextInput } from './fields';

type FormIn = z.input<typeof productInputSchema>;

export function ProductForm({ editing, initial, onClose }: { editing: StoredProduct | 'new'; initial?: Partial<ProductInput>; onClose: (saved?: StoredProduct) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { station, actor } = useSession();
  const form = useForm<FormIn, unknown, ProductInput>({
    resolver: zodResolver(productInputSchema),
    defaultValues: editing === 'new' ? { ...emptyProductInput(), ...initial } : productToInput(editing),
  });
  const chars = useFieldArray({ control: form.control, name: 'characteristics', keyName: '_key' });
  const save = form.handleSubmit(async (v) => {
    try {
      const row = await saveProduct(getDb(), station, actor, v, editing === 'new' ? undefined : editing.id);
      void message.success(t('common.saved'));
      onClose(row);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const i of e.issues) form.setError(i.path as keyof FormIn, { message: i.code });
    }
  });
  const c = form.control;
  const L = (k: string) => t(`masterdata.product.${k}`);
  return (
    <Modal open width={760} title={L(editing === 'new' ? 'title' : 'edit')} onOk={() => void save()} onCancel={() => onClose()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
      <Form layout="vertical" component="div" data-testid="product-form">
        <Row gutter={12}>
          <Col span={8}><TextInput control={c} name="code" label={L('code')} required disabled={editing !== 'new'} /></Col>
          <Col span={16}><TextInput control={c} name="name" label={L('name')} required /></Col>
          <Col span={8}><TextInput control={c} name="spec" label={L('spec')} /></Col>
          <Col span={8}><TextInput control={c} name="drawingNo" label={L('drawingNo')} /></Col>
          <Col span={4}><TextInput control={c} name="drawingRev" label={L('drawingRev')} /></Col>
          <Col span={4}><TextInput control={c} name="unit" label={L('unit')} /></Col>
          <Col span={6}><NumberInput control={c} name="shelfLifeDays" label={L('shelfLifeDays')} /></Col>
          <Col span={6}><NumberInput control={c} name="warrantyMonths" label={L('warrantyMonths')} /></Col>
          <Col span={6}><NumberInput control={c} name="unitPriceFen" label={L('unitPrice')} scale={100} /></Col>
          <Col span={6}><TextInput control={c} name="productionLine" label={L('productionLine')} /></Col>
          <Col span={6}><SwitchInput control={c} name="ourProduct" label={L('ourProduct')} /></Col>
          <Col span={6}><SwitchInput control={c} name="active" label={L('active')} /></Col>
        </Row>
        <Form.Item label={L('characteristics')}>
          {chars.fields.map((f, i) => (
            <Row gutter={8} key={f._key} align="bottom" data-testid={`characteristic-${i}`}>
              <Col span={8}><TextInput control={c} name={`characteristics.${i}.name`} label={L('charName')} required /></Col>
              <Col span={4}><NumberInput control={c} name={`characteristics.${i}.lower`} label={L('charLower')} /></Col>
              <Col span={4}><NumberInput control={c} name={`characteristics.${i}.upper`} label={L('charUpper')} /></Col>
              <Col span={4}><TextInput control={c} name={`characteristics.${i}.unit`} label={L('charUnit')} /></Col>
              <Col span={4}><Button style={{ marginBottom: 24 }} onClick={() => chars.remove(i)}>{t('common.delete')}</Button></Col>
            </Row>
          ))}
          <Button size="small" onClick={() => chars.append({ id: ulid(), name: '', unit: '', lower: null, upper: null, order: chars.fields.length })}>{L('addChar')}</Button>
        </Form.Item>
      </Form>
    </Modal>
  );
}
