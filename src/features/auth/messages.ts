/** Strings of login, accounts, permissions, signatures and the audit trail (under `auth`). */
const zhCN = {
  auth: {
    setup: {
      title: '首次启动：设置本站和管理员', intro: '本站的名称和代码会出现在投诉编号里；管理员负责账号、权限和设置。请记住管理员的登录名和密码：没有它们无法登录。',
      upgrade: '本站已有数据：升级后需要先创建管理员。原有人员和记录保持不变；账号启用前的签字仍可查看，并标注为“账号启用前的签名”。',
      adminName: '管理员姓名', start: '创建管理员并进入', startDemo: '创建管理员并载入演示数据', creating: '正在创建密钥…',
    },
    login: {
      title: '登录', login: '登录名', password: '密码', submit: '登录', busy: '正在验证…',
      hint: '忘记密码请联系管理员重置。',
    },
    change: { title: '请设置新密码', intro: '管理员为您设置了临时密码。请设置只有您知道的新密码。', oldPassword: '当前密码', submit: '保存新密码' },
    lock: { title: '屏幕已锁定', body: '{{name}} 已锁定本站。输入密码继续，未保存的内容仍在。', unlock: '解锁', switchUser: '切换用户（登出）' },
    header: { loggedInAs: '当前用户', lock: '锁定', logOut: '登出' },
    newPassword: '新密码', confirmPassword: '再次输入密码', loginName: '登录名',
    err: {
      loginRequired: '请输入登录名', loginTooLong: '登录名最多 40 个字符', loginChars: '登录名只能包含字母、数字、点、下划线和连字符',
      passwordShort: '密码至少 8 个字符', passwordLong: '密码最多 128 个字符', passwordMismatch: '两次输入的密码不一致',
      samePassword: '新密码不能与当前密码相同',
      badLogin: '登录名或密码错误', lockedOut: '连续输错 5 次，该登录名已锁定，请 {{minutes}} 分钟后再试',
      disabled: '该账号已停用，请联系管理员', notEnrolled: '该账号未经本站信任的管理员登记，不能登录',
      wrongPassword: '密码错误', noAccount: '此人没有登录账号', hasAccount: '此人已有登录账号', loginTaken: '该登录名已被占用',
      adminExists: '管理员已存在', lastAdmin: '不能停用或降级最后一位管理员', notAllowed: '您的角色无权执行此操作',
      keyNotEnrolled: '您的签名密钥未在本站登记（可能已被重置），无法签名',
      signatureRequired: '结案需要签名（输入密码）', notLocked: '此记录未锁定，无需重新打开',
      useAccounts: '此人有登录账号：请在“账号”中更改角色或停用',
      locked: '此记录已锁定（已关闭 / 已批准 / 已结算），请先由有权限的人员重新打开',
    },
    sign: {
      title: '电子签名', intro: '签名即表示您本人确认以下内容，签名将以您的密钥记录，各站均可验证。',
      name: '签名人', role: '角色', meaning: '含义', time: '时间', password: '请输入您的密码', submit: '签名',
      valid: '签名有效', invalid: '签名无效（伪造、被篡改或签名人未登记）', legacy: '账号启用前的签名（仅内容校验）', stale: '内容已变更，签名失效',
      invalidReason: { unenrolled: '签名人未登记', disabled: '签名时账号已停用', wrongKey: '密钥不符', wrongRole: '角色不符', badSignature: '签名与内容不符' },
    },
    accounts: {
      title: '账号', intro: '为人员创建登录账号、分配角色、停用账号或重置密码。停用后，该人员过去的签名仍然有效。',
      create: '创建账号', reset: '重置密码', disable: '停用', enable: '启用', changeRole: '更改角色', noAccount: '无账号',
      status: '状态', active: '在用', disabled: '已停用', mustChange: '待改密码', created: '账号已创建：首次登录时需设置新密码',
      resetDone: '密码已重置：该人员下次登录时需设置新密码', tempPassword: '临时密码', fingerprint: '密钥指纹',
    },
    matrix: { title: '权限矩阵', intro: '勾选每个角色允许的操作。管理员始终保留人员与设置管理权限。', saved: '权限已保存', reset: '恢复默认' },
    actions: {
      complaint_edit: '录入和编辑未关闭的投诉', complaint_assess: '评估、指定负责人、调整期限', masterdata_edit: '维护产品和客户档案', eightd_edit: '填写 8D',
      eightd_sign: '8D 签字和批准', return_edit: '录入退货申请', claim_decide: '受理或拒绝索赔',
      return_approveManager: '审批退货（超过经理限额）', return_approveGeneral: '审批退货（超过总经理限额）',
      return_receive: '仓库收货', return_judge: '质量判定和处置', case_close: '关闭和重新打开', record_delete: '删除和恢复记录、确认同步包中的批量删除', contacts_view: '查看客户联系方式',
      audit_view: '查看审计记录', settings_manage: '设置、日历、限额、部门', people_manage: '人员、账号、权限',
      backup_manage: '备份和恢复', sync_import: '同步文件夹和导入数据包', sync_export: '导出数据包（加密）', sync_exportPlain: '导出不加密的数据包',
    },
    audit: {
      title: '审计记录', intro: '所有登录、失败登录、锁定、账号和角色变更以及每次修改，按时间倒序。', who: '人员', what: '操作', when: '时间',
      entity: '对象', filterAction: '按操作筛选', filterWho: '按人员筛选', onlySession: '仅登录和账号', chainOk: '审计链完整（{{count}} 条）', chainBroken: '审计链在第 {{seq}} 条断开',
      bannerEntry: '审计记录的哈希链在记录 {{entry}} 处断开：审计记录可能被改写。此情况已记入审计。请在“设置 › 审计记录”中核查，并联系维护人员。',
      bannerHead: '审计记录的最后部分缺失（在记录 {{entry}} 之后）：审计记录可能被删除。此情况已记入审计。请在“设置 › 审计记录”中核查，并联系维护人员。',
      bannerCheckpoint: '审计记录与本站密钥签名的审计链头不符（记录 {{entry}}）：历史记录被改写并重新计算了哈希，或被截短。此情况已记入审计。请在“设置 › 审计记录”中核查，并联系维护人员。',
      bannerOpen: '打开设置',
      verify: '校验审计链', edit: '修改了{{entity}}',
      entities: { complaints: '投诉', eightD: '8D 报告', returns: '退货', people: '人员', departments: '部门', config: '设置' },
      events: {
        auth_login: '登录', auth_loginFailed: '登录失败', auth_lockedOut: '登录名被锁定', auth_lock: '锁定屏幕', auth_unlock: '解锁屏幕',
        auth_logout: '登出', account_createAdmin: '创建管理员', account_create: '创建账号', account_resetPassword: '重置密码',
        account_role: '更改角色', account_enable: '启用账号', account_disable: '停用账号', account_changePassword: '修改密码', account_trustAdmin: '信任其他站点的管理员', audit_chainBroken: '发现审计链断开', backup_export: '备份到文件',
        station_enrol: '登记工作站', station_revoke: '撤销工作站登记', sync_confirmDestructive: '确认导入大量删除或关闭', sync_acceptBrokenChain: '接受审计链断开的同步包',
      },
    },
    masked: '（已隐藏）', reopenReason: '重新打开的原因（必填，记入修改记录）', reopen: '重新打开', settledLocked: '退货已结案，内容已锁定。如需修改，请由有权限的人员重新打开。',
    idle: { title: '安全', label: '空闲锁屏（分钟）' },
  },
};

const en: typeof zhCN = {
  auth: {
    setup: {
      title: 'First start: this station and its administrator', intro: 'The station name and code appear in complaint numbers; the administrator manages accounts, permissions and settings. Keep the administrator login and password: nobody can log in without them.',
      upgrade: 'This station already has data: after the upgrade, create the administrator first. People and records stay as they are; signatures made before accounts existed stay readable, marked as such.',
      adminName: 'Administrator name', start: 'Create administrator and start', startDemo: 'Create administrator and load demo data', creating: 'Creating keys…',
    },
    login: {
      title: 'Log in', login: 'Login name', password: 'Password', submit: 'Log in', busy: 'Checking…',
      hint: 'Forgot your password? Ask the administrator to reset it.',
    },
    change: { title: 'Choose a new password', intro: 'The administrator set a temporary password for you. Choose a new one that only you know.', oldPassword: 'Current password', submit: 'Save new password' },
    lock: { title: 'Screen locked', body: '{{name}} locked this station. Enter the password to go on; unsaved work is still there.', unlock: 'Unlock', switchUser: 'Switch user (log out)' },
    header: { loggedInAs: 'Logged in', lock: 'Lock', logOut: 'Log out' },
    newPassword: 'New password', confirmPassword: 'Type the password again', loginName: 'Login name',
    err: {
      loginRequired: 'Enter a login name', loginTooLong: 'A login name has at most 40 characters', loginChars: 'Only letters, digits, dot, underscore and hyphen',
      passwordShort: 'At least 8 characters', passwordLong: 'At most 128 characters', passwordMismatch: 'The two passwords differ',
      samePassword: 'The new password must differ from the current one',
      badLogin: 'Wrong login name or password', lockedOut: 'Five wrong passwords: this login is locked, try again in {{minutes}} min',
      disabled: 'This account is disabled; ask the administrator', notEnrolled: 'This account was not enrolled by an administrator this station trusts',
      wrongPassword: 'Wrong password', noAccount: 'This person has no login', hasAccount: 'This person already has a login', loginTaken: 'This login name is taken',
      adminExists: 'An administrator exists already', lastAdmin: 'The last administrator cannot be disabled or given another role', notAllowed: 'Your role does not allow this',
      keyNotEnrolled: 'Your signing key is not enrolled at this station (it may have been reset): cannot sign',
      signatureRequired: 'Closing a case needs your signature (your password)', notLocked: 'This record is not locked: nothing to reopen',
      useAccounts: 'This person has a login: change the role or disable the account under Accounts',
      locked: 'This record is locked (closed, approved or settled): someone permitted must reopen it first',
    },
    sign: {
      title: 'Electronic signature', intro: 'By signing you confirm the following yourself; the signature is made with your key and every station can verify it.',
      name: 'Signer', role: 'Role', meaning: 'Meaning', time: 'Time', password: 'Enter your password', submit: 'Sign',
      valid: 'Signature valid', invalid: 'Signature invalid (forged, altered or signer not enrolled)', legacy: 'Signed before accounts existed (content check only)', stale: 'Content changed since signing',
      invalidReason: { unenrolled: 'signer not enrolled', disabled: 'account disabled at that time', wrongKey: 'wrong key', wrongRole: 'wrong role', badSignature: 'does not match the content' },
    },
    accounts: {
      title: 'Accounts', intro: 'Create logins for people, assign roles, disable accounts or reset passwords. A disabled person\'s past signatures stay valid.',
      create: 'Create login', reset: 'Reset password', disable: 'Disable', enable: 'Enable', changeRole: 'Change role', noAccount: 'No login',
      status: 'Status', active: 'Active', disabled: 'Disabled', mustChange: 'Must change password', created: 'Login created: a new password is chosen at the first login',
      resetDone: 'Password reset: a new password is chosen at the next login', tempPassword: 'Temporary password', fingerprint: 'Key fingerprint',
    },
    matrix: { title: 'Permissions', intro: 'Tick what each role may do. The administrator always keeps people and settings management.', saved: 'Permissions saved', reset: 'Restore defaults' },
    actions: {
      complaint_edit: 'Record and edit open complaints', complaint_assess: 'Assess, assign owner, change deadlines', masterdata_edit: 'Maintain products and customers', eightd_edit: 'Fill in the 8D',
      eightd_sign: 'Sign and approve the 8D', return_edit: 'Record return requests', claim_decide: 'Accept or refuse claims',
      return_approveManager: 'Approve returns (above manager threshold)', return_approveGeneral: 'Approve returns (above general manager threshold)',
      return_receive: 'Warehouse receipt', return_judge: 'QA judgement and disposition', case_close: 'Close and reopen', record_delete: 'Delete and restore records, confirm a bundle’s many deletions', contacts_view: 'See customer contact details',
      audit_view: 'Read the audit trail', settings_manage: 'Settings, calendar, thresholds, departments', people_manage: 'People, accounts, permissions',
      backup_manage: 'Backups and restore', sync_import: 'Sync folder and bundle import', sync_export: 'Export bundles (encrypted)', sync_exportPlain: 'Export unencrypted bundles',
    },
    audit: {
      title: 'Audit trail', intro: 'Every login, failed login, lock, account and role change and every edit, newest first.', who: 'Person', what: 'Action', when: 'Time',
      entity: 'Record', filterAction: 'Filter by action', filterWho: 'Filter by person', onlySession: 'Logins and accounts only', chainOk: 'Audit chain intact ({{count}} entries)', chainBroken: 'Audit chain broken at entry {{seq}}',
      bannerEntry: 'The audit trail\'s hash chain is broken at entry {{entry}}: the audit trail may have been rewritten. This has been recorded in the audit trail. Check it under Settings › Audit trail and contact support.',
      bannerHead: 'The end of the audit trail is missing (after entry {{entry}}): audit entries may have been deleted. This has been recorded in the audit trail. Check it under Settings › Audit trail and contact support.',
      bannerCheckpoint: 'The audit trail no longer matches the chain head this station signed with its key (entry {{entry}}): its history was rewritten and re-hashed, or cut short. This has been recorded in the audit trail. Check it under Settings › Audit trail and contact support.',
      bannerOpen: 'Open settings',
      verify: 'Verify audit chain', edit: 'Changed {{entity}}',
      entities: { complaints: 'a complaint', eightD: 'an 8D report', returns: 'a return', people: 'a person', departments: 'a department', config: 'the settings' },
      events: {
        auth_login: 'Logged in', auth_loginFailed: 'Failed login', auth_lockedOut: 'Login locked out', auth_lock: 'Locked the screen', auth_unlock: 'Unlocked the screen',
        auth_logout: 'Logged out', account_createAdmin: 'Administrator created', account_create: 'Login created', account_resetPassword: 'Password reset',
        account_role: 'Role changed', account_enable: 'Account enabled', account_disable: 'Account disabled', account_changePassword: 'Password changed', account_trustAdmin: 'Trusted another station\'s administrator', audit_chainBroken: 'Found the audit chain broken', backup_export: 'Backed up to a file',
        station_enrol: 'Enrolled a station', station_revoke: 'Revoked a station', sync_confirmDestructive: 'Confirmed a bundle’s many deletions or closures', sync_acceptBrokenChain: 'Accepted a bundle with a broken audit chain',
      },
    },
    masked: '(hidden)', reopenReason: 'Reason for reopening (required, kept in the history)', reopen: 'Reopen', settledLocked: 'The return is settled and locked. To change it, someone permitted must reopen it.',
    idle: { title: 'Security', label: 'Lock when idle (minutes)' },
  },
};

export const messages = { zhCN, en };

/** i18n keys cannot hold dots: `complaint.edit` is found under `auth.actions.complaint_edit`. */
export function dotless(key: string): string {
  return key.replace(/\./g, '_');
}
