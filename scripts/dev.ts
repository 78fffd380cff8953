import './support/load-env';
import { launchApp } from './support/launch-app';
import { runCli } from './support/run-cli';

runCli(() => launchApp('dev'));
