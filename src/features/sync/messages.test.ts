import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { SYNC_ERROR_CODES } from '../../sync/errors';

describe('sync messages', () => {
  it('translate every refusal code in both languages', () => {
    for (const code of SYNC_ERROR_CODES) {
      expect(messages.zhCN.sync.error[code], code).toBeTruthy();
      expect(messages.en.sync.error[code], code).toBeTruthy();
    }
  });
});
