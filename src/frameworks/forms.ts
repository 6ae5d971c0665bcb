/** Builders for the sink forms the framework modules declare, so that each module reads as a table. */
import type { BodyPosition, HeaderArgument, HeaderSetter, HeaderSources, MethodTable, ResponseHeaderScope, SinkForm, StatusPosition } from './types';

export const argument = (index: number, minArguments?: number): StatusPosition =>
  minArguments === undefined ? { kind: 'argument', index } : { kind: 'argument', index, minArguments };
export const bodyArgument = (index: number): BodyPosition => ({ kind: 'argument', index });
export const chain: BodyPosition = { kind: 'chain' };
export const statusText: BodyPosition = { kind: 'default', source: 'status-text' };
export const redirectNote: BodyPosition = { kind: 'default', source: 'redirect-note' };
export const noBody: BodyPosition = { kind: 'none' };
export const unknownBody: BodyPosition = { kind: 'unknown' };
export const messageBody: BodyPosition = { kind: 'message' };

export const sinkHeaders = (
  response: ResponseHeaderScope,
  args: readonly HeaderArgument[] = [],
  implied: readonly string[] = [],
): HeaderSources => ({ kind: 'sink', arguments: args, implied, response });
export const headersBefore = sinkHeaders('before');
export const headersUntilSent = sinkHeaders('until-sent');
export const locationHeader = ['Location'];
export const redirectHeaders = sinkHeaders('before', [], locationHeader);
export const writeHeadHeaders = sinkHeaders('before', [{ kind: 'map-after-message', from: 1 }]);
export const errorPropertyHeaders = (from: number): HeaderSources => sinkHeaders('none', [{ kind: 'error-properties', from }]);

export const nameSetter: HeaderSetter = { kind: 'name' };
export const nameOrMapSetter: HeaderSetter = { kind: 'name-or-map' };
export const mapSetter: HeaderSetter = { kind: 'map' };
export const impliedHeaders = (...names: string[]): HeaderSetter => ({ kind: 'implied', names });

/** The key of an init or properties object that holds the header map: `{ status, headers }`. */
export const headersKey = 'headers';
/** The body value that means "no body" for a body argument or assignment: `new Response(null, init)`, `ctx.body = null`. */
export const emptyBodyValue = 'null';

/** One form per name for functions or methods that each mean one status: `{ notFound: 404 }` → `notFound()` sends 404. */
export const fixedStatusForms = (statuses: Readonly<Record<string, number>>, rest: Omit<SinkForm, 'status'>): MethodTable =>
  Object.fromEntries(Object.entries(statuses).map(([name, code]) => [name, { ...rest, status: { kind: 'fixed', code } }]));
