/** The key of a complaint's review pack: 'YYYY-MM' of receivedAt as stored (UTC), so ISO order is month order. */
export const packMonth = (receivedAt: string): string => receivedAt.slice(0, 7);
