import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/**
 * A WebSocket client that writes whatever bytes it is told to after the handshake: what a
 * fuzzer needs and a well-behaved client library refuses to send (frames over the size limit,
 * reserved opcodes, unmasked frames, truncated headers).
 */
export function rawUpgrade(port: number, path: string, headers: Record<string, string>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', reject);
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      socket.off('error', reject);
      socket.on('error', () => undefined); // the server may reset us: that is the point of most cases
      if (head.startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(`upgrade refused: ${head.slice(0, end)}`));
    };
    socket.on('data', onData);
  });
}

export interface FrameOptions {
  opcode?: number;
  fin?: boolean;
  rsv?: number;
  /** Clients must mask; false sends an unmasked frame (a protocol error). */
  mask?: boolean;
  /** Claim this payload length in the header instead of the real one. */
  claimedLength?: number;
}

/** One client frame (RFC 6455 §5.2), with any field wrong on request. */
export function frame(payload: Buffer, o: FrameOptions = {}): Buffer {
  const opcode = o.opcode ?? 1;
  const len = o.claimedLength ?? payload.length;
  const masked = o.mask !== false;
  const head: number[] = [((o.fin === false ? 0 : 1) << 7) | ((o.rsv ?? 0) << 4) | opcode];
  const maskBit = masked ? 0x80 : 0;
  if (len < 126) head.push(maskBit | len);
  else if (len < 65536) head.push(maskBit | 126, len >> 8, len & 0xff);
  else {
    head.push(maskBit | 127);
    const big = Buffer.alloc(8);
    big.writeBigUInt64BE(BigInt(len));
    head.push(...big);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([Buffer.from(head), key, body]);
}

/** Resolves when the server has closed the connection (or after `ms`, with false). */
export function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('close', done);
    socket.once('end', done);
    socket.resume();
  });
}
