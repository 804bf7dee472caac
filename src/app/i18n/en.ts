import type { zhCN } from './zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English. Typed against zh-CN so a missing key fails the typecheck. */
export const en: Shape<typeof zhCN> = {
  app: { title: 'Complaint Desk', subtitle: 'Customer complaint handling', language: 'Language', station: 'Station', actingAs: 'Acting as', noPerson: '(nobody chosen)' },
  nav: { tracking: 'Tracking', newComplaint: 'New complaint', settings: 'Settings' },
  common: {
    save: 'Save', cancel: 'Cancel', edit: 'Edit', back: 'Back', delete: 'Delete', add: 'Add', yes: 'Yes', no: 'No', close: 'Close',
    saved: 'Saved', loading: 'Loading…', none: 'None', confirm: 'Confirm', actions: 'Actions', open: 'Open', all: 'All',
    saveFailed: 'Not saved: check the fields marked in red', unknownError: 'Something went wrong: {{message}}',
  },
  validation: {
    required: 'Required', tooLong: 'Too long', tooSmall: 'Too small', number: 'Enter a number', integer: 'Enter a whole number', nonNegative: 'Cannot be negative',
    tooLarge: 'Too large', date: 'Date must be YYYY-MM-DD', dateTime: 'Choose a date and time', phone: 'Invalid phone number (mobile 11 digits, landline like 0571-88886666)',
    email: 'Invalid e-mail address', notFuture: 'Cannot be later than today', shippedOverOrder: 'Shipped exceeds ordered: tick “Confirm shipped over order”',
    demandRequired: 'Choose at least one customer demand', attachmentMissing: 'Attachment not found: add it again', attachmentTooLarge: 'File exceeds the {{limit}} limit',
    attachmentType: 'Only images, videos or PDF files', stationCode: 'Station code: 2–6 capital letters or digits, starting with a letter',
    departmentCode: 'Department code: letters and digits, starting with a letter', duplicateCode: 'Code already exists', notFound: 'Record not found', invalid: 'Invalid value',
    masterCode: 'Code: letters, digits and . _ -, starting with a letter or digit, at most 40', codeFixed: 'The code of an existing record cannot change', warrantyMax: 'Warranty is at most 600 months',
    limitsOrder: 'The upper limit cannot be below the lower limit', tooMany: 'Too many entries', contactBeforeReceipt: 'A contact cannot be earlier than the complaint was received', nextStepBeforeContact: 'The next step cannot be dated before the contact',
    stationCodeTaken: 'Another station numbers its complaints with this code; using it here would repeat numbers. Choose another code',
  },
  tracking: {
    title: 'Complaint tracking table', search: 'Search number, customer, product, batch', rows: '{{count}} complaints', empty: 'No complaints match',
    filterStatus: 'Status', filterCategory: 'Category', filterDepartment: 'Department', filterCustomer: 'Customer', filterDates: 'Received',
    resetFilters: 'Clear filters', columns: 'Columns', columnsTitle: 'Columns to show',
    col: {
      number: 'Number', receivedAt: 'Received', customer: 'Customer', product: 'Product', batch: 'Batch', symptom: 'Symptom',
      category: 'Category', grade: 'Grade', status: 'Status', department: 'Department', owner: 'Owner', nextDue: 'Next deadline', channel: 'Channel',
    },
  },
  status: {
    new: 'New', acknowledged: 'Acknowledged', investigating: 'Investigating', containment: 'Containment', eightD: '8D in progress', replied: 'Replied',
    followUp: 'Follow-up', closed: 'Closed', rejected: 'Rejected', reopened: 'Reopened',
  },
  complaint: {
    newTitle: 'New complaint (product quality complaint record)', editTitle: 'Edit complaint {{number}}', created: 'Complaint {{number}} saved',
    draftRestored: 'Your unsaved draft was restored', discardDraft: 'Discard draft', history: 'History', detailsTitle: 'Complaint',
    sections: { intake: 'Intake', customer: 'Customer', product: 'Product', details: 'Complaint details', demand: 'Customer demand', evidence: 'Evidence' },
    channel: 'Channel', receivedAt: 'Received at', receivedBy: 'Received by',
    customer: { name: 'Customer name', company: 'Company', contactPerson: 'Contact person', phone: 'Phone', email: 'E-mail', type: 'Customer type', address: 'Address' },
    product: {
      name: 'Product name', model: 'Model / spec', batchNo: 'Batch no.', serialNo: 'Serial no.', orderNo: 'Order no.', orderQty: 'Ordered qty', shippedQty: 'Shipped qty',
      shipDate: 'Ship date', purchaseDate: 'Purchase date', purchaseChannel: 'Purchase channel', hasProofOfPurchase: 'Proof of purchase',
    },
    shippedOverOrderConfirmed: 'Confirm shipped over order',
    details: { occurredOn: 'Occurred on', location: 'Where', environment: 'Use environment', symptom: 'Symptom', recurring: 'Recurring', customerActions: 'What the customer already did', affectedQty: 'Quantity affected' },
    demand: { kinds: 'Customer demand', note: 'Demand details' },
    attach: 'Add attachment', attachHint: 'Images, videos, PDF; at most {{limit}} each', tooLarge: '{{name}} exceeds the {{limit}} limit and was not added', removeAttachment: 'Remove',
    channels: { hotline: 'Hotline', webForm: 'Web form', email: 'E-mail', socialMedia: 'Social media', salesRep: 'Sales rep / distributor', letter: 'Letter', walkIn: 'Walk-in', other: 'Other' },
    customerTypes: { endUser: 'End user', distributor: 'Distributor', oem: 'OEM', retailer: 'Retailer', other: 'Other' },
    demandKinds: { repair: 'Repair', replace: 'Replace', return: 'Return', refund: 'Refund', compensation: 'Compensation', other: 'Other' },
    purchaseChannels: { direct: 'Direct', distributor: 'Distributor', online: 'Online shop', retail: 'Retail store', other: 'Other' },
  },
  notFound: { title: 'Page not found', text: 'The address may be out of date or mistyped.', back: 'Back to the tracking table', errorTitle: 'This page ran into an error' },
  history: {
    assess: 'Assessment', escalate: 'Escalation', escalationAck: 'Escalation acknowledged', contactAcknowledge: 'Acknowledged by a contact', transition: 'Status change', slip: 'Postponed', followUp: 'Follow-up', deadlines: 'Deadlines computed', empty: 'No changes yet', field: 'Field', before: 'Before', after: 'After', create: 'Created', update: 'Changed', by: '{{actor}} at {{at}}',
    emptyValue: '(empty)', someone: 'Someone', unknownRef: '(deleted)',
    sentence: {
      created: '{{at}} {{actor}} created the record', changed: '{{at}} {{actor}} changed {{field}} from {{before}} to {{after}}', set: '{{at}} {{actor}} set {{field}} to {{after}}',
      cleared: '{{at}} {{actor}} cleared {{field}} (was {{before}})', action: '{{at}} {{actor}}: {{action}}',
    },
    fields: {
      status: 'the status', deleted: 'the deletion', attachment: 'an attachment', deadline: 'deadline', due: 'due', completedAt: 'done', endedAt: 'ended', endReason: 'end reason',
      slipDue: 'postponed to', slipReason: 'reason for the delay', statusNote: 'the status note', replyContent: 'the reply sent', replyMethod: 'how the reply was sent', replySentAt: 'when the reply was sent',
      followUpMethod: 'the follow-up method', satisfaction: 'the satisfaction', followUpComment: "the customer's comment", acknowledgedAt: 'the acknowledgement time', escalatedTo: 'the escalation recipient', escalationReason: 'the escalation reason', other: 'other information',
    },
  },
  settings: {
    noneForRole: 'Your role has no settings to change. The language is switched in the header.',
    title: 'Settings', station: 'This station', stationName: 'Station name', stationCode: 'Station code', stationCodeHint: 'Used in complaint numbers, e.g. QA1-2026-0042',
    timeZone: 'Time zone', departments: 'Departments', people: 'People', departmentCode: 'Code', departmentName: 'Name', departmentKind: 'Kind',
    personName: 'Name', personDepartment: 'Department', personRole: 'Role', personPhone: 'Phone', personEmail: 'E-mail', personActive: 'Active',
    addDepartment: 'Add department', addPerson: 'Add person',
    kinds: { quality: 'Quality', marketing: 'Marketing / service', warehouse: 'Warehouse', production: 'Production', engineering: 'Engineering', management: 'Management', other: 'Other' },
    roles: { qaEngineer: 'QA engineer', teamLeader: '8D team leader', customerService: 'Customer service', warehouseClerk: 'Warehouse clerk', marketingManager: 'Marketing manager', generalManager: 'General manager', qaManager: 'QA manager', admin: 'Administrator' },
  },
  demo: {
    title: 'Welcome to Complaint Desk',
    stationIntro: 'First give this station a name and a code. Every station needs its own code (e.g. QA1 for the QA desk, WH1 for the warehouse): complaint numbers carry it, so that numbers from different stations never clash when they sync.',
    codeHint: '2–6 capital letters or digits, starting with a letter; can be changed later in Settings',
    body: 'This database is new. Load a demo plant to look around? About 300 complaints of the last 12 months (every status, deadlines, 8D reports, signed closures) and people with accounts in every role. Every demo account has the password {{password}} (logins on the People page, e.g. QA engineer zhangmin, warehouse zhoucg, general manager chenzong). You can always start over in a new database.',
    load: 'Load demo data',
    skip: 'Start empty',
    loaded: '{{count}} demo complaints loaded; demo accounts\' password: {{password}}',
  },
};
