import { useMemo, type HTMLAttributes } from 'react';
import { Card, Col, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EChart } from './EChart';
import type { EChartsCoreOption } from 'echarts/core';

export interface ChartRow {
  key: string;
  label: string;
  count: number;
  share?: number;
  cumulative?: number;
}

/** A chart with its table beside it; a bar or a row opens `linkOf(row)` when the row has one. */
export function ChartTable({ title, rows, option, columns, onOpen, testId }: {
  title: string;
  rows: ChartRow[];
  option: EChartsCoreOption;
  columns: ColumnsType<ChartRow>;
  onOpen?: (row: ChartRow) => void;
  testId: string;
}) {
  const stable = useMemo(() => option, [option]);
  return (
    <Card size="small" title={title} style={{ marginBottom: 12, breakInside: 'avoid' }} data-testid={testId}>
      <Row gutter={12}>
        <Col xs={24} lg={14}>
          {rows.length > 0 && <EChart option={stable} testId={`${testId}-chart`} onBarClick={onOpen && (({ dataIndex }) => { const r = rows[dataIndex]; if (r) onOpen(r); })} />}
        </Col>
        <Col xs={24} lg={10}>
          <Table<ChartRow>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            columns={columns}
            scroll={{ y: 240 }}
            onRow={(r) => ({ onClick: onOpen && (() => onOpen(r)), style: onOpen ? { cursor: 'pointer' } : undefined, 'data-testid': `${testId}-row` } as HTMLAttributes<HTMLElement>)}
          />
        </Col>
      </Row>
    </Card>
  );
}
