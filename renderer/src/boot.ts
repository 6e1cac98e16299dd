import { z } from 'zod';
import { installStyleNonce } from './app/style-nonce';

// Imported first by main.tsx so it runs before any other module. The CSP forbids eval; without
// this zod probes for it with new Function() on first use and the browser reports a violation.
z.config({ jitless: true });
installStyleNonce();
