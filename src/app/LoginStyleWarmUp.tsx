/**
 * The login screen's antd widgets, rendered once into an element that is never
 * attached to the page while the database opens (#18): a widget's first render
 * (its code compiled and run for the first time, its tokens resolved) otherwise
 * waited for the database and then held the login back. The styles themselves
 * are antd's static stylesheet (App.tsx). Same idea as StyleWarmUp.tsx (the
 * first screen's widgets, while the login is shown); kept mounted until the
 * first screen is done. No data, outside the document: nothing of it is seen
 * or found by selectors.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';

export function LoginStyleWarmUp() {
  const [host] = useState(() => document.createElement('div'));
  return createPortal(
    <Card title={<Typography.Text strong>-</Typography.Text>} extra={<Select size="small" options={[]} />}>
      <Form layout="vertical" component="div">
        <Typography.Paragraph type="secondary">-</Typography.Paragraph>
        <Form.Item label="-">
          <Input />
        </Form.Item>
        <Form.Item label="-">
          <Input.Password />
        </Form.Item>
        <Alert type="error" showIcon title="-" />
        <Button type="primary" block>-</Button>
      </Form>
    </Card>,
    host,
  );
}
