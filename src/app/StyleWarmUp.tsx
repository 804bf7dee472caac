/**
 * The first screen's antd widgets, rendered once into an element that is never
 * attached to the page, while the login is shown (#18). antd computes each
 * widget's styles the first time one renders, and at start that work (about a
 * third of logged-in → table) fell between the login and the first rows. Kept
 * mounted until the first screen is done, so the styles' cache entries stay
 * alive while the real header and table mount. Nothing of it is seen, read by
 * assistive technology, or found by the page's selectors: it holds no data and
 * lives outside the document.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Badge, Button, Checkbox, DatePicker, Input, Segmented, Select, Space, Tag, Typography } from 'antd';

export function StyleWarmUp() {
  const [host] = useState(() => document.createElement('div'));
  return createPortal(
    <Space wrap>
      <Typography.Title level={4}>-</Typography.Title>
      <Typography.Text type="secondary">-</Typography.Text>
      <Typography.Paragraph type="secondary">-</Typography.Paragraph>
      <Segmented options={['-']} />
      <Input.Search allowClear />
      <Input allowClear />
      <Select allowClear options={[]} />
      <DatePicker.RangePicker />
      <Button>-</Button>
      <Button type="primary" size="small">-</Button>
      <Button type="text">-</Button>
      <Badge count={1} size="small"><span>-</span></Badge>
      <Tag>-</Tag>
      <Tag color="red">-</Tag>
      <Checkbox.Group options={['-']} />
      <Alert type="info" showIcon title="-" />
    </Space>,
    host,
  );
}
