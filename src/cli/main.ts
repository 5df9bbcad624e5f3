// Entry of the `relator` command line (bundled to out/cli/relator.mjs by scripts/build-cli.mjs).
import { COMMANDS } from './commands';
import { runCli } from './dispatch';
import { languageFromEnv } from './lang';
import { nodeIo } from './node-io';
import { phaseProfiler } from './profile';

const profiler = process.env.RELATOR_PROFILE === '1' ? phaseProfiler() : undefined;
profiler?.mark('start-up');
// exitCode, not exit(): lets a large write to a pipe finish before the process ends.
process.exitCode = await runCli(process.argv.slice(2), COMMANDS, nodeIo(languageFromEnv(process.env), profiler?.mark));
if (profiler) process.stderr.write(profiler.table());
