import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { CHANGE_TOPICS, QUIET_METHODS } from '../../electron/core/change-events';
import type { DataChange } from '../../shared/api/data-change';
import { content, tempCore, type TempCore } from '../support/temp-core';

describe('data.changed: every change another desk shows is announced', () => {
  let t: TempCore;
  afterEach(() => t?.dispose());

  it('classifies every contract method exactly once, as changing something or as quiet', () => {
    const changing = Object.keys(CHANGE_TOPICS);
    const both = changing.filter((m) => (QUIET_METHODS as readonly string[]).includes(m));
    expect(both).toEqual([]);
    const unclassified = METHOD_NAMES.filter((m) => !changing.includes(m) && !QUIET_METHODS.includes(m));
    expect(unclassified).toEqual([]);
  });

  it("tells every session of a save, a correction and a status change, with the story and who made it", async () => {
    t = await tempCore();
    const seen: DataChange[] = [];
    t.core.onEvent((event, payload) => {
      if (event === 'data.changed') seen.push(payload as DataChange);
    });
    const [admin] = await t.client.call('users.list', {});
    const story = await t.client.call('stories.create', { content: content({ body: [{ type: 'paragraph', text: '县城新建一座公园。' }] }) });
    await t.client.call('stories.save', { id: story.id, baseRevision: story.revision, content: content({ body: [{ type: 'paragraph', text: '县城新建两座公园。' }] }) });
    await t.client.call('stories.setStatus', { id: story.id, status: 'proof-1' });
    await t.client.call('corrections.add', { storyId: story.id, kind: 'replace', start: 2, end: 3, replacement: '三' });
    expect(seen).toContainEqual({ topic: 'story', storyId: story.id, by: admin!.id });
    expect(seen).toContainEqual({ topic: 'proofing', storyId: story.id, by: admin!.id });
    // A refused call changes nothing and announces nothing.
    const before = seen.length;
    await t.session.call('corrections.add', { storyId: 999_999, kind: 'replace', start: 0, end: 1, replacement: 'x' });
    expect(seen.length).toBe(before);
  });

  it('names the page whose frames changed', async () => {
    t = await tempCore();
    const seen: DataChange[] = [];
    t.core.onEvent((event, payload) => {
      if (event === 'data.changed') seen.push(payload as DataChange);
    });
    const issue = await t.client.call('issues.create', { date: '2025-01-04', pages: [{ name: '要闻' }, { name: '综合' }] });
    const page = issue.pages[1]!;
    const story = await t.client.call('stories.create', { content: content({ body: [{ type: 'paragraph', text: '正文一段。' }] }) });
    await t.client.call('layout.placeStory', { pageId: page.id, storyId: story.id, column: 0, columns: 2, row: 10, bodyRows: 40 });
    expect(seen.filter((c) => c.topic === 'layout').map((c) => c.pageId)).toContain(page.id);
  });
});
