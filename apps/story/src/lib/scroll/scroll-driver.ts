import { activeStepAt, TRIGGER_RATIO } from './active-step';

/** Stops the driver and removes its listeners. */
export type StopScrollDriver = () => void;

/**
 * Watches the steps inside `container` and reports the active step index whenever it may have
 * changed. scrollama (loaded here, on mount only, so the page reads fully without it) supplies
 * enter and exit events; every event, resize, hash change and scroll end then re-derives the
 * step from the steps' positions, so skipped events can never leave a stale state.
 */
export async function startScrollDriver(
  container: HTMLElement,
  onActiveStep: (index: number | null) => void,
): Promise<StopScrollDriver> {
  const { default: scrollama } = await import('scrollama');
  const steps = [...container.querySelectorAll<HTMLElement>('[data-step-index]')];

  const sync = (): void => {
    const tops = steps.map((step) => step.getBoundingClientRect().top);
    onActiveStep(activeStepAt(tops, window.innerHeight * TRIGGER_RATIO));
  };

  const scroller = scrollama();
  scroller.setup({ step: steps, offset: TRIGGER_RATIO }).onStepEnter(sync).onStepExit(sync);

  let frame = 0;
  const syncNextFrame = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(sync);
  };
  const onResize = (): void => {
    scroller.resize();
    syncNextFrame();
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('hashchange', syncNextFrame);
  window.addEventListener('scrollend', syncNextFrame);
  window.addEventListener('load', syncNextFrame);
  sync();

  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('hashchange', syncNextFrame);
    window.removeEventListener('scrollend', syncNextFrame);
    window.removeEventListener('load', syncNextFrame);
    scroller.destroy();
  };
}
