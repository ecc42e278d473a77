import { AppConfig } from '@chainmatch/config';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import type { Disposable, ServerOptions } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import proxyAddr from 'proxy-addr';
import { WebSocketServer, type WebSocket } from 'ws';
import { liveUpdateTransport } from './graphql-ws-options.js';
import { graphqlEdgeRules } from '../graphql-options.js';

const PATH = '/graphql';
/** RFC 6455's "try again later": the server is refusing this client for now. */
export const CLOSE_TRY_AGAIN_LATER = 1013;

/**
 * The WebSocket side of /graphql, owned here rather than by @nestjs/graphql, whose server takes no
 * limits: messages larger than WS_MAX_MESSAGE_BYTES close the connection with 1009 (the `ws`
 * library's maxPayload, so a huge message is never buffered whole), a client address past
 * WS_MAX_CONNECTIONS_PER_IP open connections is closed with 1013, and each connection holds at
 * most WS_MAX_SUBSCRIPTIONS_PER_CONNECTION subscriptions (liveUpdateTransport).
 */
@Injectable()
export class LiveUpdateServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveUpdateServer.name);
  private readonly openByAddress = new Map<string, number>();
  private sockets?: WebSocketServer;
  private graphqlWs?: Disposable;
  private httpServer?: Server;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sockets = new WebSocketServer({ noServer: true, maxPayload: this.config.get('WS_MAX_MESSAGE_BYTES') });
    this.graphqlWs = useServer(this.transport(), this.sockets);
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.httpServer?.off('upgrade', this.upgrade);
    await this.graphqlWs?.dispose();
  }

  private transport(): ServerOptions {
    const { limits, formatError } = graphqlEdgeRules(this.config);
    const maxSubscriptions = this.config.get('WS_MAX_SUBSCRIPTIONS_PER_CONNECTION');
    return liveUpdateTransport({ moduleRef: this.moduleRef, limits, maxSubscriptions, formatError });
  }

  private readonly upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const sockets = this.sockets!;
    if (new URL(request.url ?? '/', 'http://host').pathname !== PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    const address = this.clientAddress(request);
    sockets.handleUpgrade(request, socket, head, (ws) => {
      if (!this.admit(address, ws)) return;
      this.emitConnection(ws, request, address);
    });
  };

  /**
   * Hands the connection to graphql-ws, whose socket error handler would print a message too large
   * as an internal error on the console: ours logs it as what it is (`ws` has already closed the
   * connection with 1009) and anything else as an error, through the application's logger.
   */
  private emitConnection(ws: WebSocket, request: IncomingMessage, address: string): void {
    const ours = ws.listeners('error');
    this.sockets!.emit('connection', ws, request);
    for (const listener of ws.listeners('error')) if (!ours.includes(listener)) ws.off('error', listener as (error: Error) => void);
    ws.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        this.logger.warn(`closed a WebSocket connection from ${address}: a message over ${this.config.get('WS_MAX_MESSAGE_BYTES')} bytes (1009)`);
        return;
      }
      this.logger.error(error);
      ws.close(1011, 'Internal server error');
    });
  }

  /** Counts the connection for its address until it closes; closes it at once (1013) past the limit. */
  private admit(address: string, ws: WebSocket): boolean {
    const open = this.openByAddress.get(address) ?? 0;
    const max = this.config.get('WS_MAX_CONNECTIONS_PER_IP');
    if (open >= max) {
      this.logger.warn(`refused a WebSocket connection from ${address}: ${open} already open`);
      ws.close(CLOSE_TRY_AGAIN_LATER, `too many connections from this address (at most ${max})`);
      return false;
    }
    this.openByAddress.set(address, open + 1);
    ws.once('close', () => {
      const left = (this.openByAddress.get(address) ?? 1) - 1;
      if (left > 0) this.openByAddress.set(address, left);
      else this.openByAddress.delete(address);
    });
    return true;
  }

  /** The client's address as Express sees it for HTTP requests: TRUST_PROXY decides whom to believe. */
  private clientAddress(request: IncomingMessage): string {
    const trust = this.adapterHost.httpAdapter.getInstance<{ get(setting: string): Parameters<typeof proxyAddr>[1] }>().get('trust proxy fn');
    return proxyAddr(request, trust);
  }
}
