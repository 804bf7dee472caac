import { describe, expect, it } from 'vitest';
import { guardedActions, isStationSetup } from '../domain/auth/guarded-changes';
import { receiveHlc } from '../domain/merge/hlc';
import { attachmentNameProblem, safeBaseName } from './attachment-names';
import { overByteCap, utf8Length } from './limits';
import { nestsDeeperThan, parseUntrustedJson } from './safe-json';
import { SyncError } from './errors';

describe('byte caps', () => {
  it('count UTF-8 bytes, not characters', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('漏油')).toBe(6);
    expect(utf8Length('é😀')).toBe(2 + 4);
    expect(utf8Length('漏'.repeat(1000))).toBe(new TextEncoder().encode('漏'.repeat(1000)).length);
    expect(overByteCap('漏'.repeat(400), 1000)).toBe(true);
    expect(overByteCap('x'.repeat(1000), 1000)).toBe(false);
  });
});

describe('nesting depth', () => {
  it('is measured outside strings and refused before parsing', () => {
    expect(nestsDeeperThan('[[[1]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[1]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":"[[[[[[\\"[[[["}', 2)).toBe(false);
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const e = (() => { try { parseUntrustedJson(deep, { line: 7 }); return null; } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(SyncError);
    expect((e as SyncError).code).toBe('tooDeep');
    expect((e as SyncError).params).toMatchObject({ line: 7, max: 32 });
  });
});

describe('attachment names', () => {
  it('keep the base name only, without control characters or leading dots', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('passwd');
    expect(safeBaseName('C:\\Users\\x\\照片 1.jpg')).toBe('照片 1.jpg');
    expect(safeBaseName('..\u202ejpg.exe')).toBe('jpg.exe');
    expect(new TextEncoder().encode(safeBaseName('图'.repeat(200))).length).toBeLessThanOrEqual(255);
  });

  it('refuse files that run, whatever the declared type', () => {
    expect(attachmentNameProblem('report.pdf', 'application/pdf')).toBeNull();
    expect(attachmentNameProblem('photo.JPG', 'image/jpeg')).toBeNull();
    expect(attachmentNameProblem('invoice.pdf.exe', 'application/pdf')).toBe('executable');
    expect(attachmentNameProblem('run.bat. ', 'text/plain')).toBe('executable');
    expect(attachmentNameProblem('photo.jpg', 'application/x-msdownload')).toBe('executable');
    expect(attachmentNameProblem('a/b.jpg', 'image/jpeg')).toBe('unsafeName');
  });
});

describe('guarded changes', () => {
  it('name the permission each dangerous change needs', () => {
    expect(guardedActions('complaints', { 'customer.phone': '1' }, {})).toEqual([]);
    expect(guardedActions('complaints', { deletedAt: 'x' }, {})).toEqual([{ action: 'record.delete', path: 'deletedAt' }]);
    expect(guardedActions('complaints', { deletedAt: null, number: 'QA1-2026-0001' }, undefined)).toEqual([]);
    expect(guardedActions('complaints', { deletedAt: null }, { deletedAt: '2026-11-20T03:00:00.000Z' })[0]?.action).toBe('record.delete');
    expect(guardedActions('complaints', { status: 'closed' }, {})[0]?.action).toBe('case.close');
    expect(guardedActions('returns', { 'approvals.A1.id': 'A1', 'approvals.A1.role': 'generalManager' }, {})[0]?.action).toBe('return.approveGeneral');
    expect(guardedActions('returns', { 'approvals.A1.id': 'A1' }, {}, { approvals: { A1: { role: 'marketingManager' } } })[0]?.action).toBe('return.approveManager');
    expect(guardedActions('returns', { 'approvals.A1.voided': { at: 'x' } }, {})).toEqual([]);
    expect(guardedActions('returns', { 'decision.kind': 'accept' }, {})[0]?.action).toBe('claim.decide');
    expect(guardedActions('config', { 'approval.managerAboveFen': 1 }, {})[0]?.action).toBe('settings.manage');
    expect(guardedActions('config', { 'permissions.admin': [] }, {})[0]?.action).toBe('people.manage');
    expect(guardedActions('people', { phone: '1' }, {})).toEqual([]);
    expect(guardedActions('people', { phone: '1' }, undefined)[0]?.action).toBe('people.manage');
    expect(guardedActions('people', { role: 'admin' }, {})[0]?.action).toBe('people.manage');
    expect(isStationSetup({ table: 'departments', rowId: 'dept-QA', station: 'S1', author: 'station:S1' })).toBe(true);
    expect(isStationSetup({ table: 'departments', rowId: 'dept-QA', station: 'S1', author: 'station:S2' })).toBe(false);
    expect(isStationSetup({ table: 'departments', rowId: 'dept-EVIL', station: 'S1', author: 'station:S1' })).toBe(false);
    expect(isStationSetup({ table: 'config', rowId: 'plant', station: 'S1', author: 'station:S1' })).toBe(false);
    expect(guardedActions('eightD', { 'signatures.S1': { slot: 'approved' } }, {})[0]?.action).toBe('eightd.sign');
  });
});

describe('the local clock after an import', () => {
  it('never jumps past wall time plus the margin, and never goes back', () => {
    const now = 1_764_000_000_000;
    const margin = 24 * 3_600_000;
    const far = { wall: Date.parse('9999-01-01T00:00:00Z'), counter: 5, station: 'B' };
    expect(receiveHlc(null, far, now, 'A', margin).wall).toBe(now + margin);
    expect(receiveHlc(null, far, now, 'A').wall).toBe(far.wall);
    const last = { wall: now + 2 * margin, counter: 3, station: 'A' };
    expect(receiveHlc(last, far, now, 'A', margin)).toEqual({ wall: last.wall, counter: 4, station: 'A' });
    const near = { wall: now + 1000, counter: 2, station: 'B' };
    expect(receiveHlc(null, near, now, 'A', margin)).toEqual({ wall: now + 1000, counter: 3, station: 'A' });
  });
});
