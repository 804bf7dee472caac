import { describe, expect, it } from 'vitest';
import { complaintInputSchema } from '../complaint/schema';
import { demoComplaints } from './demo-data';

describe('demo data', () => {
  const now = new Date('2026-11-25T08:00:00Z');
  const items = demoComplaints(300, now.getTime());

  it('is valid by the same schema the form uses', () => {
    const schema = complaintInputSchema(now);
    const failures = items.map((c) => schema.safeParse(c)).filter((r) => !r.success);
    expect(failures).toHaveLength(0);
  });

  it('is deterministic and ordered by receipt', () => {
    expect(demoComplaints(300, now.getTime())).toEqual(items);
    const times = items.map((c) => c.receivedAt);
    expect([...times].sort()).toEqual(times);
  });
});
