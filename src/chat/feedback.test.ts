// The after-chat question: answered once, by the child of a chat that was held, counted per month
// without any link to the conversation; supervisors and analysts see counts only.
import { describe, expect, it } from 'vitest';
import { makeUser, signedIn } from '../../test/support/app.js';
import { childJoins, StaffClient, useChatTestApp } from './chat.test-support.js';
import { eq } from 'drizzle-orm';
import { centres } from '../access/access.tables.js';
import { chatFeedbackCounts, type FeedbackAnswer } from './chat.tables.js';

const t = useChatTestApp();

const answer = (token: string, value: string) => t.app.inject({ method: 'POST', url: '/api/chat/feedback', payload: { token, answer: value }, headers: { 'accept-language': 'nl-BE' } });
const thisMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date()).slice(0, 7);

async function heldChat(): Promise<string> {
  const child = await childJoins(t.app);
  const staff = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'chat-minderjarigen'));
  await staff.available();
  const { conversationId } = (await staff.post('/api/console/take-next')).json<{ conversationId: string }>();
  await staff.post(`/api/console/conversations/${conversationId}/end`);
  child.socket.close();
  return child.token;
}

describe('post-chat feedback', () => {
  it('counts one answer per held chat, per month, and nothing else', async () => {
    const first = await heldChat();
    const second = await heldChat();
    expect((await answer(first, 'helped_a_lot')).statusCode).toBe(204);
    const twice = await answer(first, 'not_at_all');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toContain('al beantwoord');
    expect((await answer(second, 'rather_not')).statusCode).toBe(204);

    // What is stored: centre, month, answer, count. No conversation, no time of day, no address.
    const rows = await t.database.db.select().from(chatFeedbackCounts);
    expect(rows.map((r) => Object.keys(r).sort())).toEqual([
      ['answer', 'centreId', 'count', 'month'],
      ['answer', 'centreId', 'count', 'month'],
    ]);
    expect(rows.every((r) => r.month.endsWith('-01'))).toBe(true);

    const { agent: lead } = await signedIn(t, 'team_lead', 'chat-minderjarigen');
    const months = (await lead.get('/api/console/feedback')).json<{ months: { month: string; counts: Record<string, number>; total: number }[] }>().months;
    // Two answers are too few to show: the ones are withheld, and so is the total that adds them up.
    expect(months).toEqual([{ month: thisMonth(), counts: { helped_a_lot: null, helped_a_bit: 0, not_really: 0, not_at_all: 0, rather_not: null }, total: null }]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(2);
    const { agent: analyst } = await signedIn(t, 'analyst', 'vk-antwerpen');
    expect((await analyst.get('/api/monitoring/chat-feedback')).json()).toEqual({ months, threshold: 10 });
    const { agent: counsellor } = await signedIn(t, 'counsellor', 'chat-minderjarigen');
    expect((await counsellor.get('/api/console/feedback')).statusCode).toBe(403);
    expect((await lead.get('/api/console/feedback?from=2020-13')).statusCode).toBe(400);
  });

  it('withholds counts of 1–9, and whatever would give them away, in both readings', async () => {
    const chat = (await t.database.db.select({ id: centres.id }).from(centres).where(eq(centres.code, 'chat-minderjarigen')))[0]!.id;
    const counts: [string, FeedbackAnswer, number][] = [
      ['2026-01-01', 'helped_a_lot', 11], ['2026-01-01', 'helped_a_bit', 14], ['2026-01-01', 'not_really', 20],
      ['2026-02-01', 'helped_a_lot', 12], ['2026-02-01', 'helped_a_bit', 3],
      ['2026-03-01', 'helped_a_lot', 12], ['2026-03-01', 'helped_a_bit', 3], ['2026-03-01', 'not_really', 4],
    ];
    await t.database.db.insert(chatFeedbackCounts).values(counts.map(([month, answer, count]) => ({ centreId: chat, month, answer, count })));
    const expected = [
      { month: '2026-01', counts: { helped_a_lot: 11, helped_a_bit: 14, not_really: 20, not_at_all: 0, rather_not: 0 }, total: 45 },
      // 3 is withheld; with the total published, 12 would give it away, so it goes too.
      { month: '2026-02', counts: { helped_a_lot: null, helped_a_bit: null, not_really: 0, not_at_all: 0, rather_not: 0 }, total: 15 },
      // 3 and 4 are both withheld: the total then gives only their sum (7), never either count.
      { month: '2026-03', counts: { helped_a_lot: 12, helped_a_bit: null, not_really: null, not_at_all: 0, rather_not: 0 }, total: 19 },
    ];
    const { agent: analyst } = await signedIn(t, 'analyst', 'vk-antwerpen');
    const monitoring = await analyst.get('/api/monitoring/chat-feedback?from=2026-01&to=2026-03');
    expect(monitoring.json()).toEqual({ months: expected, threshold: 10 });
    // A narrower range shows each month exactly as before: nothing to learn by differencing ranges.
    expect((await analyst.get('/api/monitoring/chat-feedback?from=2026-02&to=2026-02')).json().months).toEqual([expected[1]]);
    const { agent: lead } = await signedIn(t, 'team_lead', 'chat-minderjarigen');
    expect((await lead.get('/api/console/feedback?from=2026-01&to=2026-03')).json().months).toEqual(expected);
  });

  it('is only asked of a chat that was held and has ended', async () => {
    const waiting = await childJoins(t.app);
    expect((await answer(waiting.token, 'helped_a_bit')).statusCode).toBe(404);
    expect((await answer('A'.repeat(43), 'helped_a_bit')).statusCode).toBe(404);
    const held = await heldChat();
    const bad = await answer(held, 'meh');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('answer');
    expect(await t.database.db.select().from(chatFeedbackCounts)).toEqual([]);
    waiting.socket.close();
  });
});
