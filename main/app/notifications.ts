import { Notification } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';

type NotificationPayload = EventPayload<'notification'>;

/**
 * Desktop notifications for log events that need the owner (warnings and
 * worse). Info events stay in the log so the owner is not nagged.
 */
export function createDesktopNotifier(options: {
  enabled: () => boolean;
  onClick: (payload: NotificationPayload) => void;
}): (payload: NotificationPayload) => boolean {
  return (payload) => {
    if (!options.enabled() || payload.severity === 'info' || !Notification.isSupported()) return false;
    const notification = new Notification({ title: payload.title, body: payload.body, silent: payload.severity === 'warning' });
    notification.on('click', () => options.onClick(payload));
    notification.show();
    return true;
  };
}
