// The step copy, built from content/steps/*.yaml by src/lib/copy/step-copy-plugin.ts, which
// checks every id and placeholder before the module exists; hence the precise types here.
declare module 'virtual:step-copy' {
  import type { StepCopy } from '$lib/copy/steps';
  import type { StepId } from '$lib/story/chapters';

  const copy: Readonly<Record<StepId, StepCopy>>;
  export default copy;
}
