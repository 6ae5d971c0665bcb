/**
 * The status-code table every rule reads: the IANA HTTP Status Code Registry
 * with RFC 9110 reason phrases, plus widely seen unofficial codes.
 *
 * Plain readonly data; lookups live in `./lookup.ts`.
 */

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export type HeaderRequirement = 'recommended' | 'required';

export interface StatusHeader {
  readonly name: string;
  /** `required`: RFC 9110 says MUST; `recommended`: SHOULD or the code is not useful without it. */
  readonly requirement: HeaderRequirement;
}

export interface StatusEntry {
  readonly code: number;
  readonly reason: string;
  readonly class: StatusClass;
  /** Where the code is defined: an RFC section, or the product that made it up. */
  readonly spec: string;
  /** RFC 9110 forbids content with this status (1xx, 204, 205, 304). */
  readonly bodyless?: true;
  /** Registered but marked "(Unused)" (306, 418). */
  readonly unused?: true;
  /** Registered but deprecated (305 Use Proxy). */
  readonly deprecated?: true;
  /** Registered but obsoleted (510 Not Extended). */
  readonly obsoleted?: true;
  /** Not in the IANA registry; `spec` names its origin. */
  readonly unofficial?: true;
  readonly headers?: readonly StatusHeader[];
}

const rfc9110 = (section: string): string => `RFC 9110, Section ${section}`;

const required = (name: string): StatusHeader => ({ name, requirement: 'required' });
const recommended = (name: string): StatusHeader => ({ name, requirement: 'recommended' });

const location = [recommended('Location')] as const;
const retryAfter = [recommended('Retry-After')] as const;

function classOf(code: number): StatusClass {
  return `${Math.floor(code / 100)}xx` as StatusClass;
}

type EntryData = Omit<StatusEntry, 'class'>;

const registered: readonly EntryData[] = [
  { code: 100, reason: 'Continue', spec: rfc9110('15.2.1'), bodyless: true },
  { code: 101, reason: 'Switching Protocols', spec: rfc9110('15.2.2'), bodyless: true, headers: [required('Upgrade')] },
  { code: 102, reason: 'Processing', spec: 'RFC 2518, Section 10.1', bodyless: true },
  { code: 103, reason: 'Early Hints', spec: 'RFC 8297', bodyless: true },

  { code: 200, reason: 'OK', spec: rfc9110('15.3.1') },
  { code: 201, reason: 'Created', spec: rfc9110('15.3.2'), headers: location },
  { code: 202, reason: 'Accepted', spec: rfc9110('15.3.3') },
  { code: 203, reason: 'Non-Authoritative Information', spec: rfc9110('15.3.4') },
  { code: 204, reason: 'No Content', spec: rfc9110('15.3.5'), bodyless: true },
  { code: 205, reason: 'Reset Content', spec: rfc9110('15.3.6'), bodyless: true },
  { code: 206, reason: 'Partial Content', spec: rfc9110('15.3.7'), headers: [required('Content-Range')] },
  { code: 207, reason: 'Multi-Status', spec: 'RFC 4918, Section 11.1' },
  { code: 208, reason: 'Already Reported', spec: 'RFC 5842, Section 7.1' },
  { code: 226, reason: 'IM Used', spec: 'RFC 3229, Section 10.4.1' },

  { code: 300, reason: 'Multiple Choices', spec: rfc9110('15.4.1') },
  { code: 301, reason: 'Moved Permanently', spec: rfc9110('15.4.2'), headers: location },
  { code: 302, reason: 'Found', spec: rfc9110('15.4.3'), headers: location },
  { code: 303, reason: 'See Other', spec: rfc9110('15.4.4'), headers: location },
  { code: 304, reason: 'Not Modified', spec: rfc9110('15.4.5'), bodyless: true },
  { code: 305, reason: 'Use Proxy', spec: rfc9110('15.4.6'), deprecated: true },
  { code: 306, reason: '(Unused)', spec: rfc9110('15.4.7'), unused: true },
  { code: 307, reason: 'Temporary Redirect', spec: rfc9110('15.4.8'), headers: location },
  { code: 308, reason: 'Permanent Redirect', spec: rfc9110('15.4.9'), headers: location },

  { code: 400, reason: 'Bad Request', spec: rfc9110('15.5.1') },
  { code: 401, reason: 'Unauthorized', spec: rfc9110('15.5.2'), headers: [required('WWW-Authenticate')] },
  { code: 402, reason: 'Payment Required', spec: rfc9110('15.5.3') },
  { code: 403, reason: 'Forbidden', spec: rfc9110('15.5.4') },
  { code: 404, reason: 'Not Found', spec: rfc9110('15.5.5') },
  { code: 405, reason: 'Method Not Allowed', spec: rfc9110('15.5.6'), headers: [required('Allow')] },
  { code: 406, reason: 'Not Acceptable', spec: rfc9110('15.5.7') },
  {
    code: 407,
    reason: 'Proxy Authentication Required',
    spec: rfc9110('15.5.8'),
    headers: [required('Proxy-Authenticate')],
  },
  { code: 408, reason: 'Request Timeout', spec: rfc9110('15.5.9') },
  { code: 409, reason: 'Conflict', spec: rfc9110('15.5.10') },
  { code: 410, reason: 'Gone', spec: rfc9110('15.5.11') },
  { code: 411, reason: 'Length Required', spec: rfc9110('15.5.12') },
  { code: 412, reason: 'Precondition Failed', spec: rfc9110('15.5.13') },
  { code: 413, reason: 'Content Too Large', spec: rfc9110('15.5.14'), headers: retryAfter },
  { code: 414, reason: 'URI Too Long', spec: rfc9110('15.5.15') },
  { code: 415, reason: 'Unsupported Media Type', spec: rfc9110('15.5.16') },
  {
    code: 416,
    reason: 'Range Not Satisfiable',
    spec: rfc9110('15.5.17'),
    headers: [recommended('Content-Range')],
  },
  { code: 417, reason: 'Expectation Failed', spec: rfc9110('15.5.18') },
  { code: 418, reason: '(Unused)', spec: rfc9110('15.5.19'), unused: true },
  { code: 421, reason: 'Misdirected Request', spec: rfc9110('15.5.20') },
  { code: 422, reason: 'Unprocessable Content', spec: rfc9110('15.5.21') },
  { code: 423, reason: 'Locked', spec: 'RFC 4918, Section 11.3' },
  { code: 424, reason: 'Failed Dependency', spec: 'RFC 4918, Section 11.4' },
  { code: 425, reason: 'Too Early', spec: 'RFC 8470, Section 5.2' },
  { code: 426, reason: 'Upgrade Required', spec: rfc9110('15.5.22'), headers: [required('Upgrade')] },
  { code: 428, reason: 'Precondition Required', spec: 'RFC 6585, Section 3' },
  { code: 429, reason: 'Too Many Requests', spec: 'RFC 6585, Section 4', headers: retryAfter },
  { code: 431, reason: 'Request Header Fields Too Large', spec: 'RFC 6585, Section 5' },
  { code: 451, reason: 'Unavailable For Legal Reasons', spec: 'RFC 7725, Section 3' },

  { code: 500, reason: 'Internal Server Error', spec: rfc9110('15.6.1') },
  { code: 501, reason: 'Not Implemented', spec: rfc9110('15.6.2') },
  { code: 502, reason: 'Bad Gateway', spec: rfc9110('15.6.3') },
  { code: 503, reason: 'Service Unavailable', spec: rfc9110('15.6.4'), headers: retryAfter },
  { code: 504, reason: 'Gateway Timeout', spec: rfc9110('15.6.5') },
  { code: 505, reason: 'HTTP Version Not Supported', spec: rfc9110('15.6.6') },
  { code: 506, reason: 'Variant Also Negotiates', spec: 'RFC 2295, Section 8.1' },
  { code: 507, reason: 'Insufficient Storage', spec: 'RFC 4918, Section 11.5' },
  { code: 508, reason: 'Loop Detected', spec: 'RFC 5842, Section 7.2' },
  { code: 510, reason: 'Not Extended', spec: 'RFC 2774, Section 7', obsoleted: true },
  { code: 511, reason: 'Network Authentication Required', spec: 'RFC 6585, Section 6' },
];

const unofficial: readonly EntryData[] = [
  { code: 419, reason: 'Page Expired', spec: 'Laravel (CSRF token expired)' },
  { code: 420, reason: 'Enhance Your Calm', spec: 'Twitter API v1 (rate limited)' },
  { code: 440, reason: 'Login Time-out', spec: 'Microsoft IIS' },
  { code: 444, reason: 'No Response', spec: 'nginx (connection closed without a response)' },
  { code: 449, reason: 'Retry With', spec: 'Microsoft IIS' },
  { code: 450, reason: 'Blocked by Windows Parental Controls', spec: 'Microsoft Windows' },
  { code: 494, reason: 'Request Header Too Large', spec: 'nginx' },
  { code: 495, reason: 'SSL Certificate Error', spec: 'nginx' },
  { code: 496, reason: 'SSL Certificate Required', spec: 'nginx' },
  { code: 497, reason: 'HTTP Request Sent to HTTPS Port', spec: 'nginx' },
  { code: 498, reason: 'Invalid Token', spec: 'Esri ArcGIS Server' },
  { code: 499, reason: 'Client Closed Request', spec: 'nginx' },
  { code: 509, reason: 'Bandwidth Limit Exceeded', spec: 'Apache Web Server / cPanel' },
  { code: 520, reason: 'Web Server Returned an Unknown Error', spec: 'Cloudflare' },
  { code: 521, reason: 'Web Server Is Down', spec: 'Cloudflare' },
  { code: 522, reason: 'Connection Timed Out', spec: 'Cloudflare' },
  { code: 523, reason: 'Origin Is Unreachable', spec: 'Cloudflare' },
  { code: 524, reason: 'A Timeout Occurred', spec: 'Cloudflare' },
  { code: 525, reason: 'SSL Handshake Failed', spec: 'Cloudflare' },
  { code: 526, reason: 'Invalid SSL Certificate', spec: 'Cloudflare' },
  { code: 527, reason: 'Railgun Error', spec: 'Cloudflare' },
  { code: 530, reason: 'Origin DNS Error', spec: 'Cloudflare' },
  { code: 598, reason: 'Network Read Timeout Error', spec: 'informal convention of some HTTP proxies' },
  { code: 599, reason: 'Network Connect Timeout Error', spec: 'informal convention of some HTTP proxies' },
];

/** Every entry, registered codes first, each list in code order. */
export const statusEntries: readonly StatusEntry[] = Object.freeze(
  [...registered, ...unofficial.map((entry): EntryData => ({ ...entry, unofficial: true }))]
    .map((entry): StatusEntry => Object.freeze({ ...entry, class: classOf(entry.code) }))
    .sort((a, b) => a.code - b.code),
);

/** The shared code table, keyed by code: `statusTable[404].reason === 'Not Found'`. */
export const statusTable: Readonly<Partial<Record<number, StatusEntry>>> = Object.freeze(
  Object.fromEntries(statusEntries.map((entry) => [entry.code, entry])),
);
