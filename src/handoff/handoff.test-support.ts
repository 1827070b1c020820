// A chat that was really held, ended and registered, for the hand-off and retention tests.
import { randomUUID } from 'node:crypto';
import { childJoins, StaffClient } from '../chat/chat.test-support.js';
import { makeUser, type TestApp } from '../../test/support/app.js';

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
