import { describe, expect, it } from 'vitest';
import { dockPanel, intersects, type Box } from '../../../lib/overlay/dock';

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });
const panelBox = (d: ReturnType<typeof dockPanel>, height: number): Box => box(d.left, d.top, d.width, Math.min(height, d.maxHeight));
/** The list after the reserve: its bottom moves up by `reserve`. */
const shrunk = (list: Box, reserve: number): Box => ({ ...list, height: list.height - reserve });

// The demo chat at 1280×800: a 440 px chat column between the conversation list and the order panel.
const wide = {
  viewport: { width: 1280, height: 800 },
  list: box(280, 52, 440, 605),
  composer: box(300, 668, 400, 64),
  send: box(620, 740, 80, 30),
};
// At 1024×640 the chat column is 184 px wide.
const narrow = {
  viewport: { width: 1024, height: 640 },
  list: box(280, 52, 184, 445),
  composer: box(300, 508, 144, 64),
  send: box(364, 580, 80, 30),
};

describe('dockPanel', () => {
  it('docks above a wide composer, no wider than it, and the list gives up what the panel takes', () => {
    const d = dockPanel({ ...wide, panelHeight: 260 });
    expect(d.mode).toBe('above');
    expect(d.width).toBeLessThanOrEqual(wide.composer.width);
    const panel = panelBox(d, 260);
    expect(intersects(panel, wide.composer)).toBe(false);
    expect(intersects(panel, wide.send)).toBe(false);
    expect(intersects(panel, shrunk(wide.list, d.reserve))).toBe(false);
    // The list keeps a readable part: its newest messages show above the panel.
    expect(wide.list.height - d.reserve).toBeGreaterThan(250);
  });

  it('caps a tall panel so that the list keeps 40 % of its height', () => {
    const d = dockPanel({ ...wide, panelHeight: 2000 });
    expect(d.maxHeight).toBeLessThan(wide.list.height * 0.61);
    expect(wide.list.height - d.reserve).toBeGreaterThanOrEqual(wide.list.height * 0.39);
    expect(intersects(panelBox(d, 2000), shrunk(wide.list, d.reserve))).toBe(false);
  });

  it('a one-line panel takes one line of the list', () => {
    const d = dockPanel({ ...wide, panelHeight: 26 });
    expect(d.reserve).toBeLessThan(60);
  });

  it('beside the chat when the page\'s list cannot give up height (it pushed the composer down)', () => {
    const d = dockPanel({ ...wide, panelHeight: 260, canReserve: false });
    expect(d.mode).toBe('side');
    for (const b of [wide.list, wide.composer, wide.send]) expect(intersects(panelBox(d, 260), b)).toBe(false);
  });

  it('beside a narrow chat column, in the column to its right: nothing of the chat is covered or moved', () => {
    const d = dockPanel({ ...narrow, panelHeight: 300 });
    expect(d.mode).toBe('side');
    expect(d.reserve).toBe(0);
    const panel = panelBox(d, 300);
    for (const b of [narrow.list, narrow.composer, narrow.send]) expect(intersects(panel, b)).toBe(false);
    expect(d.left + d.width).toBeLessThanOrEqual(narrow.viewport.width);
    expect(d.width).toBeGreaterThanOrEqual(240);
  });

  it('on a page it cannot read, sits at the top right, clear of a send button found there', () => {
    const d = dockPanel({ viewport: { width: 1024, height: 640 }, list: null, composer: null, send: box(900, 4, 100, 30), panelHeight: 26 });
    expect(d.mode).toBe('corner');
    expect(intersects(panelBox(d, 26), box(900, 4, 100, 30))).toBe(false);
    const plain = dockPanel({ viewport: { width: 1024, height: 640 }, list: null, composer: null, send: box(940, 600, 70, 30), panelHeight: 26 });
    expect(plain.top).toBe(8);
    expect(intersects(panelBox(plain, 26), box(940, 600, 70, 30))).toBe(false);
  });
});
