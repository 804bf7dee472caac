// Printing the sender's page: the system print dialog, or a PDF the user saves.
import type { PrintResult, PrintToPdfRequest, SaveFileResult } from '../../../src/platform/desktop-api';
import { saveWithDialog, type SaveDeps } from './files';

export interface PrintDeps {
  /** Resolves true when the job was sent, false when cancelled or failed. */
  print(options: { silent: false; printBackground: true }): Promise<boolean>;
}

export async function printPage(deps: PrintDeps): Promise<PrintResult> {
  const ok = await deps.print({ silent: false, printBackground: true });
  return { ok };
}

export interface PdfOptions {
  pageSize: 'A4' | 'A5';
  landscape: boolean;
  printBackground: true;
  preferCSSPageSize: false;
}

export interface PrintToPdfDeps extends SaveDeps {
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
}

/** Render first so a failed render never leaves an empty file behind the dialog. */
export async function printPageToPdf(request: PrintToPdfRequest, deps: PrintToPdfDeps): Promise<SaveFileResult> {
  const pdf = await deps.printToPDF({
    pageSize: request.pageSize,
    landscape: request.landscape,
    printBackground: true,
    preferCSSPageSize: false,
  });
  const name = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`;
  return saveWithDialog(name, [{ name: 'PDF', extensions: ['pdf'] }], () => pdf, deps);
}
