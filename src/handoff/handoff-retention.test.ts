// Chat retention after a hand-off: the chat's transcript goes, the anonymous registration and the
// feedback counts stay, and a transcript copied into the VK's report with consent stays with the
// report and the case it opened (case retention, not chat retention).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeExpiredTranscripts } from '../chat/chat-retention.js';
import { StaffClient, useChatTestApp } from '../chat/chat.test-support.js';
import { chatConversations, chatFeedbackCounts, chatMessages } from '../chat/chat.tables.js';
import { contactRegistrations } from '../contacts/contacts.tables.js';
import { makeUser } from '../../test/support/app.js';
import { registeredChat } from './handoff.test-support.js';

const t = useChatTestApp({ settings: { retentionDays: 90 } });

const DAY = 86_400_000;

describe('retention after a hand-off', () => {
  it('deletes the chat transcript, keeps the registration, the feedback counts and the case’s copy', async () => {
    const withCopy = await registeredChat(t.app, t.database);
    const withoutCopy = await registeredChat(t.app, t.database);
    for (const chat of [withCopy, withoutCopy]) expect((await t.app.inject({ method: 'POST', url: '/api/chat/feedback', payload: { token: chat.token, answer: 'helped_a_bit' } })).statusCode).toBe(204);
    const summary = 'Meisje vertelt over geweld thuis.';
    const handoff = (await withCopy.staff.post(`/api/contacts/${withCopy.contactId}/handoffs`, { target: 'vk', province: 'antwerpen', summary, consent: true, consentBy: 'child', transcript: true })).json<{ reportId: string }>();
    await withoutCopy.staff.post(`/api/contacts/${withoutCopy.contactId}/handoffs`, { target: 'vk', province: 'antwerpen', summary, consent: true, consentBy: 'child', transcript: false });

    // The VK opens a case from the report; the copy travels with it.
    const lead = await StaffClient.signIn(t.app, await makeUser(t.database, 'team_lead', 'vk-antwerpen'));
    const report = (await lead.get(`/api/cases/reports/${handoff.reportId}`)).json<{ version: number }>();
    expect((await lead.post(`/api/cases/reports/${handoff.reportId}/triage`, { version: report.version, outcome: 'case' })).statusCode).toBe(200);

    // Both chats ended 91 days ago: past the chat's retention period.
    for (const chat of [withCopy, withoutCopy]) await t.database.db.update(chatConversations).set({ endedAt: new Date(Date.now() - 91 * DAY) }).where(eq(chatConversations.id, chat.conversationId));
    expect((await purgeExpiredTranscripts(t.database.db)).conversations).toBe(2);

    for (const chat of [withCopy, withoutCopy]) {
      expect(await t.database.db.select().from(chatMessages).where(eq(chatMessages.conversationId, chat.conversationId))).toEqual([]);
      const [row] = await t.database.db.select().from(chatConversations).where(eq(chatConversations.id, chat.conversationId));
      expect(row).toMatchObject({ feedbackGiven: false });
    }
    expect(await t.database.db.select().from(contactRegistrations)).toHaveLength(2);
    const [counts] = await t.database.db.select().from(chatFeedbackCounts);
    expect(counts).toMatchObject({ answer: 'helped_a_bit', count: 2 });

    const copy = await lead.get(`/api/cases/reports/${handoff.reportId}/transcript`);
    expect(copy.statusCode).toBe(200);
    expect(copy.json().lines).toEqual([expect.objectContaining({ from: 'child', body: 'Papa slaat me als hij gedronken heeft.' })]);
  });
});
