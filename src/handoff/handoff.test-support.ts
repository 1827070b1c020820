// A chat that was really held, ended and registered, for the hand-off and retention tests.
import { randomUUID } from 'node:crypto';
import { childJoins, StaffClient } from '../chat/chat.test-support.js';
import { makeUser, type TestApp } from '../../test/support/app.js';
import { contactRegistrations } from '../contacts/contacts.tables.js';
import type { Database } from '../platform/db.js';
import { contactHandoffs } from './handoff.tables.js';

export const registration = {
  callerRole: 'child',
  anonymous: true,
  ageBand: '12_14',
  gender: 'female',
  relationToChild: 'self',
  themes: ['child_abuse'],
  violenceForms: ['physical'],
  urgency: 'urgent',
  advice: 'Samen bekeken wie ze kan vertrouwen.',
  referral: 'vk',
};

/** A chat that was held, ended and registered: the counsellor and the registration's id. */
export async function registeredChat(app: TestApp['app'], db: TestApp['database']) {
  const child = await childJoins(app, { ageBand: '12_14', topic: 'hurt' });
  const staff = await StaffClient.signIn(app, await makeUser(db, 'counsellor', 'chat-minderjarigen'));
  await staff.available();
  const { conversationId } = (await staff.post('/api/console/take-next')).json<{ conversationId: string }>();
  await child.socket.waitFor((f) => f.type === 'state' && f.status === 'active');
  child.socket.send({ type: 'send', clientId: randomUUID(), body: 'Papa slaat me als hij gedronken heeft.' });
  await child.socket.waitFor((f) => f.type === 'ack');
  await staff.post(`/api/console/conversations/${conversationId}/end`);
  const contact = await staff.post(`/api/console/conversations/${conversationId}/registration`, registration);
  child.socket.close();
  return { staff, conversationId, contactId: contact.json<{ id: string }>().id, token: child.token };
}

/**
 * A 1712 call passed on to a CAW without consent `daysAgo` days ago, written straight to the
 * tables (for retention runs that need a reason to empty, not the hand-off journey itself).
 */
export async function handoffReasonDaysAgo(database: Database, daysAgo: number, reason = 'De moeder vreest dat haar partner de kinderen slaat.'): Promise<string> {
  const counsellor = await makeUser(database, 'counsellor', 'hotline-1712');
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  const [contact] = await database.db
    .insert(contactRegistrations)
    .values({ centreId: counsellor.centre.id, channel: 'phone', registeredBy: counsellor.id, contactAt: at, ...registration, callerRole: 'parent', anonymous: false, ageBand: '25_64', relationToChild: 'parent' })
    .returning({ id: contactRegistrations.id });
  await database.db.insert(contactHandoffs).values({ contactId: contact!.id, fromCentreId: counsellor.centre.id, target: 'caw', recipientName: 'CAW Antwerpen', consent: false, transcriptShared: false, legalBasis: '458bis_a', basisReason: reason, handedOffBy: counsellor.id, handedOffAt: at });
  return contact!.id;
}
