/**
 * The first screen's antd widgets, rendered once into an element that is never
 * attached to the page, while the login is shown (#18): their first render (code
 * compiled and run for the first time, tokens resolved) otherwise fell between
 * the login and the first rows (submit → rows at 5,000 complaints about 200 ms
 * with it, 250–300 ms without, with antd's static styles). Kept mounted until
 * the first screen is done. Nothing of it is seen, read by assistive technology,
 * or found by the page's selectors: it holds no data and lives outside the
 * document.
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
