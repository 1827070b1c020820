// The organisation Schakel serves: the six VKs (one per province and Brussels), the 1712 hotline
// and the chat for minors.
export interface CentreSeed {
  code: string;
  name: string;
  kind: 'vk' | 'hotline' | 'chat';
  province: string | null;
  teams: string[];
}

export const centreSeeds: CentreSeed[] = [
  { code: 'vk-antwerpen', name: 'VK Antwerpen', kind: 'vk', province: 'Antwerpen', teams: ['Intake', 'Begeleiding'] },
  { code: 'vk-limburg', name: 'VK Limburg', kind: 'vk', province: 'Limburg', teams: ['Intake', 'Begeleiding'] },
  { code: 'vk-oost-vlaanderen', name: 'VK Oost-Vlaanderen', kind: 'vk', province: 'Oost-Vlaanderen', teams: ['Intake', 'Begeleiding'] },
  { code: 'vk-west-vlaanderen', name: 'VK West-Vlaanderen', kind: 'vk', province: 'West-Vlaanderen', teams: ['Intake', 'Begeleiding'] },
  { code: 'vk-vlaams-brabant', name: 'VK Vlaams-Brabant', kind: 'vk', province: 'Vlaams-Brabant', teams: ['Intake', 'Begeleiding'] },
  { code: 'vk-brussel', name: 'VK Brussel', kind: 'vk', province: 'Brussel', teams: ['Intake', 'Begeleiding'] },
  { code: 'hotline-1712', name: 'Hulplijn 1712', kind: 'hotline', province: null, teams: ['Team 1712'] },
  { code: 'chat-minderjarigen', name: 'Chat nupraatikerover.be', kind: 'chat', province: null, teams: ['Chatteam'] },
];
