import { describe, expect, it } from 'vitest';
import { acceptToFilters, extensionOf, filtersForName, mimeTypeForName, toBareFileName } from './file-types';

describe('file types', () => {
  it('turns an accept string into one dialog filter', () => {
    expect(acceptToFilters('.zip, .CKD')).toEqual([{ name: '*.zip *.ckd', extensions: ['zip', 'ckd'] }]);
    expect(acceptToFilters('image/*')?.[0]?.extensions).toEqual(expect.arrayContaining(['png', 'jpg', 'jpeg']));
    expect(acceptToFilters('application/pdf')).toEqual([{ name: '*.pdf', extensions: ['pdf'] }]);
  });

  it('gives no filter when anything goes or nothing is known', () => {
    expect(acceptToFilters('')).toBeUndefined();
    expect(acceptToFilters('*/*')).toBeUndefined();
    expect(acceptToFilters('.zip,*')).toBeUndefined();
    expect(acceptToFilters('application/x-unknown')).toBeUndefined();
  });

  it('drops extensions the contract would refuse', () => {
    expect(acceptToFilters('.zip,../x,.a b')).toEqual([{ name: '*.zip', extensions: ['zip'] }]);
  });

  it('reads extensions and MIME types from names', () => {
    expect(extensionOf('report.final.DOCX')).toBe('docx');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('noext')).toBe('');
    expect(mimeTypeForName('photo.JPG')).toBe('image/jpeg');
    expect(mimeTypeForName('bundle.ckd')).toBe('application/octet-stream');
    expect(filtersForName('a.zip')).toEqual([{ name: 'ZIP', extensions: ['zip'] }]);
    expect(filtersForName('noext')).toBeUndefined();
  });

  it('makes any name a bare file name', () => {
    expect(toBareFileName('8D/QA1-2026-0042.docx')).toBe('8D_QA1-2026-0042.docx');
    expect(toBareFileName('..\\..\\x')).toBe('.._.._x');
    expect(toBareFileName('..')).toBe('file');
    expect(toBareFileName('   ')).toBe('file');
    expect(toBareFileName('x'.repeat(300))).toHaveLength(255);
  });
});
