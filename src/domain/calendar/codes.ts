/**
 * Every code the calendar module can return. The UI translates them; the
 * domain returns codes only, so this list is what zh-CN and en must cover.
 */
export const CALENDAR_CODES = [
  'calendar.invalidDate',
  'calendar.invalidKind',
  'calendar.noteTooLong',
  'calendar.duplicateDate',
  'calendar.invalidZone',
] as const;
export type CalendarCode = (typeof CALENDAR_CODES)[number];
