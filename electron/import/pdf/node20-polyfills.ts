/**
 * pdf.js 6 targets Node ≥ 22 and calls two things Node 20 (our CLI and test runtime) lacks:
 * `Promise.withResolvers` (everywhere, from the first `getDocument`) and
 * `ArrayBuffer.prototype.transferToFixedLength` (when the operator list — where the box frames
 * are — is read). Installed only when missing, so under Electron's newer Node they are no-ops.
 */
export function installPdfjsPolyfills(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers !== 'function') {
    P.withResolvers = function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (v: T) => void;
      let reject!: (e: unknown) => void;
      const promise = new this<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    };
  }
  const AB = ArrayBuffer.prototype as unknown as { transferToFixedLength?: unknown };
  if (typeof AB.transferToFixedLength !== 'function') {
    // A copy instead of a move: same contents, the original is merely not detached.
    AB.transferToFixedLength = function transferToFixedLength(this: ArrayBuffer, length?: number): ArrayBuffer {
      const n = length ?? this.byteLength;
      const out = new ArrayBuffer(n);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
      return out;
    };
  }
}
