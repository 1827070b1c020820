// Chat retention after a hand-off: the chat's transcript goes, the anonymous registration and the
// feedback counts stay, and a transcript copied into the VK's report with consent stays with the
// report and the case it opened (case retention, not chat retention).
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeExpiredTranscripts } from '../chat/chat-retention.js';
import { emptyExpiredHandoffReasons } from './handoff-reason-retention.js';
import { contactHandoffs } from './handoff.tables.js';
import { StaffClient, useChatTestApp } from '../chat/chat.test-support.js';
import { chatConversations, chatFeedbackCounts, chatMessages } from '../chat/chat.tables.js';
import { contactRegistrations } from '../contacts/contacts.tables.js';
import { makeUser } from '../../test/support/app.js';
import { rows, sql } from '../platform/db.js';
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

describe('the reason for a hand-off without consent', () => {
  const reason = 'Het kind durft niet naar huis; de vader slaat haar broertje.';
  const call = { callerRole: 'parent', anonymous: false, ageBand: '25_64', gender: 'male', relationToChild: 'parent', themes: ['partner_violence'], violenceForms: ['emotional'], urgency: 'urgent', advice: '', referral: 'vk' };
  const withoutConsent = { target: 'vk', province: 'antwerpen', summary: 'Acuut gevaar.', consent: false, legalBasis: '458bis_a', basisReason: reason };

  it('is emptied after the conversation’s content period, keeping the coded legal basis; a recent one stays', { timeout: 60_000 }, async () => {
    const oldChat = await registeredChat(t.app, t.database);
    const recentChat = await registeredChat(t.app, t.database);
    const phone = await StaffClient.signIn(t.app, await makeUser(t.database, 'counsellor', 'hotline-1712'));
    const { id: callId } = (await phone.post('/api/hotline/calls', call)).json<{ id: string }>();
    for (const [staff, contactId] of [[oldChat.staff, oldChat.contactId], [recentChat.staff, recentChat.contactId], [phone, callId]] as const) {
      const res = await staff.post(`/api/contacts/${contactId}/handoffs`, withoutConsent);
      expect(res.statusCode, res.body).toBe(201);
    }
    // The old chat's and the call's hand-offs were 91 days ago: past the 90 days of both services.
    await t.database.db.execute(sql`UPDATE contact_handoffs SET handed_off_at = now() - interval '91 days' WHERE contact_id IN (${oldChat.contactId}, ${callId})`);
    expect(await emptyExpiredHandoffReasons(t.database.db)).toBe(2);

    const left = await rows<{ contact_id: string; basis_reason: string; legal_basis: string; consent: boolean; purged: boolean }>(t.database.db, sql`SELECT contact_id, basis_reason, legal_basis, consent, reason_purged_at IS NOT NULL AS purged FROM contact_handoffs`);
    const of = (contactId: string) => left.find((h) => h.contact_id === contactId);
    for (const contactId of [oldChat.contactId, callId]) expect(of(contactId)).toMatchObject({ basis_reason: '', legal_basis: '458bis_a', consent: false, purged: true });
    expect(of(recentChat.contactId)).toMatchObject({ basis_reason: reason, legal_basis: '458bis_a', purged: false });
    // Still a hand-off without consent: the database keeps refusing an empty reason for a new one.
    await expect(t.database.db.update(contactHandoffs).set({ basisReason: '', reasonPurgedAt: null }).where(eq(contactHandoffs.contactId, recentChat.contactId))).rejects.toThrow();
    const events = await rows<{ details: unknown }>(t.database.db, sql`SELECT details FROM audit_events WHERE action = 'retention.handoff_reasons_emptied'`);
    expect(events.map((e) => e.details)).toEqual([{ handoffs: 1 }, { handoffs: 1 }]);
    // A second run finds nothing more to empty.
    expect(await emptyExpiredHandoffReasons(t.database.db)).toBe(0);
  });
});
