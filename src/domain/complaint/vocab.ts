/** The fixed vocabularies of the plant's complaint record form (产品质量投诉记录表). */
export const INTAKE_CHANNELS = ['hotline', 'webForm', 'email', 'socialMedia', 'salesRep', 'letter', 'walkIn', 'other'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const CUSTOMER_TYPES = ['endUser', 'distributor', 'oem', 'retailer', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const DEMAND_KINDS = ['repair', 'replace', 'return', 'refund', 'compensation', 'other'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

export const PURCHASE_CHANNELS = ['direct', 'distributor', 'online', 'retail', 'other'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

/** Evidence files larger than this are refused at pick time, with the limit named. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/', 'video/', 'application/pdf'] as const;

export function isAllowedAttachmentType(mime: string): boolean {
  return ATTACHMENT_TYPES.some((prefix) => mime.startsWith(prefix));
}
