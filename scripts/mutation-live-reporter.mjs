// A Stryker reporter that appends each mutant's result to reports/mutation/live.log as soon as it
// is known, so a long run can be read (and survivors worked on) before it ends.
import { appendFileSync, mkdirSync } from 'node:fs';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const LOG = 'reports/mutation/live.log';

class LiveReporter {
  constructor() {
    mkdirSync('reports/mutation', { recursive: true });
    appendFileSync(LOG, `--- run started ${new Date().toISOString()}\n`);
  }

  onMutantTested(result) {
    const { line, column } = result.location.start;
    const change = (result.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
    const place = `${result.fileName}:${line}:${column}`;
    const time = new Date().toISOString().slice(11, 19);
    appendFileSync(LOG, `${time} ${result.status} ${place} ${result.mutatorName} ${change}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'live', LiveReporter)];
