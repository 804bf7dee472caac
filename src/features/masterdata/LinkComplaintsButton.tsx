/** Links complaints recorded before the master to its rows by name, then lists what it could not match for review. */
import { useState } from 'react';
import { Button, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getDb } from '../../db/db';
import { linkComplaintsByName, type LinkOutcome, type Unmatched } from '../../db/repositories/masterdata-links';
import { useSession } from '../../ui/session';

export function LinkComplaintsButton() {
  const { t } = useTranslation();
  const { station, actor } = useSession();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LinkOutcome | null>(null);
  const L = (k: string, o?: Record<string, unknown>) => t(`masterdata.link.${k}`, o ?? {});
  const run = async () => {
    setBusy(true);
    try {
      setOutcome(await linkComplaintsByName(getDb(), station, actor));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button onClick={() => void run()} loading={busy}>{L('button')}</Button>
      {outcome && (
        <Modal open width={720} title={L('button')} footer={null} onCancel={() => setOutcome(null)}>
          <Typography.Paragraph data-testid="link-outcome">{L('done', { customers: outcome.customersLinked, products: outcome.productsLinked, unmatched: outcome.unmatched.length })}</Typography.Paragraph>
          {outcome.unmatched.length > 0 && (
            <Table<Unmatched>
              size="small" rowKey="id" dataSource={outcome.unmatched} pagination={{ pageSize: 20 }}
              columns={[
                { title: L('number'), dataIndex: 'number', render: (n: string, u) => <Link to={`/complaints/${u.id}/edit`}>{n}</Link> },
                { title: L('customer'), dataIndex: 'customer' },
                { title: L('product'), dataIndex: 'product' },
              ]}
            />
          )}
        </Modal>
      )}
    </>
  );
}
