export { apiErrorOf, createApiClient, type ApiClient, type ApiClientOptions, type ApiErrorInfo } from './client.js';
export type { AppRouter, RouterInputs, RouterOutputs, SessionUser } from '@liancha/api/router';
