import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, type ReviewPeriod } from '../../domain/review/period';

type Kind = ReviewPeriod['kind'];

function anchorOf(p: ReviewPeriod): Dayjs {
  switch (p.kind) {
    case 'month': return dayjs(new Date(p.year, p.month - 1, 1));
    case 'quarter': return dayjs(new Date(p.year, (p.quarter - 1) * 3, 1));
    case 'year': return dayjs(new Date(p.year, 0, 1));
    case 'range': return dayjs(p.from);
  }
}

function periodAt(kind: Kind, d: Dayjs, current: ReviewPeriod): ReviewPeriod {
  switch (kind) {
    case 'month': return { kind, year: d.year(), month: d.month() + 1 };
    case 'quarter': return { kind, year: d.year(), quarter: Math.floor(d.month() / 3) + 1 };
    case 'year': return { kind, year: d.year() };
    case 'range': return current.kind === 'range' ? current : { kind, from: d.format('YYYY-MM-DD'), to: d.endOf('month').format('YYYY-MM-DD') };
  }
}

/** Month, quarter, year or a range of two separate dates (so an end before the start can be named, not hidden). */
export function PeriodPicker({ value, onChange }: { value: ReviewPeriod; onChange: (p: ReviewPeriod) => void }) {
  const { t } = useTranslation();
  const anchor = anchorOf(value);
  return (
    <Space wrap>
      <Segmented<Kind>
        data-testid="review-period-kind"
        value={value.kind}
        onChange={(k) => onChange(periodAt(k, anchor, value))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`review.periodKind.${k}`) }))}
      />
      {value.kind === 'range' ? (
        <>
          <DatePicker aria-label={t('review.from')} placeholder={t('review.from')} allowClear={false} value={dayjs(value.from)} onChange={(d: Dayjs | null) => d && onChange({ ...value, from: d.format('YYYY-MM-DD') })} />
          <DatePicker aria-label={t('review.to')} placeholder={t('review.to')} allowClear={false} value={dayjs(value.to)} onChange={(d: Dayjs | null) => d && onChange({ ...value, to: d.format('YYYY-MM-DD') })} />
        </>
      ) : (
        <DatePicker
          data-testid="review-period"
          picker={value.kind}
          allowClear={false}
          value={anchor}
          onChange={(d: Dayjs | null) => d && onChange(periodAt(value.kind, d, value))}
        />
      )}
    </Space>
  );
}
