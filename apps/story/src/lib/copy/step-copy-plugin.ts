/**
 * A Vite plugin that turns the step-copy files (`content/steps/*.yaml`) into the module
 * `virtual:step-copy` at build time: parsed, checked (see `step-files.ts`) and inlined as JSON,
 * so the browser gets plain data and no YAML parser. A wrong field stops `vite build`,
 * `vite dev` and the tests with `file:line: field: message`; in dev, editing a file reloads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, keyFigures, timeline } from '@blueline/data/content';
import type { Plugin } from 'vite';
import { parseStepFiles, type StepFile } from './step-files.js';

const MODULE_ID = 'virtual:step-copy';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** `apps/story/content/steps/`. */
export const STEPS_DIR = fileURLToPath(new URL('../../../content/steps/', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/** Reads every `*.yaml` file of the step-copy directory, named relative to the repository. */
export function readStepFiles(directory: string = STEPS_DIR): StepFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      return { file: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') };
    });
}

/** The checked step copy of `directory`, against the current timeline and key figures. */
export function loadStepCopy(directory: string = STEPS_DIR) {
  return parseStepFiles(readStepFiles(directory), {
    events: new Set(timeline.map((event) => event.id)),
    keyFigures: new Set(keyFigures.map((figure) => figure.id)),
  });
}

/** The plugin: `import STEP_COPY from 'virtual:step-copy'`. */
export function stepCopyPlugin(): Plugin {
  return {
    name: 'blueline-step-copy',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const name of readdirSync(STEPS_DIR)) this.addWatchFile(join(STEPS_DIR, name));
      try {
        return `export default ${JSON.stringify(loadStepCopy())};\n`;
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(STEPS_DIR)) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module !== undefined) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
