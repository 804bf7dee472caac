// Every IPC handler goes through here: check who is asking, parse what they
// sent, and only then call the service. A handler cannot be registered without
// a zod schema, so no channel can skip validation.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { OriginPolicy } from '../app-origin';

export class UntrustedSenderError extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC ${channel} refused: ${reason}`);
    this.name = 'UntrustedSenderError';
  }
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Throws unless the call comes from the top frame of a page we loaded ourselves. */
export function assertTrustedSender(channel: string, event: SenderEvent, policy: OriginPolicy): void {
  const frame = event.senderFrame;
  // Null when the frame navigated away or was destroyed before the message arrived.
  if (frame === null) throw new UntrustedSenderError(channel, 'no sender frame');
  if (frame.parent !== null) throw new UntrustedSenderError(channel, 'sender is a subframe');
  if (!policy.isTrustedPage(frame.url)) throw new UntrustedSenderError(channel, `foreign origin ${frame.url}`);
}

export type IpcRegistrar = Pick<IpcMain, 'handle'>;

export function handleTrusted<S extends z.ZodType, R>(
  ipcMain: IpcRegistrar,
  policy: OriginPolicy,
  channel: string,
  schema: S,
  run: (args: z.infer<S>, event: IpcMainInvokeEvent) => Promise<R>,
): void {
  ipcMain.handle(channel, async (event, raw: unknown) => {
    assertTrustedSender(channel, event, policy);
    // parse throws a ZodError, which rejects the renderer's invoke() promise.
    const args = schema.parse(raw);
    return run(args, event);
  });
}
