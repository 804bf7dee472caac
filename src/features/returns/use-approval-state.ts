/** The approval picture of a stored return; hashing is async (WebCrypto), so it arrives a moment later. */
import { useEffect, useState } from 'react';
import { approvalState, type ApprovalState } from '../../domain/returns';
import { DEFAULT_APPROVAL_SETTINGS } from '../../domain/returns/approval';
import { approvalsOf, toRequest, type StoredReturn } from '../../db/repositories/returns-row';
import { usePlantConfig } from '../../db/hooks/use-db';

export function useApprovalState(row: StoredReturn): ApprovalState | undefined {
  const settings = usePlantConfig()?.approval ?? DEFAULT_APPROVAL_SETTINGS;
  const [state, setState] = useState<ApprovalState>();
  useEffect(() => {
    let live = true;
    void approvalState(toRequest(row), approvalsOf(row), settings).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [row, settings]);
  return state;
}
