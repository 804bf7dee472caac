/** Live reads of the 8D workspace: a complaint's 8D (null when none has been opened yet), and the plant's working calendar. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../db';
import { getEightD } from '../repositories/eightd';
import type { EightD } from '../../domain/eightd/schema';
import { createWorkCalendar, type WorkCalendar } from '../../domain/calendar/work-calendar';
import { usePlantConfig } from './use-db';

export function useEightD(complaintId: string | undefined): EightD | null | undefined {
  return useLiveQuery(async () => (complaintId ? ((await getEightD(getDb(), complaintId)) ?? null) : null), [complaintId]);
}

/** The working-day calendar deadlines are counted on: statutory days with the plant's overrides (undefined while loading). */
export function useWorkCalendar(): WorkCalendar | undefined {
  const config = usePlantConfig();
  const overrides = config?.calendarOverrides;
  const notices = config?.holidayNotices;
  return useMemo(() => (overrides ? createWorkCalendar(overrides, notices) : undefined), [overrides, notices]);
}
