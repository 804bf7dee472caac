/**
 * All translation bundles: the app's own and one per feature, each feature under
 * its own top-level key so features never edit each other's strings.
 */
import { zhCN } from './zh-CN';
import { en } from './en';
import { messages as workflow } from '../../features/workflow/messages';
import { messages as eightd } from '../../features/eightd/messages';
import { messages as returns } from '../../features/returns/messages';
import { messages as sync } from '../../features/sync/messages';
import { messages as backups } from '../../features/backups/messages';
import { messages as auth } from '../../features/auth/messages';
import { messages as company } from '../../features/settings/messages';
import { messages as masterdata } from '../../features/masterdata/messages';
import { messages as review } from '../../features/review/messages';

const features = [workflow, eightd, returns, sync, backups, auth, company, masterdata, review];

export const resources = {
  'zh-CN': Object.assign({}, zhCN, ...features.map((f) => f.zhCN)) as Record<string, unknown>,
  en: Object.assign({}, en, ...features.map((f) => f.en)) as Record<string, unknown>,
};
