// Child of reliability-unreadable.test.ts, run as another user (uid `nobody`): the test runs as
// root here, and root reads every file, so only another account meets a real permission error.
// Opens the database given on argv with the app's recovery and prints the outcome as JSON.
import { openWithRecovery } from '../../electron/store/recovery';

const outcome = openWithRecovery(process.argv[2]!);
if (outcome.status === 'ok') {
  outcome.db.close();
  outcome.lock?.release();
  process.stdout.write(JSON.stringify({ status: 'ok' }));
} else {
  process.stdout.write(JSON.stringify(outcome));
}
