export * from './fen';
export * from './chinese-capitals';
