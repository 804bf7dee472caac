import { usePlantConfig } from '../../db/hooks/use-db';

/** The company name printed on slips and letters ('' until settings name it). */
export function useCompanyName(): string {
  return usePlantConfig()?.company.name ?? '';
}
