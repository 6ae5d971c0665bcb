import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cleanEnv } from './process';

/**
 * A small Language Server Protocol client over stdio: JSON-RPC 2.0 messages framed
 * with `Content-Length` headers, as an editor talks to a language server.
 */

interface RpcMessage {
  readonly jsonrpc: '2.0';
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

type RequestHandler = (params: unknown) => unknown;

export interface ReceivedNotification {
  readonly method: string;
  readonly params: unknown;
}

interface Pending {
  readonly method: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const HEADER_END = '\r\n\r\n';

export class LanguageServerClient {
  readonly notifications: ReceivedNotification[] = [];
  /** Server-to-client requests, in order, for assertions. */
  readonly serverRequests: ReceivedNotification[] = [];
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly handlers = new Map<string, RequestHandler>();
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderr = '';
  private hasExited = false;

  constructor(command: string, args: readonly string[], cwd: string) {
    this.process = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code) => {
        this.hasExited = true;
        for (const [, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`language server exited (${code}) before answering ${pending.method}\n${this.stderr}`));
        }
        this.pending.clear();
        resolve(code);
      });
    });
    // Writing to a server that died must fail the test with a message, not crash the worker.
    this.process.stdin.on('error', () => undefined);
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get running(): boolean {
    return !this.hasExited;
  }

  /** Answers a request the server sends (e.g. `workspace/configuration`). Unhandled ones get `null`. */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  request<T>(method: string, params: unknown, timeoutMs = 60_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (value: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Waits for a notification matching `accept`, among those received so far or later. */
  async waitForNotification(
    accept: (notification: ReceivedNotification) => boolean,
    timeoutMs = 30_000,
  ): Promise<ReceivedNotification> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find(accept);
      if (found) return found;
      if (Date.now() > deadline || this.hasExited) throw new Error(`notification not received\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * The editor's way out: `shutdown`, then `exit`, then wait for the process to end.
   * Returns the exit code; kills the process when it does not end by itself.
   */
  async shutdown(timeoutMs = 10_000): Promise<number | null> {
    if (this.hasExited) return this.exited;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
      const outcome = await Promise.race([this.exited, timeout]);
      if (outcome !== 'timeout') return outcome;
      throw new Error('the language server did not exit after shutdown/exit');
    } finally {
      this.kill();
    }
  }

  /** Last resort, for a finally block: no server outlives its test. */
  kill(): void {
    if (!this.hasExited) this.process.kill('SIGKILL');
  }

  private send(message: RpcMessage): void {
    if (this.hasExited) throw new Error(`language server has exited; cannot send ${message.method ?? 'a response'}`);
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}${HEADER_END}`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /Content-Length: (\d+)/iu.exec(header)?.[1];
      if (length === undefined) throw new Error(`LSP header without Content-Length: ${header}`);
      const bodyStart = headerEnd + HEADER_END.length;
      const bodyEnd = bodyStart + Number(length);
      if (this.buffer.length < bodyEnd) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString('utf8')) as RpcMessage;
      this.buffer = this.buffer.subarray(bodyEnd);
      this.dispatch(message);
    }
  }

  private dispatch(message: RpcMessage): void {
    if (message.method !== undefined && message.id !== undefined) {
      this.serverRequests.push({ method: message.method, params: message.params });
      const handler = this.handlers.get(message.method);
      let result: unknown;
      try {
        result = handler ? handler(message.params) : null;
      } catch (error) {
        this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } });
        return;
      }
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
      return;
    }
    if (message.method !== undefined) {
      this.notifications.push({ method: message.method, params: message.params });
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending) return;
    this.pending.delete(message.id as number);
    clearTimeout(pending.timer);
    if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}`));
    else pending.resolve(message.result);
  }
}
