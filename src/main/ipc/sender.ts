import { BridgeError } from '../../shared/bridge-errors';

/** The parts of Electron's IpcMainInvokeEvent used to decide whether a caller is ours. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

export interface SenderPolicy {
  /** id of our window's webContents, or undefined before the window exists / after it closed. */
  trustedWebContentsId(): number | undefined;
  /** Whether a frame URL is one of the app's own pages. */
  isAppUrl(url: string): boolean;
}

/**
 * Only the top frame of our own window, showing one of our pages, may use the bridge. A frame
 * that navigated away, an iframe, or any other webContents is refused before any work is done.
 */
export function assertTrustedSender(event: InvokeEventLike, policy: SenderPolicy): void {
  const trustedId = policy.trustedWebContentsId();
  if (trustedId === undefined || event.sender.id !== trustedId) {
    throw new BridgeError('forbidden-sender', 'this request does not come from the Relator window');
  }
  const frame = event.senderFrame;
  if (frame === null) {
    throw new BridgeError('forbidden-sender', 'the requesting frame is gone');
  }
  if (frame.parent !== null) {
    throw new BridgeError('forbidden-sender', 'requests from embedded frames are refused');
  }
  if (!policy.isAppUrl(frame.url)) {
    throw new BridgeError('forbidden-sender', 'this request does not come from a Relator page');
  }
}
