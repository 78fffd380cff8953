import { ensureBuild } from './support/ensure-build';
import { runCli } from './support/run-cli';

// Through ensureBuild so that `npm start` afterwards recognises this build as current.
runCli(async () => {
  await ensureBuild('.next', { force: true });
  return 0;
});
