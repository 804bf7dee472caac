/**
 * The history as sentences in the user's language: "2026年12月2日 15:51 张敏
 * 将状态从 回访中 改为 已关闭". The audit log stores leaf paths and raw values
 * (`events.01M8….to`, ISO instants, ids); a describer names each path as the
 * pages do and renders each value as the user reads it, and hides paths that
 * another path of the same entry already says (an event's `from`/`to` under the
 * status change, the keys and clocks of a deadline). No path, id or ISO time
 * ever reaches a sentence: an unknown path is "other information".
 */
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../domain/audit/audit-chain';
import { formatLocalDate, formatLocalDateTime } from '../../ui/format';

/** How an entity names its audit paths, values and actions (complaints here; returns: features/returns/history-labels). */
export interface HistoryDescriber {
  /** The label of a changed path; null hides the path (another path of the same entry stands for it). */
  field(path: string): string | null;
  /** Readable text for a value at a path; undefined falls back to the generic rendering. */
  value?(path: string, value: unknown): string | undefined;
  action?(action: string): string;
  /** The label of a path even where the history hides it (a conflict names the field it is about); defaults to field() or "other". */
  conflictField?(path: string): string;
}

export interface HistoryContext {
  t: TFunction;
  language: string;
  timeZone: string;
  /** Names of people and departments by id (owner, department). */
  nameOf?: (id: string) => string | undefined;
}

/** Bookkeeping every write touches: the entry's time and actor already say it. */
const HIDDEN = new Set(['updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'id', 'station', 'number', 'deadlineZone', 'searchTokens', 'category', 'grade']);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Any value as text: instants in local time, dates as written, lists and records by their readable parts. */
export function plainValue(ctx: HistoryContext, v: unknown): string {
  if (v === null || v === undefined || v === '') return ctx.t('history.emptyValue');
  if (typeof v === 'boolean') return ctx.t(v ? 'common.yes' : 'common.no');
  if (typeof v === 'string') {
    if (ISO_INSTANT.test(v)) return formatLocalDateTime(v, ctx.timeZone, ctx.language) || v;
    if (PLAIN_DATE.test(v)) return formatLocalDate(v, ctx.language);
    return v;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map((x) => plainValue(ctx, x)).join('、');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    const parts = Object.values(o).filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => plainValue(ctx, x));
    return parts.length > 0 ? parts.join('，') : ctx.t('history.emptyValue');
  }
  return String(v);
}

function label(ctx: HistoryContext, key: string): string | undefined {
  const text = ctx.t(key, { defaultValue: '' });
  return typeof text === 'string' && text !== '' ? text : undefined;
}

const DEADLINE_FIELDS: Record<string, string> = {
  originalDue: 'history.fields.due', completedAt: 'history.fields.completedAt', endedAt: 'history.fields.endedAt', endReason: 'history.fields.endReason',
};
const SLIP_FIELDS: Record<string, string> = {
  due: 'history.fields.slipDue', reason: 'history.fields.slipReason', customerInformed: 'workflow.deadlines.customerInformed',
};
const EVENT_FIELDS: Record<string, string> = {
  note: 'history.fields.statusNote', rejectionReason: 'workflow.transitions.rejectionReason',
  'reply.content': 'history.fields.replyContent', 'reply.method': 'history.fields.replyMethod', 'reply.sentAt': 'history.fields.replySentAt',
};
const FOLLOW_UP_FIELDS: Record<string, string> = {
  method: 'history.fields.followUpMethod', satisfaction: 'history.fields.satisfaction', comment: 'history.fields.followUpComment',
};
const ESCALATION_FIELDS: Record<string, string> = {
  toId: 'history.fields.escalatedTo', reason: 'history.fields.escalationReason', acknowledgedAt: 'history.fields.acknowledgedAt',
};
const ASSESSMENT_FIELDS = new Set(['genuineness', 'severity', 'urgency', 'category', 'grade']);

/** Value vocabularies by the path's last segment (and its head where the segment is ambiguous). */
function enumList(path: string): string | undefined {
  const parts = path.split('.');
  const last = parts[parts.length - 1] ?? '';
  const head = parts[0] ?? '';
  if (path === 'status' || (head === 'events' && (last === 'from' || last === 'to'))) return 'status';
  if (path === 'category') return 'workflow.categories';
  if (path === 'grade') return 'workflow.grades';
  if (path === 'channel') return 'complaint.channels';
  if (path === 'customer.type') return 'complaint.customerTypes';
  if (path.startsWith('demand.kinds')) return 'complaint.demandKinds';
  if (path === 'product.purchaseChannel') return 'complaint.purchaseChannels';
  if (head === 'assessment') {
    return { genuineness: 'workflow.genuineness', severity: 'workflow.severities', urgency: 'workflow.urgencies', category: 'workflow.categories', grade: 'workflow.grades' }[last];
  }
  if (head === 'deadlines' && last === 'endReason') return 'workflow.endReasons';
  if (head === 'deadlines' && last === 'kind') return 'workflow.kinds';
  if (head === 'events' && last === 'rejectionReason') return 'workflow.rejectionReasons';
  if (head === 'events' && last === 'method') return 'workflow.replyMethods';
  if (head === 'followUps' && last === 'method') return 'workflow.methods';
  return undefined;
}

function deadlineName(ctx: HistoryContext, key: string): string {
  const [kind, cycle] = key.split('-');
  const name = label(ctx, `workflow.kinds.${kind}`) ?? ctx.t('history.fields.deadline');
  return cycle ? `${name}（${ctx.t('workflow.deadlines.cycle', { cycle })}）` : name;
}

export function complaintHistoryDescriber(ctx: HistoryContext): HistoryDescriber {
  const { t } = ctx;
  const other = () => t('history.fields.other');
  return {
    field(path) {
      if (HIDDEN.has(path)) return null;
      const [head = '', second = '', ...rest] = path.split('.');
      const tail = rest.join('.');
      if (path === 'status') return t('history.fields.status');
      if (path === 'deletedAt') return t('history.fields.deleted');
      if (path === 'department') return t('workflow.assessment.department');
      if (path === 'ownerId') return t('workflow.assessment.owner');
      if (head === 'assessment') return ASSESSMENT_FIELDS.has(second) ? t(`workflow.assessment.${second}`) : null;
      if (head === 'attachments') return second && (rest.length === 0 || tail === 'name') ? t('history.fields.attachment') : null;
      if (head === 'deadlines' && second) {
        if (rest.length === 0) return deadlineName(ctx, second);
        const slip = rest[0] === 'slips' ? SLIP_FIELDS[rest[2] ?? ''] : undefined;
        const key = rest[0] === 'slips' ? slip : DEADLINE_FIELDS[tail];
        return key ? `${deadlineName(ctx, second)} · ${t(key)}` : null;
      }
      if (head === 'events') {
        const key = EVENT_FIELDS[tail];
        return key ? t(key) : null;
      }
      if (head === 'followUps') {
        const key = FOLLOW_UP_FIELDS[tail];
        return key ? t(key) : null;
      }
      if (head === 'escalations') {
        const key = ESCALATION_FIELDS[tail];
        return key ? `${t(`workflow.escalation.levels.${second}`)} · ${t(key)}` : null;
      }
      // The record form's own labels (customer.phone → 电话).
      const formKey = `complaint.${path.replace(/\.\d+$/, '')}`;
      const text = t(formKey, { defaultValue: '', returnObjects: true });
      return typeof text === 'string' && text !== '' ? text : other();
    },
    value(path, v) {
      if (v === null || v === undefined || v === '') return undefined;
      const last = path.split('.').pop() ?? '';
      if ((path === 'department' || last === 'id' || last.endsWith('Id')) && typeof v === 'string') return ctx.nameOf?.(v) ?? t('history.unknownRef');
      if (path.startsWith('escalations.') && last === 'reason' && typeof v === 'string') return label(ctx, `workflow.escalation.reasons.${v}`) ?? v;
      const list = enumList(path);
      if (list && typeof v === 'string') return label(ctx, `${list}.${v}`) ?? v;
      if (list && Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? (label(ctx, `${list}.${x}`) ?? x) : plainValue(ctx, x))).join('、');
      return undefined;
    },
    action: (action) => t(`history.${action}`, { defaultValue: t('history.update') }),
    conflictField(path) {
      const shown = this.field(path);
      if (shown !== null) return shown;
      const head = path.split('.')[0] ?? '';
      if (path === 'category' || path === 'grade') return t(`workflow.assessment.${path}`);
      if (head === 'events') return t('history.fields.status');
      if (head === 'followUps') return t('workflow.followUp.title');
      if (head === 'deadlines') return t('workflow.deadlines.title');
      if (head === 'assessment') return t('workflow.assessment.title');
      return t('history.fields.other');
    },
  };
}

/** One sentence per visible change of an entry (a creation is one sentence); identical sentences once. */
export function historySentences(ctx: HistoryContext, entry: Pick<AuditEntry, 'at' | 'actor' | 'action' | 'changes'>, describe: HistoryDescriber): string[] {
  const { t } = ctx;
  const at = formatLocalDateTime(entry.at, ctx.timeZone, ctx.language);
  const actor = entry.actor || t('history.someone');
  if (entry.action === 'create') return [t('history.sentence.created', { at, actor })];
  const value = (path: string, v: unknown) => describe.value?.(path, v) ?? plainValue(ctx, v);
  const out: string[] = [];
  for (const c of entry.changes) {
    if (HIDDEN.has(c.path)) continue;
    const field = describe.field(c.path);
    if (field === null) continue;
    const empty = (v: unknown) => v === null || v === undefined || v === '';
    const key = empty(c.before) ? 'set' : empty(c.after) ? 'cleared' : 'changed';
    const line = t(`history.sentence.${key}`, { at, actor, field, before: value(c.path, c.before), after: value(c.path, c.after) });
    if (!out.includes(line)) out.push(line);
  }
  if (out.length === 0) out.push(t('history.sentence.action', { at, actor, action: describe.action ? describe.action(entry.action) : t('history.update') }));
  return out;
}
