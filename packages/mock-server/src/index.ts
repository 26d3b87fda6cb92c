export { createHandlers, type HandlerOptions } from './handlers.js';
export { MockStore, seedState, type MockState, type MockConfig, type FailureRule } from './state.js';
