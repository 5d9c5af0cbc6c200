export { NotificationPlanner, EMPTY_STATE, type DigestSetting, type MailPlan, type NotifyProblem, type NotifyState, type PlanResult } from './planner';
export { NotifyStateStore } from './state-store';
export { composeErrorMail, type ComposedMail } from './compose';
export { ErrorMailer, type ErrorMailerOptions, type SmtpSettings } from './mailer';
export { ErrorNotifier, type MailSender } from './notifier';
export { createNotifier } from './create-notifier';
export { ObservedLogStore } from './observed-log-store';
export { DesktopNotices, MAX_NOTICES_PER_SYNC, type DesktopNotice, type NoticeScope } from './desktop-notices';
