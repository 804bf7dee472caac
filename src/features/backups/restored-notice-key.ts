/** Shown once on the login screen after a restore on a new installation (sessionStorage survives the reload). Its own module: the login screen checks it without loading the restore code. */
export const RESTORED_NOTICE_KEY = 'complaint-desk.restoredNotice';
