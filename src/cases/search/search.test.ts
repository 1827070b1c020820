import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/app.js';
import { rows, sql } from '../../platform/db.js';
import { openCase, staffIn } from '../cases.fixtures.js';

const t = useTestApp();

interface SearchJson {
  kind: string;
  results: { id: string; number: string; matched: { firstName: string; lastName: string } | null; children: { firstName: string; lastName: string; dateOfBirth: string | null }[] }[];
}

const child = (firstName: string, lastName: string, dateOfBirth: string) => ({ children: [{ firstName, lastName, dateOfBirth }] });

describe('searching cases', () => {
  it('finds a name despite spelling, by surname alone, by birth date and by case number', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const noor = await openCase(lead, child('Noor', 'Janssens', '2017-05-04'));
    await openCase(lead, child('Yusuf', 'El Amrani', '2015-11-30'));
    const search = async (q: string) => {
      const res = await lead.get(`/api/cases/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
      return res.json<SearchJson>();
    };
    for (const q of ['Noor Jansens', 'noor janssen', 'Jansens', 'Nor Janssens']) {
      const found = await search(q);
      expect(found.kind).toBe('name');
      expect(found.results.map((r) => r.id), q).toEqual([noor.caseId]);
      expect(found.results[0]!.matched).toMatchObject({ firstName: 'Noor', lastName: 'Janssens' });
      expect(found.results[0]!.children, q).toEqual([expect.objectContaining({ firstName: 'Noor', lastName: 'Janssens', dateOfBirth: '2017-05-04' })]);
    }
    expect((await search('Pieters')).results).toEqual([]);
    expect((await search('4/5/2017')).results.map((r) => r.id)).toEqual([noor.caseId]);
    const number = (await search('Jansens')).results[0]!.number;
    expect((await search(number)).results.map((r) => r.id)).toEqual([noor.caseId]);
    expect((await search(String(Number(number.slice(-5))))).results.map((r) => r.id)).toEqual([noor.caseId]);
  });

  it('follows each keystroke and finds compound surnames written either way', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const noor = await openCase(lead, child('Noor', 'Janssens', '2017-05-04'));
    const lotte = await openCase(lead, child('Lotte', 'Van den Broeck', '2016-01-12'));
    const mats = await openCase(lead, child('Mats', 'Vandenbroeck', '2014-09-20'));
    await openCase(lead, child('Jan', 'Peeters', '2015-03-03'));
    const ids = async (q: string) => (await lead.get(`/api/cases/search?q=${encodeURIComponent(q)}`)).json<SearchJson>().results.map((r) => r.id).sort();
    // A word being typed matches the names it starts: "noor jan" is on its way to Noor Janssens.
    expect(await ids('noor jan')).toEqual([noor.caseId]);
    expect(await ids('noor j')).toEqual([noor.caseId].sort()); // one letter says nothing yet: only "noor" counts
    // Every typed word must match a word of the name (Jan Peeters is not a Noor).
    expect(await ids('noor peeters')).toEqual([]);
    // A short surname with a letter dropped or changed shares too few trigrams to be found by them.
    const siebe = await openCase(lead, child('Siebe', 'Maes', '2013-02-02'));
    expect(await ids('siebe mas')).toEqual([siebe.caseId]);
    expect(await ids('siebe mais')).toEqual([siebe.caseId]);
    expect(await ids('siebe ms')).toEqual([]);
    // Van den Broeck typed as one word, Vandenbroeck typed as three, and a typo in either.
    expect(await ids('vandenbroeck')).toEqual([lotte.caseId, mats.caseId].sort());
    expect(await ids('Van den Broek')).toEqual([lotte.caseId, mats.caseId].sort());
    expect(await ids('lotte vandenbroek')).toEqual([lotte.caseId]);
    // A surname's particles written apart, for a surname written as one, after a first name.
    expect(await ids('Mats Van den Broek')).toEqual([mats.caseId]);
    expect(await ids('Broek Mats van den')).toEqual([]);
    // A particle next to other words still has to be in the name, also while being typed.
    expect(await ids('lotte van')).toEqual([lotte.caseId]);
    expect(await ids('noor van')).toEqual([]);
    expect(await ids('van den')).toEqual([lotte.caseId]);
    // Only the word being typed stands for the names it starts; a word followed by another is whole.
    const bo = await openCase(lead, child('Bo', 'Wouters', '2019-04-04'));
    const boris = await openCase(lead, child('Boris', 'Wouters', '2018-08-08'));
    expect(await ids('bo wouters')).toEqual([bo.caseId]);
    expect(await ids('wouters bo')).toEqual([bo.caseId, boris.caseId].sort());
    // Wildcards typed are letters, not patterns.
    expect(await ids('n%')).toEqual([]);
  });

  it('never finds a case the worker may not open, however well the name matches', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    const { agent: otherTeamLead } = await staffIn(t, 'team_lead', 'vk-antwerpen', 'Begeleiding');
    const { agent: otherCentre } = await staffIn(t, 'team_lead', 'vk-limburg');
    const { agent: colleague } = await staffIn(t, 'caseworker');
    const mine = await openCase(lead, child('Noor', 'Janssens', '2017-05-04'));
    const theirs = await openCase(otherTeamLead, child('Noor', 'Janssens', '2017-05-04'));
    await openCase(otherCentre, child('Noor', 'Janssens', '2017-05-04'));
    const ids = async (agent: typeof lead, q: string) => (await agent.get(`/api/cases/search?q=${encodeURIComponent(q)}`)).json<SearchJson>().results.map((r) => r.id);
    expect(await ids(lead, 'Noor Janssens')).toEqual([mine.caseId]);
    expect(await ids(otherTeamLead, 'Noor Janssens')).toEqual([theirs.caseId]);
    expect(await ids(colleague, 'Noor Janssens')).toEqual([]);
    expect(await ids(colleague, '4/5/2017')).toEqual([]);
    expect((await otherCentre.get('/api/cases/search?q=Noor%20Janssens')).json<SearchJson>().results).toHaveLength(1);
    const { agent: analyst } = await staffIn(t, 'analyst');
    expect((await analyst.get('/api/cases/search?q=Noor')).statusCode).toBe(403);
  });

  it('audits each search by kind and results, without the typed name', async () => {
    const { agent: lead } = await staffIn(t, 'team_lead');
    await openCase(lead, child('Noor', 'Janssens', '2017-05-04'));
    await lead.get('/api/cases/search?q=Jansens');
    const [event] = await rows<{ details: { kind: string; caseIds: string[] } }>(t.database.db, sql`SELECT details FROM audit_events WHERE action = 'case.search'`);
    expect(event!.details.kind).toBe('name');
    expect(event!.details.caseIds).toHaveLength(1);
    expect(JSON.stringify(event)).not.toMatch(/jansens/i);
  });
});
