import { describe, expect, test } from 'vitest';
import { layerForTile, qualityOf } from './quality';

describe('connection quality', () => {
  test('the weakest known score decides; nothing known says nothing', () => {
    expect(qualityOf([])).toBeNull();
    expect(qualityOf([undefined])).toBeNull();
    expect(qualityOf([10, 9, undefined])).toBe('good');
    expect(qualityOf([10, 7])).toBe('fair');
    expect(qualityOf([10, 8, 4])).toBe('poor');
    expect(qualityOf([0])).toBe('poor');
  });
});

describe('simulcast layer by tile size', () => {
  test('small tiles take the smallest layer, large ones the full picture', () => {
    expect(layerForTile(120)).toBe(0);
    expect(layerForTile(159)).toBe(0);
    expect(layerForTile(240)).toBe(1);
    expect(layerForTile(319)).toBe(1);
    expect(layerForTile(480)).toBe(2);
    expect(layerForTile(900)).toBe(2);
  });

  test('dense screens need more pixels for the same tile', () => {
    expect(layerForTile(120, 2)).toBe(1);
    expect(layerForTile(240, 2)).toBe(2);
    expect(layerForTile(120, 0.5)).toBe(0);
  });
});
