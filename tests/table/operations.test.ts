import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceTable } from '../../src/table/sources';
import {
  compileOperations,
  describeDocumentedCodes,
  joinPaths,
  operationDocuments,
  pathSegments,
  type DocumentedOperation,
  type OperationMethod,
} from '../../src/table/operations';

const operation = (method: OperationMethod, route: string, codes: number[] = [200]): DocumentedOperation => ({
  method,
  path: route,
  codes: new Set(codes),
  classes: new Set(),
  hasDefault: false,
  origin: 'openapi.yaml',
});

describe('operations: path matching', () => {
  const index = compileOperations([
    operation('get', '/users'),
    operation('get', '/users/{id}', [200, 404]),
    operation('get', '/users/me', [200, 401]),
    operation('get', '/users/{id}/posts/{postId}'),
    operation('get', '/files/{path+}'),
    operation('post', '/users', [201]),
  ]);
  const found = (method: OperationMethod, route: string): string | undefined => {
    const hit = index.find(method, route);
    return hit && `${hit.method} ${hit.path}`;
  };

  it('matches a parameter of any spelling to one segment', () => {
    expect(found('get', '/users/:id')).toBe('get /users/{id}');
    expect(found('get', '/users/[id]')).toBe('get /users/{id}');
    expect(found('get', '/users/{userId}')).toBe('get /users/{id}');
    expect(found('get', '/users/:id/posts/:postId')).toBe('get /users/{id}/posts/{postId}');
  });

  it('prefers a literal segment, and takes a literal as a value of a parameter otherwise', () => {
    expect(found('get', '/users/me')).toBe('get /users/me');
    expect(found('get', '/users/42')).toBe('get /users/{id}');
    // A parameter of the code is never a literal of the document.
    expect(index.find('get', '/users/:id')?.codes).toEqual(new Set([200, 404]));
  });

  it('ignores trailing and doubled slashes, and tells methods apart', () => {
    expect(found('get', '/users/')).toBe('get /users');
    expect(found('get', '//users//:id/')).toBe('get /users/{id}');
    expect(found('post', '/users')).toBe('post /users');
    expect(found('delete', '/users')).toBeUndefined();
    expect(index.findAll('/users').map((each) => each.method)).toEqual(['get', 'post']);
  });

  it('matches a catch-all to the rest of the path, and a catch-all of the code to it', () => {
    expect(found('get', '/files/a/b/c.txt')).toBe('get /files/{path+}');
    expect(found('get', '/files/[...slug]')).toBe('get /files/{path+}');
    expect(found('get', '/files/*')).toBe('get /files/{path+}');
    expect(found('get', '/nothing/here')).toBeUndefined();
    expect(found('get', '/')).toBeUndefined();
  });

  it('reads the segments of each spelling', () => {
    expect(pathSegments('/a/:b/[c]/{d}/[...e]/[[...f]]/*')).toEqual([
      { kind: 'literal', text: 'a' },
      { kind: 'param' },
      { kind: 'param' },
      { kind: 'param' },
      { kind: 'rest' },
      { kind: 'rest' },
      { kind: 'rest' },
    ]);
  });

  it('joins prefixes and paths with one slash', () => {
    expect(joinPaths('/v1/', '/users')).toBe('/v1/users');
    expect(joinPaths('', 'users', ':id')).toBe('/users/:id');
    expect(joinPaths('')).toBe('/');
  });
});

describe('operations: read from an OpenAPI document', () => {
  const table = loadSourceTable(path.join(__dirname, '..', 'fixtures', 'openapi', 'operations.yaml'), process.cwd());
  const operations = table.operations!;

  it("keeps each operation's codes, classes and default, under the first server's path", () => {
    expect(operations.size).toBe(9);
    const remove = operations.find('delete', '/v1/users/:id')!;
    expect(remove.path).toBe('/v1/users/{id}');
    expect(describeDocumentedCodes(remove)).toBe('204, 4XX');
    expect(operationDocuments(remove, 418)).toBe(true);
    expect(operationDocuments(remove, 500)).toBe(false);
    const events = operations.find('post', '/v1/events')!;
    expect(events.hasDefault).toBe(true);
    expect(operationDocuments(events, 503)).toBe(true);
    expect(operations.find('get', '/users')).toBeUndefined();
  });

  it("takes Swagger 2's basePath before its paths", () => {
    const swagger = loadSourceTable(path.join(__dirname, '..', 'fixtures', 'openapi', 'swagger-base-path.yaml'), process.cwd());
    expect(swagger.operations?.find('get', '/api/pets/:id')?.path).toBe('/api/pets/{id}');
  });
});
