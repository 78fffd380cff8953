import './support/load-env';
import { launchApp } from './support/launch-app';

launchApp('start').catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
