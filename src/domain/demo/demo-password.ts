/** The password of every demo account, shown with the demo offer (a module of its own: the first screen needs only this). */
export const DEMO_PASSWORD = 'demo-pass-1';
