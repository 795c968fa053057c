import { cpus, freemem, platform, release, totalmem } from 'node:os';

/** One line that says where figures were measured: they mean nothing without it. */
export function describeMachine(): string {
  const cores = cpus();
  const gib = (bytes: number) => (bytes / 2 ** 30).toFixed(1);
  const runtime = process.versions.electron
    ? `Electron ${process.versions.electron} (Node ${process.version})`
    : `Node ${process.version}`;
  return [
    `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}`,
    `${gib(totalmem())} GiB RAM (${gib(freemem())} free)`,
    `${platform()} ${release()}`,
    runtime,
  ].join(' · ');
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median in milliseconds. */
export function medianMs(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printFigure(label: string, value: number, unit = 'ms'): void {
  console.log(`${label.padEnd(52)} ${value.toFixed(unit === 'ms' ? 2 : 0).padStart(10)} ${unit}`);
}
