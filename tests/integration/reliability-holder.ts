// Helper process for reliability-lock.test.ts: opens a database the way the app will
// (openWithRecovery: lock file + locking_mode=EXCLUSIVE), says "held", writes until told to stop.
import { openWithRecovery } from '../../electron/store/recovery';

const r = openWithRecovery(process.argv[2]!);
if (r.status !== 'ok') {
  process.stdout.write(`${r.status}\n`);
  process.exit(2);
}
r.db.exec('CREATE TABLE IF NOT EXISTS beats(n INTEGER)');
process.stdout.write(`held ${process.pid}\n`);
let n = 0;
const timer = setInterval(() => r.db.prepare('INSERT INTO beats VALUES (?)').run(++n), 5);
process.stdin.on('data', () => {
  clearInterval(timer);
  r.db.close();
  r.lock?.release();
  process.stdout.write(`closed ${n}\n`);
  process.exit(0);
});
