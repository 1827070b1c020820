// The outcomes are a fixed set, not content: the anonymous counts compare them across sectors and
// content versions. A sector words them in its own way but cannot add or drop one. Kept free of
// run-time imports, so the browser can use the list without the schema library.
export const outcomeIds = ['keep_supporting', 'involve_service', 'consult_vk', 'consult_ocj', 'acute_danger'] as const;
export type OutcomeId = (typeof outcomeIds)[number];
