/** The top of the value axis and its gridlines: round steps, at most four of them. */
export function niceScale(maxValue: number): { max: number; ticks: number[] } {
  if (!(maxValue > 0)) return { max: 5, ticks: [0, 5] };
  let step = 5;
  for (let magnitude = 1; ; magnitude *= 10) {
    const fit = [5, 10, 20, 25, 50].map((s) => s * magnitude).find((s) => maxValue / s <= 4);
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const count = Math.ceil(maxValue / step);
  return { max: count * step, ticks: Array.from({ length: count + 1 }, (_, i) => i * step) };
}

/** Which months get a label under the axis: all of them when there is room, else each January. */
export type MonthLabel = { index: number; month: boolean; year: boolean };

export function monthLabels(months: readonly string[], slotWidth: number): MonthLabel[] {
  const roomy = slotWidth >= 36;
  return months.flatMap((m, index): MonthLabel[] => {
    const january = m.endsWith('-01');
    const year = index === 0 || january;
    if (roomy) return [{ index, month: true, year }];
    return year ? [{ index, month: false, year: true }] : [];
  });
}
