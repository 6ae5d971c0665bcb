/** axios, on the client side: `response.status`, `error.response.status`. */
import type { FrameworkModule } from './types';

export const axios: FrameworkModule = {
  id: 'axios',
  title: 'axios (client)',
  packages: ['axios'],
  droppedBodyFate: 'the server drops it',
  types: [
    { kind: 'axios-response', name: 'AxiosResponse', packages: ['axios'] },
    { kind: 'axios-error', name: 'AxiosError', packages: ['axios'] },
  ],
};
