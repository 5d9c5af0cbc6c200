export { startSmtpCatcher, type SmtpCatcher, type SmtpCatcherOptions, type CaughtMail, type CaughtAttachment, type SmtpFault } from './catcher';
