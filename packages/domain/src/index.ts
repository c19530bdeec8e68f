export * from './uscc/uscc.js';
