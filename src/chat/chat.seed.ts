// Demo content for the chat service: open every day (so the demo works at any hour; a team lead
// can set real hours in the supervisor view) and a few canned responses in plain Dutch.
import type { Db } from '../platform/db.js';
import { alwaysOpenHours, defaultChatSettings } from './chat-settings.js';
import { chatCannedResponses, chatSettings } from './chat.tables.js';
import { chatCentreId } from './conversation.service.js';

const canned = [
  ['Welkom', 'Hoi, fijn dat je er bent. Ik ben er nu voor jou. Waarover wil je praten?'],
  ['Tijd nemen', 'Neem gerust je tijd om te typen. Ik wacht op je.'],
  ['Niet jouw schuld', 'Wat je vertelt is niet jouw schuld. Goed dat je het zegt.'],
  ['Gevaar', 'Ben je nu in gevaar? Bel dan 112. Dat is gratis, ook zonder beltegoed.'],
  ['Afsluiten', 'Dank je dat je met ons praatte. Je mag altijd terugkomen. Zorg goed voor jezelf.'],
] as const;

export async function seedChatDemo(db: Db): Promise<void> {
  const centreId = await chatCentreId(db);
  if (!centreId) return;
  const settings = { ...defaultChatSettings, openingHours: alwaysOpenHours };
  await db.insert(chatSettings).values({ centreId, settings }).onConflictDoNothing();
  await db.insert(chatCannedResponses).values(canned.map(([title, body], sort) => ({ centreId, title, body, sort })));
}
