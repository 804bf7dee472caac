/**
 * A "since last export" bundle carries every file its changes refer to, whatever
 * the shape of the reference: 8D photos are keys under `d2.photos`, the company
 * logo is a value. Without them the other station shows broken images.
 */
import { describe, expect, it } from 'vitest';
import { createComplaint } from '../db/repositories/complaints';
import { openEightD, saveDiscipline, storeEightDPhoto } from '../db/repositories/eightd';
import { storeAttachment } from '../db/repositories/attachments';
import { getPlantConfig, savePlantConfig } from '../db/repositories/config';
import { buildExport } from './export';
import { decodeBundle } from './decode';
import { applyImport } from './import';
import { sampleComplaint, station } from './test-support/stations';
import { enrolEachOther } from './test-support/enrol';

const NOW = new Date('2026-11-25T08:00:00.000Z');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

describe('attachments referenced by changes', () => {
  it('an incremental bundle carries the 8D photos and the company logo, and the other station stores them', async () => {
    const a = await station('QA1');
    const b = await station('WH1');
    await enrolEachOther(a, b);
    const complaint = await createComplaint(a.db, a.station, a.actor, sampleComplaint(), NOW);
    const r = await openEightD(a.db, a.station, a.actor, complaint.id, NOW);
    const photo = await storeEightDPhoto(a.db, new File([PNG], '漏油.png', { type: 'image/png' }), NOW);
    await saveDiscipline(a.db, a.station, a.actor, r.id, 'd2', { ...r.d2, photos: { [photo.sha256]: photo } }, undefined, NOW);
    const logo = await storeAttachment(a.db, new File([PNG, Uint8Array.from([1])], 'logo.png', { type: 'image/png' }), NOW);
    const config = await getPlantConfig(a.db);
    await savePlantConfig(a.db, a.station, a.actor, 'company', { ...config.company, name: '华东泵业', logoSha256: logo.sha256 });

    const out = await buildExport(a.db, { destination: 'usb', mode: 'since', now: NOW });
    const bundle = await decodeBundle(out.bytes);
    expect(bundle.attachments.map((x) => x.meta.sha256).sort()).toEqual([photo.sha256, logo.sha256].sort());

    await applyImport(b.db, bundle, NOW);
    expect(await b.db.attachments.get(photo.sha256)).toMatchObject({ name: '漏油.png' });
    expect(await b.db.attachments.get(logo.sha256)).toMatchObject({ name: 'logo.png' });
  });
});
